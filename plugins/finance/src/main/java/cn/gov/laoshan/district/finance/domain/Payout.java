package cn.gov.laoshan.district.finance.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.payout.PayoutStatus;

/**
 * One payout of a policy to an enterprise for a period (政策兑现), as the ledger holds it. Policy + period + USCC is
 * unique in the database.
 */
public record Payout(long id, String policyCode, String period, String uscc, String enterpriseName, Yuan amount,
        String bank, String accountName, String accountNumber, PayoutState state, Long batchId, String source,
        String departmentCode, String industryCode, String street, String requestMonth, Instant requestedAt,
        String confirmedBy, Instant confirmedAt, String approvedBy, Instant approvedAt, LocalDate paidOn,
        String voucherNo, String reason, Instant updatedAt) {

    public PayoutKey key() {
        return new PayoutKey(policyCode, period, uscc);
    }

    public PayoutStatus status() {
        return new PayoutStatus(key(), amount, state, updatedAt, paidOn, reason);
    }
}
