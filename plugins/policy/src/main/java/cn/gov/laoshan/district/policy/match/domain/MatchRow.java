package cn.gov.laoshan.district.policy.match.domain;

import java.time.Instant;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * One stored result of a policy for an enterprise: a match (with the amount its benefit gives) or a near-miss (with
 * the index of the one requirement it fails, {@code Rule#requirements()}), since when it holds.
 */
public record MatchRow(long policyId, String uscc, boolean match, Integer failedRequirement, Yuan amount,
        String enterpriseName, Instant since) {
}
