package cn.gov.laoshan.district.servicehall.domain;

/** Where a ticket of the day's queue is (labels: {@code servicehall.visit.state.<NAME>}). */
public enum VisitState {
    WAITING, CALLED, SERVING, DONE,
    /** Called and did not come to the window. */
    ABSENT
}
