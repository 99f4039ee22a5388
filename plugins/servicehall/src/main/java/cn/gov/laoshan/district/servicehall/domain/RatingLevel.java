package cn.gov.laoshan.district.servicehall.domain;

/** The five levels of 好差评 (GB/T 39734-2020), best first (labels: {@code servicehall.rating.level.<NAME>}). */
public enum RatingLevel {
    VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

    /** 差评: 不满意 and 非常不满意, each of which opens a rectification. */
    public boolean dissatisfied() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
