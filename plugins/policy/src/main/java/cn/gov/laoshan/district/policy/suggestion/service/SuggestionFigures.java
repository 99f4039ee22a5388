package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;

/**
 * The dashboard's figures over what the reader may see: this month's suggestions by channel and by topic, how many
 * answers are late now, and over the last twelve months the mean answer time (working days from receipt to the
 * answer, on the official calendar) and the satisfaction (非常满意/满意/基本满意 among the ratings). Counted over the
 * suggestions read in the reader's scope ({@link SuggestionService#figures}), so a widget never counts one its user
 * could not open.
 */
public record SuggestionFigures(Map<Channel, Integer> byChannel, Map<Topic, Integer> byTopic, int thisMonth,
        long overdue, double meanAnswerWorkingDays, int answered, double satisfaction, int rated) {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Counts the figures of {@code lastYear} (the suggestions received in the last twelve months) as of today. */
    static SuggestionFigures count(List<Suggestion> lastYear, long overdue, WorkingDayCalendar calendar,
            LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        Map<Topic, Integer> byTopic = new EnumMap<>(Topic.class);
        int thisMonth = 0;
        long days = 0;
        int answered = 0;
        int rated = 0;
        int satisfied = 0;
        for (Suggestion s : lastYear) {
            if (!s.receivedOn().isBefore(monthStart)) {
                thisMonth++;
                byChannel.merge(s.channel(), 1, Integer::sum);
                byTopic.merge(s.topic(), 1, Integer::sum);
            }
            if (s.answeredAt() != null) {
                days += Math.max(0, calendar.workingDaysBetween(s.receivedOn(),
                        s.answeredAt().atZone(BEIJING).toLocalDate()));
                answered++;
            }
            if (s.rating() != null) {
                rated++;
                satisfied += s.rating().satisfied() ? 1 : 0;
            }
        }
        return new SuggestionFigures(byChannel, byTopic, thisMonth, overdue,
                answered == 0 ? 0 : (double) days / answered, answered, rated == 0 ? 0 : (double) satisfied / rated,
                rated);
    }
}
