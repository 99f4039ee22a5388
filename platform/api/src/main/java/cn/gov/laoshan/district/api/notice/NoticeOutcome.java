package cn.gov.laoshan.district.api.notice;

/** How a closed notice ended. */
public enum NoticeOutcome {
    /** 公示无异议: nobody objected during the period. */
    NO_OBJECTION,
    /** 公示期内收到异议: at least one objection; the plugin decides what follows. */
    OBJECTIONS_RECEIVED
}
