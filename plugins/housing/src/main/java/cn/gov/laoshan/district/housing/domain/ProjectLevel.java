package cn.gov.laoshan.district.housing.domain;

/** 省重点 / 市重点 / 区重点项目. */
public enum ProjectLevel {
    PROVINCE, CITY, DISTRICT
}
