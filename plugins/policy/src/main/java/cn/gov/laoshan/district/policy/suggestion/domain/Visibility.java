package cn.gov.laoshan.district.policy.suggestion.domain;

/**
 * Who among the staff may read a suggestion (the enterprise always reads its own). Labels:
 * {@code policy.visibility.<NAME>}.
 */
public enum Visibility {
    /** The policy staff and the responsible department only (the default: enterprises speak of their own affairs). */
    HANDLERS,
    /** Every member of staff who reads suggestions, in any department (a common problem worth sharing). */
    ALL_STAFF
}
