package cn.gov.laoshan.district.housing.domain;

/** 政府投资 or 社会投资: decides which approval service menu fits. */
public enum InvestmentKind {
    GOVERNMENT, SOCIAL
}
