package cn.gov.laoshan.district.policy.draft.domain;

/**
 * Where a policy draft is on its way to the policy list (labels: {@code policy.draft.state.<NAME>}). The order is
 * the law's: the drafter's fair-competition self-review, then the public comment period, then the legality review;
 * a draft the legal reviewer returns goes back to drafting and takes all three again (they reviewed a text that is
 * about to change).
 */
public enum DraftState {
    DRAFTING, FAIR_REVIEWED, IN_COMMENT, LEGAL_REVIEW, APPROVED, PUBLISHED
}
