package cn.gov.laoshan.district.policy.match.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;

/**
 * The stored result of the last match run (kept current for an enterprise whose facts changed since): the matches
 * of each published policy and how many near-misses it has. Provided inside the policy bundle by the match run;
 * read by the delivery side and the dashboard. Callers check their own permissions.
 */
public interface MatchResults {

    /** Every enterprise the policy currently matches. */
    List<PolicyMatch> matchesOf(long policyId);

    /** The policy's match of one enterprise, if it matches now. */
    Optional<PolicyMatch> match(long policyId, String uscc);

    /** Per published policy with a rule: how many enterprises match, how many nearly do, and the amount matched. */
    List<PolicyCount> counts();

    record PolicyCount(long policyId, String policyCode, String title, Integer batchNo, int matched, int nearMisses,
            Yuan amount) {
    }
}
