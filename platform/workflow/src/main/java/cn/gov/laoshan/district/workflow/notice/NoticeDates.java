package cn.gov.laoshan.district.workflow.notice;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notice.NoticePeriod;

/**
 * A notice's last public day. Unlike a deadline (whose start day is day 0, "期间开始的日，不计算在期间内"), a public
 * notice counts its first day: it is public from the day it is posted ("公示期：9月29日至10月10日" are five working
 * days). So the period ends on the {@code n}-th working day on or after the start, or {@code n - 1} calendar days
 * after it; working days follow the official calendar (holidays skipped, 调休 Saturdays counted).
 */
public final class NoticeDates {

    private NoticeDates() {
    }

    public static LocalDate end(LocalDate start, NoticePeriod period, WorkingDayCalendar calendar) {
        return switch (period.unit()) {
            case CALENDAR_DAYS -> start.plusDays(period.length() - 1L);
            // the n-th working day after the day before the start: the start itself counts when it is a working day
            case WORKING_DAYS -> calendar.addWorkingDays(start.minusDays(1), period.length());
        };
    }
}
