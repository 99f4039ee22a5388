package cn.gov.laoshan.district.servicehall.founding.domain;

/** The kind of business founded (labels {@code servicehall.founding.type.<NAME>}). */
public enum EntityType {
    /** 有限责任公司. */
    LLC,
    /** 个人独资企业. */
    SOLE,
    /** 合伙企业. */
    PARTNERSHIP,
    /** 个体工商户. */
    INDIVIDUAL
}
