package cn.gov.laoshan.district.finance.domain;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A policy's budget for one year (预算), held by a department. {@code committed} is what payouts not rejected
 * claim of it (a request is refused when it does not fit), {@code approved} what approvers committed (approved and
 * paid): both kept in the row and moved only by conditional updates, so that concurrent requests or approvals never
 * take more than {@code amount}.
 *
 * @param noticeDays the working days a list of this policy's payouts is public (公示) before approval
 */
public record Budget(long id, String policyCode, String policyName, int budgetYear, String departmentCode,
        Yuan amount, Yuan committed, Yuan approved, Yuan paid, int noticeDays) {

    /** What a new request may still claim. */
    public Yuan remaining() {
        return amount.minus(committed);
    }

    /** What is left unpaid: the reconciliation's figure. */
    public Yuan unpaid() {
        return amount.minus(paid);
    }
}
