package cn.gov.laoshan.district.market.commitment.service;

import java.time.LocalDate;

import cn.gov.laoshan.district.market.commitment.domain.CheckMode;
import cn.gov.laoshan.district.market.commitment.domain.PostCheckState;

/**
 * A commitment's post-check (事后核查), flagged as commitment-based by its commitment: due by {@code dueOn}, its
 * finding, and the rectification deadline when it failed.
 */
public record PostCheck(long id, long commitmentId, String approvalNo, String itemCode, String uscc,
        String enterpriseName, LocalDate openedOn, LocalDate dueOn, CheckMode mode, PostCheckState state,
        String finding, LocalDate rectifyBy, String checkedBy, String departmentCode) {

    /** Past its deadline and not done (the grading's {@code postcheck.overdue}). */
    public boolean overdue(LocalDate today) {
        return state == PostCheckState.DUE && today.isAfter(dueOn);
    }
}
