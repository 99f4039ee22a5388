package cn.gov.laoshan.district.servicehall.domain;

/** Where a record is in its workflow (labels: {@code servicehall.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
