package cn.gov.laoshan.district.finance.domain;

import java.time.Instant;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * An enterprise's financing demand (融资需求): how much, for how many months, what for, what collateral and guarantee
 * it offers; entered by its own user in 企业服务 or by finance staff for it.
 */
public record FinancingDemand(long id, String uscc, String enterpriseName, Yuan amount, int termMonths, String purpose,
        String collateral, String guarantee, State state, String departmentCode, String createdBy, Instant createdAt) {

    /**
     * Submitted → pushed (to one bank or more) → granted (a bank granted it) or declined (every bank it went to
     * declined; staff may push it to another) — or withdrawn by the enterprise or staff before it is granted.
     */
    public enum State {
        SUBMITTED, PUSHED, GRANTED, DECLINED, WITHDRAWN
    }

    /** What the enterprise enters. */
    public record Draft(String uscc, Yuan amount, int termMonths, String purpose, String collateral,
            String guarantee) {
    }
}
