package cn.gov.laoshan.district.mediation.domain;

/** How a dispute reached the mediators. */
public enum IntakeChannel {
    /** 线上调处平台 */
    ONLINE,
    /** 窗口来访 */
    WALK_IN,
    /** 法院委派 */
    COURT_REFERRAL,
    /** 部门移交 */
    DEPARTMENT_REFERRAL,
    /** 热线 */
    HOTLINE
}
