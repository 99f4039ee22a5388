package cn.gov.laoshan.district.servicehall.domain;

import java.time.LocalTime;
import java.util.Objects;

/** One opening period of a day, {@code opens} to {@code closes} (9:00–12:00). */
public record Period(LocalTime opens, LocalTime closes) {

    public Period {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("a period closes after it opens: " + opens + "–" + closes);
        }
    }

    /**
     * The periods written as on the screen, {@code 09:00-12:00, 13:30-17:00} (an en dash or "–" also separates;
     * empty: closed).
     *
     * @throws IllegalArgumentException when a part is no period
     */
    public static java.util.List<Period> parseAll(String text) {
        java.util.List<Period> periods = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            return periods;
        }
        for (String part : text.split("[,，;；]")) {
            String[] ends = part.strip().split("\\s*[-–—~]\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("not a period: " + part);
            }
            try {
                periods.add(new Period(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a period: " + part, e);
            }
        }
        return periods;
    }

    /** The periods as {@link #parseAll} reads them. */
    public static String format(java.util.List<Period> periods) {
        return String.join(", ", periods.stream().map(p -> p.opens() + "-" + p.closes()).toList());
    }

    private static String pad(String time) {
        return time.strip().length() == 4 ? "0" + time.strip() : time.strip();
    }
}
