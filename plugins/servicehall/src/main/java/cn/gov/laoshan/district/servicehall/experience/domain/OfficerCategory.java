package cn.gov.laoshan.district.servicehall.experience.domain;

/** Who a 政务体验官 is (labels: {@code servicehall.experience.category.<NAME>}). */
public enum OfficerCategory {
    /** 人大代表 */
    NPC_DEPUTY,
    /** 政协委员 */
    CPPCC_MEMBER,
    /** 企业家代表 */
    ENTREPRENEUR,
    /** 社区居民 */
    RESIDENT
}
