package cn.gov.laoshan.district.policy.suggestion.domain;

/** The two joint meetings. Labels: {@code policy.meeting.<NAME>}. */
public enum MeetingKind {
    /** 共性问题集成处理: a problem many enterprises share, with the departments concerned. */
    COMMON,
    /** 个性问题专项化解: one enterprise's problem, with the responsible and related departments and the enterprise. */
    INDIVIDUAL
}
