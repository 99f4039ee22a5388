package cn.gov.laoshan.district.servicehall.experience.domain;

/** Where an officer's recruitment is (labels: {@code servicehall.experience.officer-state.<NAME>}). */
public enum OfficerState {
    /** Applied, not yet decided. */
    APPLIED,
    /** Approved: serving a one-year term. */
    ACTIVE,
    /** Not taken. */
    REJECTED,
    /** The term ended. */
    EXPIRED
}
