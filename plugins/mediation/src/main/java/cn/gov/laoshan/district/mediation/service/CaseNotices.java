package cn.gov.laoshan.district.mediation.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * The notifications about a case, worded from the plugin's own message file. A notification is stored as text, in
 * Chinese (the platform's default language, see {@link Message}): its words and labels — the case type, the
 * deadline — come from {@code i18n/messages.properties}, never an enum name, and a deadline that has passed is
 * announced as overdue, never as "due soon".
 */
final class CaseNotices {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            CaseNotices.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /**
     * The deadline as the screens show it in Chinese (uikit's {@code Dates}, which a service must not use: it is
     * built on Vaadin); CaseNoticesTest holds the two to the same form.
     */
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);

    private CaseNotices() {
    }

    /** To the mediator a case was just assigned to. */
    static Message assigned(MediationCase c, LocalDate today) {
        return new Message(CaseService.SOURCE, text("mediation.notice.assigned.title", c.number()), body(c, today),
                link(c), c.overdue(today) ? Severity.WARNING : Severity.INFO);
    }

    /** The reminder before the deadline; for a case already past it on {@code today}, the overdue notice. */
    static Message deadline(MediationCase c, LocalDate today) {
        String title = c.overdue(today) ? "mediation.notice.overdue.title" : "mediation.notice.due-soon.title";
        return new Message(CaseService.SOURCE, text(title, c.number()), body(c, today), link(c), Severity.WARNING);
    }

    private static String body(MediationCase c, LocalDate today) {
        String deadline = c.deadline() == null ? "" : c.deadline().format(CHINESE_DATE);
        return text(c.overdue(today) ? "mediation.notice.body.overdue" : "mediation.notice.body",
                text("mediation.type." + c.type()), deadline);
    }

    private static String link(MediationCase c) {
        return "mediation/cases/" + c.id();
    }

    static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
