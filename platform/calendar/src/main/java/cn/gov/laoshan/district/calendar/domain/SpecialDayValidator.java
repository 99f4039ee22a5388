package cn.gov.laoshan.district.calendar.domain;

import java.time.DayOfWeek;

import cn.gov.laoshan.district.api.calendar.DayKind;

/** The rules an edited special day must follow; each problem is a message key. */
public final class SpecialDayValidator {

    private SpecialDayValidator() {
    }

    public static void validate(java.time.LocalDate date, DayKind kind, String nameZh, String nameEn) {
        if (date == null) {
            throw new CalendarException("calendar.error.date-required");
        }
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            throw new CalendarException("calendar.error.year-range");
        }
        if (kind == null) {
            throw new CalendarException("calendar.error.kind-required");
        }
        if (nameZh == null || nameZh.isBlank()) {
            throw new CalendarException("calendar.error.name-required");
        }
        if (nameZh.strip().length() > 40) {
            throw new CalendarException("calendar.error.name-too-long", 40);
        }
        if (nameEn != null && nameEn.strip().length() > 60) {
            throw new CalendarException("calendar.error.name-en-too-long", 60);
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == DayKind.ADJUSTED_WORKDAY && !weekend) {
            throw new CalendarException("calendar.error.workday-not-weekend");
        }
    }
}
