package cn.gov.laoshan.district.policy.suggestion.service;

import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;

/**
 * The inbox's filters; {@code null} (or {@code false}) lets everything through. {@code overdue}: the answer is
 * still owed and its deadline has passed.
 */
public record SuggestionFilter(Channel channel, Topic topic, SuggestionState state, String department,
        boolean overdue, String enterpriseUscc, Long groupId) {

    public static final SuggestionFilter ALL = new SuggestionFilter(null, null, null, null, false, null, null);

    public static SuggestionFilter enterprise(String uscc) {
        return new SuggestionFilter(null, null, null, null, false, uscc, null);
    }

    public SuggestionFilter withState(SuggestionState value) {
        return new SuggestionFilter(channel, topic, value, department, overdue, enterpriseUscc, groupId);
    }

    public SuggestionFilter withOverdue(boolean value) {
        return new SuggestionFilter(channel, topic, state, department, value, enterpriseUscc, groupId);
    }
}
