package cn.gov.laoshan.district.servicehall.salon.domain;

/** What a 会客厅 event is (labels: {@code servicehall.salon.kind.<NAME>}). */
public enum EventKind {
    /** 项目洽谈 */
    PROJECT_TALK,
    /** 企业路演 */
    ROADSHOW,
    /** 政策宣讲 */
    POLICY_BRIEFING,
    /** 联合会商 (for a housing project's approvals) */
    JOINT_CONSULTATION
}
