package cn.gov.laoshan.district.servicehall.domain;

/** Where a hall stands in the district's three levels (labels: {@code servicehall.level.<NAME>}). */
public enum HallLevel {
    /** 区政务服务中心. */
    DISTRICT,
    /** 街道便民服务中心. */
    STREET,
    /** 社区便民服务站. */
    COMMUNITY
}
