package cn.gov.laoshan.district.api.validation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a date field accepts: from {@code earliest} to {@code latest}, both included; {@code null} for an open
 * end. A plugin declares one {@code DateBounds} per date field, from its domain (an application date is not in the
 * future and not older than the configured look-back; a deadline is not before the record's own dates), and uses
 * the same bounds twice: its service refuses a date outside them ({@link #violation}), its screen gives them to the
 * date picker (uikit {@code Dates.bound}) so the calendar greys out what the service would refuse.
 *
 * <p>The message keys of a violation are the platform's ({@link #BEFORE_KEY}, {@link #AFTER_KEY},
 * {@link #REQUIRED_KEY}, in the shell's message files); their one parameter is the bound, a {@link LocalDate}, which
 * uikit's {@code Steps} shows in the user's date format: "不能早于 2025年12月7日" / "must not be before 2025-12-07".
 *
 * @param earliest the first date accepted, or {@code null} for no lower bound
 * @param latest   the last date accepted, or {@code null} for no upper bound
 * @since 1.0.0
 */
public record DateBounds(LocalDate earliest, LocalDate latest) {

    /** "不能早于 {0}": the date is before {@link #earliest}. */
    public static final String BEFORE_KEY = "shell.date.before";
    /** "不能晚于 {0}": the date is after {@link #latest}. */
    public static final String AFTER_KEY = "shell.date.after";
    /** "必填": a required date is missing. */
    public static final String REQUIRED_KEY = "shell.field.required";

    /** No bounds at all. */
    public static final DateBounds ANY = new DateBounds(null, null);

    /** An empty range (earliest after latest) is refused: such a field could take no date at all. */
    public DateBounds {
        if (earliest != null && latest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("earliest " + earliest + " is after latest " + latest);
        }
    }

    /** From {@code earliest} on, with no upper bound. */
    public static DateBounds notBefore(LocalDate earliest) {
        return new DateBounds(earliest, null);
    }

    /** Up to {@code latest}, with no lower bound. */
    public static DateBounds notAfter(LocalDate latest) {
        return new DateBounds(null, latest);
    }

    /**
     * The dates both bounds accept: the later earliest and the earlier latest. When they do not overlap, the lower
     * bound wins alone (a record's own dates come first: a deadline before its application date is never right).
     */
    public DateBounds and(DateBounds other) {
        LocalDate from = later(earliest, other.earliest);
        LocalDate to = earlier(latest, other.latest);
        if (from != null && to != null && from.isAfter(to)) {
            return notBefore(from);
        }
        return new DateBounds(from, to);
    }

    /** Whether {@code date} is inside; a {@code null} date is inside (see {@link #violation(LocalDate, boolean)}). */
    public boolean accepts(LocalDate date) {
        return violation(date, false).isEmpty();
    }

    /** What is wrong with a required {@code date}, if anything. */
    public Optional<Violation> violation(LocalDate date) {
        return violation(date, true);
    }

    /**
     * What is wrong with {@code date}, if anything: missing (only when {@code required}), before {@link #earliest}
     * or after {@link #latest}.
     */
    public Optional<Violation> violation(LocalDate date, boolean required) {
        if (date == null) {
            return required ? Optional.of(new Violation(REQUIRED_KEY, null)) : Optional.empty();
        }
        if (earliest != null && date.isBefore(earliest)) {
            return Optional.of(new Violation(BEFORE_KEY, earliest));
        }
        if (latest != null && date.isAfter(latest)) {
            return Optional.of(new Violation(AFTER_KEY, latest));
        }
        return Optional.empty();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /**
     * A refused date: the message key and the bound it crossed ({@code null} for a missing date). A plugin throws
     * a {@link RefusedException} with these, naming its field: {@code new RefusedException("appliedOn",
     * v.messageKey(), v.bound())}.
     *
     * @param messageKey {@link #BEFORE_KEY}, {@link #AFTER_KEY} or {@link #REQUIRED_KEY}
     * @param bound      the bound crossed, or {@code null}
     */
    public record Violation(String messageKey, LocalDate bound) {

        /** The message parameters: the bound, or none. */
        public Object[] parameters() {
            return bound == null ? new Object[0] : new Object[] {bound};
        }
    }
}
