package cn.gov.laoshan.district.housing.domain;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.validation.DateBounds;

/**
 * The bounds of every date field of the housing plugin, one rule per field: the services refuse a date outside
 * them, the screens give them to their date pickers. "Today" is the caller's (from its injected clock).
 */
public final class HousingDates {

    /** How far back a project's plan may start (a project registered late) and how far ahead. */
    public static final int START_YEARS_BACK = 2;
    public static final int START_YEARS_AHEAD = 1;
    /** How far ahead a deadline (an issue's due date, a meeting's action item) may lie: beyond, it is a typo. */
    public static final int DUE_YEARS_AHEAD = 3;
    /** How far back a dispatch meeting may be recorded. */
    public static final int MEETING_YEARS_BACK = 1;

    private HousingDates() {
    }

    /** 计划起算日 of a project registered (or changed) today. */
    public static DateBounds projectStart(LocalDate today) {
        return new DateBounds(today.minusYears(START_YEARS_BACK), today.plusYears(START_YEARS_AHEAD));
    }

    /**
     * The day an approval item was actually started or finished: not in the future and not before the project's
     * plan starts (the project's own date comes first when it lies ahead).
     */
    public static DateBounds actual(LocalDate projectStart, LocalDate today) {
        return DateBounds.notAfter(today).and(DateBounds.notBefore(projectStart));
    }

    /** A deadline set today (an issue's due date, an action item of a meeting): from today. */
    public static DateBounds due(LocalDate today) {
        return new DateBounds(today, today.plusYears(DUE_YEARS_AHEAD));
    }

    /** The day a dispatch meeting was held: not in the future, not more than a year ago. */
    public static DateBounds meetingDay(LocalDate today) {
        return new DateBounds(today.minusYears(MEETING_YEARS_BACK), today);
    }
}
