package cn.gov.laoshan.district.policy.eligibility.domain;

/**
 * A rule's outcome over a {@link FactTable}: the rows that match, and the near-misses — rows failing exactly one of
 * the rule's {@link Rule#requirements() requirements} — with the index of the requirement each fails. Rows ascend.
 */
public record RuleResult(int[] matches, int[] nearMisses, int[] failedRequirement) {

    public int matchCount() {
        return matches.length;
    }

    public int nearMissCount() {
        return nearMisses.length;
    }
}
