package cn.gov.laoshan.district.policy.suggestion.domain;

/** How a suggestion was answered. Labels: {@code policy.response.<NAME>}. */
public enum ResponseKind {
    /** A written answer (解释、办理结果). */
    ANSWER,
    /** Adopted into the policy reserve library (政策储备库), for a policy to be made. */
    RESERVE,
    /** Handled by a joint meeting (共性问题集成处理 / 个性问题专项化解) with minutes and action items. */
    MEETING
}
