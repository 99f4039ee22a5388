package cn.gov.laoshan.district.policy.suggestion.domain;

import java.util.Set;

/**
 * 收集—分析—响应—反馈: where a suggestion is in its answer chain. A dissatisfied rating sends it back to the
 * responsible department ({@link #REOPENED}) with a new deadline. Labels: {@code policy.state.<NAME>}.
 */
public enum SuggestionState {
    /** 已收到: waiting for the policy staff to analyse it. */
    RECEIVED,
    /** 已分析: topic and responsible department set, waiting for the department's answer. */
    ANALYSED,
    /** 已答复: answered, adopted into the reserve library or handled by a joint meeting; waiting for the rating. */
    RESPONDED,
    /** 重新办理: rated 不满意 or 非常不满意, back with the department. */
    REOPENED,
    /** 已反馈: rated and done. */
    CLOSED;

    /** The states in which somebody still owes the enterprise an answer (and a deadline runs). */
    public static final Set<SuggestionState> AWAITING_ANSWER = Set.of(RECEIVED, ANALYSED, REOPENED);

    public boolean awaitingAnswer() {
        return AWAITING_ANSWER.contains(this);
    }
}
