package cn.gov.laoshan.district.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date the calendar treats differently from the plain Monday-to-Friday rule.
 *
 * @param date   the date
 * @param kind   holiday (rest) or adjusted working day
 * @param nameZh name in Chinese, e.g. {@code 春节} or {@code 春节调休上班}
 * @param nameEn name in English, e.g. {@code Spring Festival}; may be empty
 */
public record SpecialDay(LocalDate date, DayKind kind, String nameZh, String nameEn) {
    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameZh, "nameZh");
        nameEn = nameEn == null ? "" : nameEn;
    }
}
