package cn.gov.laoshan.district.policy.match.domain;

import java.time.Instant;
import java.util.Objects;

import cn.gov.laoshan.district.policy.eligibility.domain.Rule;

/**
 * A published policy's eligibility rule (申报条件 as a structured {@link Rule}) with its benefit formula and the payout
 * period (the year) its matches are owed for.
 */
public record PolicyRule(long policyId, Rule rule, Benefit benefit, int periodYear, String updatedBy, Instant updatedAt) {

    public PolicyRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(benefit, "benefit");
    }

    /** The period a match is paid for ({@link PolicyMatch#period()}). */
    public String period() {
        return String.valueOf(periodYear);
    }
}
