package cn.gov.laoshan.district.servicehall.helpdesk.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.servicehall.domain.HallLevel;

/**
 * A 帮办代办 / 入户办 request: who asks (the caller) and for whom (the person, e.g. an elderly or disabled relative),
 * which catalogue item, where, when they would like the help, at home or at the hall; routed to a group, handled by
 * one helper; the person's consent recorded before anything is submitted on their behalf; the item's result.
 */
public record HelpRequest(long id, String number, HelpState state, HelpChannel channel, HelpMode mode,
        String callerName, String callerMobile, String personName, String personIdNumber, String relation,
        HelpNeed need, String itemCode, String itemName, String address, String street, String community,
        String groupCode, String groupName, HallLevel level, LocalDate preferredOn, String preferredPeriod,
        String assignee, Instant visitedAt, String materials, String consentBy, ConsentForm consentHow,
        Instant consentAt, String consentRecordedBy, Instant submittedAt, String submissionRef, HelpResult result,
        String resultNote, Instant completedAt, String departmentCode, String createdBy, Instant createdAt) {

    /** Whether the person's consent to a submission on their behalf is on record. */
    public boolean consentRecorded() {
        return consentAt != null && consentBy != null && consentHow != null;
    }

    /** For someone else than the caller (a relative): the caller acts for them. */
    public boolean onBehalf() {
        return relation != null && !relation.isBlank();
    }

    /** What a person taking the request types in (staff by phone or at a window, or the resident online). */
    public record Intake(HelpChannel channel, HelpMode mode, String callerName, String callerMobile,
            String personName, String personIdNumber, String relation, HelpNeed need, String itemCode,
            String address, LocalDate preferredOn, String preferredPeriod) {
    }
}
