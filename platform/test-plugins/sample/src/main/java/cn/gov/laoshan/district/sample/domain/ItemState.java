package cn.gov.laoshan.district.sample.domain;

/** Where a record is in its workflow (labels: {@code sample.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
