package cn.gov.laoshan.district.policy.match.service;

import java.util.List;

import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;

/**
 * Told which enterprises newly match a policy: after a match run (every published policy over every enterprise) and
 * after an enterprise's facts changed and it alone was evaluated again. A match that stays a match is not told twice;
 * one that lapses and comes back is told again (the listener keys what it does by policy + period + enterprise, so a
 * repeat is harmless). Registered as an OSGi service inside the policy bundle by the delivery side (免申即享
 * hand-off); called on the job's thread, as the system, after the matches are stored.
 */
public interface MatchListener {

    void matchesFound(List<PolicyMatch> newMatches);
}
