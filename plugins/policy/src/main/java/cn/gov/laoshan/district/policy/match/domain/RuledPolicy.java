package cn.gov.laoshan.district.policy.match.domain;

import java.time.LocalDate;

/** A published policy with its rule: what the match run evaluates (those valid on the run's day). */
public record RuledPolicy(long policyId, String title, Integer batchNo, Integer itemNo, LocalDate validFrom,
        LocalDate validTo, PolicyRule rule) {

    /** The payout code ({@code LS-P2-017}), as {@code PolicyDraft.payoutCode()} makes it. */
    public String payoutCode() {
        return cn.gov.laoshan.district.policy.draft.domain.PolicyDraft.payoutCode(batchNo, itemNo);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
