package cn.gov.laoshan.district.policy.domain;

/** Where a record is in its workflow (labels: {@code policy.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
