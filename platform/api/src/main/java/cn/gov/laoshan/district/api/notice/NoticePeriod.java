package cn.gov.laoshan.district.api.notice;

import java.util.Objects;

/**
 * How long a notice runs: {@code length} calendar days or working days (the platform's working-day calendar, with
 * the State Council's holidays and 调休 working weekends). The first day counts (a notice is public from the day it
 * is posted): 5 working days from 2026年9月29日 end on 10月10日 — 29 and 30 September, the National Day holiday
 * skipped, 8 and 9 October and the 调休 Saturday; opened on a rest day, it runs over the next 5 working days.
 *
 * @param length the number of days, 1 to 365
 * @param unit   calendar or working days
 */
public record NoticePeriod(int length, Unit unit) {

    /** What is counted. */
    public enum Unit {
        CALENDAR_DAYS, WORKING_DAYS
    }

    public NoticePeriod {
        Objects.requireNonNull(unit, "unit");
        if (length < 1 || length > 365) {
            throw new IllegalArgumentException("a notice period is 1 to 365 days, not " + length);
        }
    }

    public static NoticePeriod calendarDays(int length) {
        return new NoticePeriod(length, Unit.CALENDAR_DAYS);
    }

    public static NoticePeriod workingDays(int length) {
        return new NoticePeriod(length, Unit.WORKING_DAYS);
    }
}
