package cn.gov.laoshan.district.policy.eligibility.domain;

import java.util.List;

/**
 * Why an enterprise matches a rule or not: each requirement met or not, and every condition with the enterprise's
 * actual value.
 */
public record Explanation(String uscc, List<Boolean> requirementsMet, List<ConditionCheck> checks) {

    public Explanation {
        requirementsMet = List.copyOf(requirementsMet);
        checks = List.copyOf(checks);
    }

    public boolean matches() {
        return !requirementsMet.contains(false);
    }

    /** Failing exactly one requirement. */
    public boolean nearMiss() {
        return requirementsMet.stream().filter(met -> !met).count() == 1;
    }

    /** The index of the first requirement not met, or -1. */
    public int firstFailed() {
        return requirementsMet.indexOf(false);
    }
}
