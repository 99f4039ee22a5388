package cn.gov.laoshan.district.servicehall.salon.domain;

/** A 会客厅 event is planned, then held (attendance recorded) or cancelled. */
public enum EventState {
    PLANNED, HELD, CANCELLED
}
