package cn.gov.laoshan.district.policy.suggestion.domain;

/** The enterprise's rating of an answer, on the five levels. Labels: {@code policy.rating.<NAME>}. */
public enum Rating {
    VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED;

    /** 不满意 and 非常不满意 send the suggestion back to its department. */
    public boolean reopens() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** 满意度 counts 非常满意, 满意 and 基本满意. */
    public boolean satisfied() {
        return !reopens();
    }
}
