package cn.gov.laoshan.district.finance.domain;

/** Where a record is in its workflow (labels: {@code finance.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
