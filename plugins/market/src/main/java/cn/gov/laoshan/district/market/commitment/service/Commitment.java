package cn.gov.laoshan.district.market.commitment.service;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.market.commitment.domain.CommitmentState;

/** A signed commitment and the approval it gave at once (see {@link CommitmentService}). */
public record Commitment(long id, String approvalNo, String itemCode, String uscc, String enterpriseName,
        String noticeVersion, String noticeText, String signer, String signedBy, Instant signedAt, LocalDate approvedOn,
        CommitmentState state, LocalDate revokedOn, String revokeReason, String departmentCode) {
}
