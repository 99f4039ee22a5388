package cn.gov.laoshan.district.registry.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.registry.facts.FactChange;
import cn.gov.laoshan.district.registry.facts.FactHistory;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * An enterprise's fact change in words, for the page's 变更记录 (uikit {@code TimelinePanel}): the action's label
 * (年度指标, 信用等级, …) and what changed, before → after, with the reason or source and the file it came from —
 * "2025年 从业人数：120 → 135；来源：统计年报；文件 figures.xlsx". Values kept in the history's neutral form are
 * written in the UI language: money in 万元 or ¥, dates as {@code Dates} writes them, grades by letter, sizes and
 * qualification types by name.
 */
final class FactChangeText {

    private final Locale locale;
    private final Function<String, String> words;
    private final Map<String, QualificationType> types;

    /**
     * @param words the registry's messages in the UI language (a component's {@code getTranslation})
     * @param types the qualification types by code
     */
    FactChangeText(Locale locale, Function<String, String> words, Map<String, QualificationType> types) {
        this.locale = locale;
        this.words = words;
        this.types = types;
    }

    /** The change as a timeline entry: who and when, the action's label, and what changed as its note. */
    TimelineEntry entry(FactChange c) {
        return new TimelineEntry(c.at(), c.actor(), c.actorName(), label(c.action()), c.before(), c.after(), what(c));
    }

    /** The action's label: 年度指标, 资质认定, 街道和园区, 信用标记, 信用等级, 企业规模. */
    String label(String action) {
        return words.apply("registry.history." + action);
    }

    /** What changed: the subject, before → after, the reason or source, the file. */
    String what(FactChange c) {
        String sep = chinese() ? "；" : "; ";
        String colon = chinese() ? "：" : ": ";
        StringBuilder text = new StringBuilder();
        switch (c.action()) {
            case FactHistory.FIGURE -> {
                String[] subject = c.subject().split("/");
                FigureKind kind = FigureKind.valueOf(subject[0]);
                text.append(chinese() ? subject[1] + "年 " : subject[1] + " ").append(kind.label(locale)).append(colon)
                        .append(change(figure(kind, c.before()), figure(kind, c.after())));
                note(text, sep, "registry.facts.source", c.note(), colon);
            }
            case FactHistory.QUALIFICATION, FactHistory.QUALIFICATION_REMOVED -> {
                QualificationType type = types.get(c.subject());
                text.append(type == null ? c.subject() : type.label(locale)).append(colon)
                        .append(change(validity(c.before()), validity(c.after())));
                note(text, sep, "registry.facts.certificate", c.note(), colon);
            }
            case FactHistory.LOCATION -> text.append(change(location(c.before()), location(c.after())));
            case FactHistory.CREDIT_MARK -> {
                text.append(c.subject());
                if (c.after() != null && !c.after().isEmpty()) {
                    text.append(sep).append(words.apply("registry.facts.until")).append(chinese() ? "" : " ")
                            .append(Dates.date(LocalDate.parse(c.after()), locale));
                }
                note(text, sep, "registry.grade.reason", c.note(), colon);
            }
            case FactHistory.CREDIT_GRADE -> {
                text.append(change(grade(c.before()), grade(c.after())));
                note(text, sep, "registry.grade.reason", c.note(), colon);
            }
            case FactHistory.SIZE -> text.append(change(size(c.before()), size(c.after())));
            default -> text.append(change(c.before(), c.after()));
        }
        if (c.file() != null) {
            text.append(sep).append(words.apply("registry.history.file")).append(" ").append(c.file());
        }
        return text.toString();
    }

    private boolean chinese() {
        return Dates.chinese(locale);
    }

    private static String change(String before, String after) {
        return dash(before) + " → " + dash(after);
    }

    private static String dash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private void note(StringBuilder text, String sep, String key, String note, String colon) {
        if (note != null && !note.isBlank()) {
            text.append(sep).append(words.apply(key)).append(colon).append(note);
        }
    }

    private String figure(FigureKind kind, String value) {
        if (value == null) {
            return null;
        }
        return kind == FigureKind.HEADCOUNT ? value : Formats.capital(new BigDecimal(value), locale);
    }

    private String validity(String value) {
        if (value == null) {
            return null;
        }
        String[] days = value.split("/");
        return Dates.date(LocalDate.parse(days[0]), locale) + " – " + Dates.date(LocalDate.parse(days[1]), locale);
    }

    private static String location(String value) {
        if (value == null) {
            return null;
        }
        int at = value.indexOf(FactHistory.LOCATION_SEPARATOR);
        String street = at < 0 ? value : value.substring(0, at);
        String park = at < 0 ? "" : value.substring(at + FactHistory.LOCATION_SEPARATOR.length());
        return dash(street) + FactHistory.LOCATION_SEPARATOR + dash(park);
    }

    private String grade(String value) {
        return value == null ? words.apply("registry.grade.none") : value;
    }

    private String size(String value) {
        if (value == null) {
            return null;
        }
        try {
            return words.apply(EnterpriseSize.valueOf(value).messageKey());
        } catch (IllegalArgumentException unknown) {
            return value;
        }
    }
}
