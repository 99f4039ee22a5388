package cn.gov.laoshan.district.policy.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;

/**
 * An enterprise's entitlement (享受资格) to a published policy for a period: made from a match (免申即享) or from an
 * approved application (快申快享), one per policy + period + enterprise — the payout ledger's key.
 *
 * @param amount     what the policy gives it; {@code null} for a benefit without money (nothing is sent to finance)
 * @param source     {@code MATCH} or {@code APPLICATION}
 * @param deadline   the last day to confirm (working days from the offer, on the official calendar)
 * @param notifiedAt when the enterprise's users were told; {@code null} until then
 * @param overdueAt  when the deadline's passing was flagged (once)
 * @param handoff    the payout request's place (outbox or the ledger's answer); {@code null} before confirmation
 */
public record Entitlement(long id, long policyId, String policyCode, String policyTitle, String period, String uscc,
        String enterpriseName, Yuan amount, String source, Long applicationId, String departmentCode,
        EntitlementState state, LocalDate deadline, Instant notifiedAt, String bank, String accountName,
        String accountNumber, String confirmedBy, Instant confirmedAt, String declineReason, Instant overdueAt,
        HandOff handoff, String handoffReason, String handoffReasonEn, int handoffAttempts, Instant handoffAt,
        Instant createdAt) {

    public static final String MATCH = "MATCH";
    public static final String APPLICATION = "APPLICATION";

    public PayoutKey payoutKey() {
        return new PayoutKey(policyCode, period, uscc);
    }

    /** The account confirmed, or {@code null}. */
    public BankAccount account() {
        return accountNumber == null ? null : new BankAccount(bank, accountName, accountNumber);
    }

    /** Money to hand to finance. */
    public boolean paysMoney() {
        return amount != null && amount.compareTo(Yuan.ZERO) > 0;
    }

    /** The record id on the timeline and in notices. */
    public String recordId() {
        return String.valueOf(id);
    }
}
