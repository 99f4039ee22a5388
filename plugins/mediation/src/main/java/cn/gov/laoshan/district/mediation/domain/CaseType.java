package cn.gov.laoshan.district.mediation.domain;

/**
 * The kinds of dispute the district mediates. Labour disputes have the statutory 15-day limit (Labour Dispute
 * Mediation and Arbitration Law, art. 14); the others a configurable limit in working days (default 30).
 */
public enum CaseType {
    /** 劳动争议 */
    LABOUR,
    /** 物业纠纷 */
    PROPERTY,
    /** 涉企纠纷 */
    ENTERPRISE,
    /** 账款清欠 */
    ARREARS,
    /** 知识产权 */
    INTELLECTUAL_PROPERTY,
    /** 金融纠纷 */
    FINANCIAL
}
