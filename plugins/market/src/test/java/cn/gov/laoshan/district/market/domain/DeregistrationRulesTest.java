package cn.gov.laoshan.district.market.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * The periods of simple deregistration on the 2026 calendar (known answers): days counted from the day after, a last
 * day on a holiday or rest day moved to the next working day (the National Day holiday of 1–7 October 2026).
 */
class DeregistrationRulesTest {

    static final WorkingDayCalendar CALENDAR = OfficialSchedules.calendar();

    @Test
    void theDaysToApplyAfterTheNoticeAre20Or30CalendarDays() {
        // a notice ending on Friday 11 December: 31 December (Thursday), or 10 January 2027 — a Sunday: the 11th
        assertEquals(LocalDate.of(2026, 12, 31), DeregistrationRules.applyBy(LocalDate.of(2026, 12, 11), false,
                CALENDAR));
        assertEquals(LocalDate.of(2027, 1, 11), DeregistrationRules.applyBy(LocalDate.of(2026, 12, 11), true,
                CALENDAR));
        // ending on 11 September, the 20th day is 1 October: the holiday runs to the 7th, the 8th is a working day
        assertEquals(LocalDate.of(2026, 10, 8), DeregistrationRules.applyBy(LocalDate.of(2026, 9, 11), false,
                CALENDAR));
    }

    @Test
    void anIndividualBusinessWaitsTenDaysForObjections() {
        assertEquals(LocalDate.of(2026, 12, 17), DeregistrationRules.objectionsEnd(LocalDate.of(2026, 12, 7), CALENDAR));
        // filed on 21 September: the 10th day is 1 October, in the holiday
        assertEquals(LocalDate.of(2026, 10, 8), DeregistrationRules.objectionsEnd(LocalDate.of(2026, 9, 21), CALENDAR));
        // the 10th day a Saturday (12 December 2026 from 2 December): the Monday
        assertEquals(LocalDate.of(2026, 12, 14), DeregistrationRules.objectionsEnd(LocalDate.of(2026, 12, 2), CALENDAR));
    }
}
