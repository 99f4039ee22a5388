package cn.gov.laoshan.district.policy.suggestion.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;

/**
 * The overdue notice of a suggestion, sent once per answer round (api.notify {@code scheduleOnce}/{@code sendOnce}):
 * planned for the morning after the deadline when the deadline is set, re-planned when the department changes,
 * cancelled when the answer comes; the daily job sends what is overdue and was never planned (a home without the
 * reminder service at the time). In Chinese, the platform's default language; texts from the plugin's messages.
 */
final class SuggestionNotices {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            SuggestionNotices.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日",
            Locale.SIMPLIFIED_CHINESE);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Supplier<Optional<Reminders>> reminders;

    SuggestionNotices(Supplier<Optional<Reminders>> reminders) {
        this.reminders = reminders;
    }

    static String record(Suggestion s) {
        return "suggestion-" + s.id();
    }

    /** One overdue notice per round: a reopened suggestion's new deadline is a new round. */
    static String step(Suggestion s) {
        return "overdue-" + s.rounds();
    }

    /** Who owes the answer: the policy staff before the analysis, the responsible department after. */
    static Recipient owner(Suggestion s) {
        return s.state() == SuggestionState.RECEIVED ? Recipient.permission(SuggestionWorkflow.ANALYSE)
                : Recipient.department(s.departmentCode());
    }

    static Message overdue(Suggestion s) {
        return new Message(SuggestionWorkflow.PLUGIN, text("policy.notice.overdue.title", String.valueOf(s.id())),
                text("policy.notice.overdue.body", s.enterpriseName(), s.deadline().format(CHINESE_DATE), s.title()),
                "policy/suggestions/" + s.id(), Severity.WARNING);
    }

    /** Plans (or re-plans) the overdue notice for 9:00 on the day after the deadline. */
    void plan(Suggestion s) {
        reminders.get().ifPresent(r -> r.scheduleOnce(record(s), step(s),
                s.deadline().plusDays(1).atTime(9, 0).atZone(BEIJING).toInstant(), owner(s), overdue(s)));
    }

    void cancel(Suggestion s) {
        reminders.get().ifPresent(r -> r.cancelOnce(SuggestionWorkflow.PLUGIN, record(s), step(s)));
    }

    /** Sends the overdue notice now unless it went already; whether this call sent it. */
    boolean sendOverdue(Suggestion s, LocalDate today) {
        return s.overdue(today) && reminders.get().map(r -> r.sendOnce(record(s), step(s), owner(s), overdue(s)))
                .orElse(false);
    }

    static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
