package cn.gov.laoshan.district.market.domain;

/** Where a record is in its workflow (labels: {@code market.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
