package cn.gov.laoshan.district.servicehall.domain;

/** Where an item is handled (labels: {@code servicehall.channel.<NAME>}). */
public enum Channel {
    /** 网上办理. */
    ONLINE,
    /** 窗口办理. */
    WINDOW,
    /** 全域通办: at any hall of the district, whichever hall the applicant comes to. */
    ANY_HALL,
    /** 周六预约: bookable on Saturdays that are rest days, in the halls' Saturday hours. */
    SATURDAY
}
