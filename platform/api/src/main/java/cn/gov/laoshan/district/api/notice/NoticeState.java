package cn.gov.laoshan.district.api.notice;

/** Where a notice stands. */
public enum NoticeState {
    /** Made public: objections are taken from its start date to its end date. */
    OPEN,
    /** Its period ended and the platform closed it, with an {@link NoticeOutcome}. */
    CLOSED,
    /** Taken back before its end by a holder of its permission, with a reason; no outcome. */
    WITHDRAWN
}
