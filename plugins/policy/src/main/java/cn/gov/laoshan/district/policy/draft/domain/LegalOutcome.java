package cn.gov.laoshan.district.policy.draft.domain;

/** The legal reviewer's decision (labels: {@code policy.draft.outcome.<NAME>}). */
public enum LegalOutcome {
    PASSED, RETURNED
}
