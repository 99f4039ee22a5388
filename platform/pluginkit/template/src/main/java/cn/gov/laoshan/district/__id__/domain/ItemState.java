package cn.gov.laoshan.district.__id__.domain;

/** Where a record is in its workflow (labels: {@code __id__.state.<NAME>}). */
public enum ItemState {
    SUBMITTED, ACCEPTED, REJECTED, DONE
}
