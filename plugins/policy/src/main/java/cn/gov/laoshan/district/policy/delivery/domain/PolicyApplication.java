package cn.gov.laoshan.district.policy.delivery.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;

/**
 * A fast application (快申快享) for a published policy whose data are not all clear: the enterprise applies with its
 * facts pre-filled (as they were when it applied), its statement, the amount it asks and the account to pay into, and
 * attaches what is needed; staff decide by the deadline (working days). One per policy + period + enterprise.
 *
 * @param asked  what the enterprise asks; {@code null} when it leaves the amount to staff
 * @param amount what staff approved
 */
public record PolicyApplication(long id, long policyId, String policyCode, String policyTitle, String period,
        String uscc, String enterpriseName, String facts, String statement, Yuan asked, String bank,
        String accountName, String accountNumber, String departmentCode, ApplicationState state, LocalDate deadline,
        String appliedBy, Instant appliedAt, String decidedBy, Instant decidedAt, Yuan amount, String reason,
        Instant overdueAt) {

    public BankAccount account() {
        return new BankAccount(bank, accountName, accountNumber);
    }

    /** Still waiting after its deadline. */
    public boolean overdue(LocalDate today) {
        return state == ApplicationState.APPLIED && deadline.isBefore(today);
    }

    public String recordId() {
        return String.valueOf(id);
    }
}
