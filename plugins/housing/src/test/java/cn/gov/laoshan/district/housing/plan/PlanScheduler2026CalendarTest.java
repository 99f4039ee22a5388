package cn.gov.laoshan.district.housing.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * Known answers on the platform's real calendar with the official 2026 arrangement (platform/calendar,
 * {@code official/2026.csv}): 中秋节 9-25..9-27 and 国庆节 10-01..10-07 off, 调休 working days Sunday 9-20 and
 * Saturday 10-10.
 *
 * <pre>
 *    September 2026              October 2026
 * Mo Tu We Th Fr Sa Su       Mo Tu We Th Fr Sa Su
 * 14 15 16 17 18 19 [20]                [1  2  3  4]   [ ] = holiday, 20 and 10 = 调休 working days
 * 21 22 23 24 [25 26 27]     [5  6  7]  8  9 10 11
 * 28 29 30                   12 13 14 15 16 17 18
 * </pre>
 * Working days from 9-24: 24, 28, 29, 30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14, ...
 */
class PlanScheduler2026CalendarTest {

    private final WorkingDayCalendar calendar = OfficialSchedules.calendar();
    private final PlanScheduler scheduler = new PlanScheduler(calendar);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static PlanItem item(String key, int days, String... prerequisites) {
        return PlanItem.of(key, days, prerequisites);
    }

    @Test
    void theRealCalendarIsLoaded() {
        assertTrue(calendar.knowsYear(2026));
        assertFalse(calendar.isWorkingDay(d("2026-10-05")));
        assertTrue(calendar.isWorkingDay(d("2026-10-10")));
        assertTrue(calendar.isWorkingDay(d("2026-09-20")));
    }

    @Test
    void aChainThroughNationalDay() throws Exception {
        // A(3): 9-24, 9-28, 9-29 (9-25 中秋). B(5): 9-30, 10-08, 10-09, 10-10 (Sat, 调休), 10-12. C(2): 10-13, 10-14
        Schedule s = scheduler.baseline(List.of(item("A", 3), item("B", 5, "A"), item("C", 2, "B")),
                d("2026-09-24"));
        assertEquals(d("2026-09-29"), s.item("A").finish());
        assertEquals(d("2026-09-30"), s.item("B").start());
        assertEquals(d("2026-10-12"), s.item("B").finish());
        assertEquals(d("2026-10-13"), s.item("C").start());
        assertEquals(d("2026-10-14"), s.completion());
        assertEquals(10, s.totalWorkingDays());
        assertEquals(List.of("A", "B", "C"), s.criticalPath());
    }

    @Test
    void fifteenWorkingDaysFromTheDayBeforeTheHoliday() throws Exception {
        // 15 working days from 9-24: 24, 28, 29, 30, 8, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21 -> 10-21
        Schedule s = scheduler.baseline(List.of(item("A", 15)), d("2026-09-24"));
        assertEquals(d("2026-10-21"), s.completion());
        assertEquals(15, s.totalWorkingDays());
    }

    @Test
    void projectStartsOnAHolidayOrOnTheMakeUpSunday() throws Exception {
        // 10-01 is 国庆节: the first working day after it is 10-08
        assertEquals(d("2026-10-08"), scheduler.baseline(List.of(item("A", 1)), d("2026-10-01")).item("A").start());
        // Saturday 9-19 is a rest day, Sunday 9-20 a 调休 working day: start on Sunday; A(2) 9-20, 9-21
        Schedule s = scheduler.baseline(List.of(item("A", 2)), d("2026-09-19"));
        assertEquals(d("2026-09-20"), s.item("A").start());
        assertEquals(d("2026-09-21"), s.item("A").finish());
    }

    @Test
    void slackAcrossTheHoliday() throws Exception {
        // A(3) 9-24..9-29; B(5) 9-30..10-12; D(4) after A: 9-30, 10-08, 10-09, 10-10; E(1) after B and D: 10-13.
        // D latest finish 10-12, latest start 10-12 - 3 working days = 10-08: slack (9-30, 10-08] = 1 working day
        Schedule s = scheduler.baseline(List.of(item("A", 3), item("B", 5, "A"), item("D", 4, "A"),
                item("E", 1, "B", "D")), d("2026-09-24"));
        assertEquals(d("2026-10-10"), s.item("D").finish());
        assertEquals(d("2026-10-08"), s.item("D").latestStart());
        assertEquals(d("2026-10-12"), s.item("D").latestFinish());
        assertEquals(1, s.item("D").slackDays());
        assertFalse(s.item("D").critical());
        assertEquals(d("2026-10-13"), s.completion());
        assertEquals(List.of("A", "B", "E"), s.criticalPath());
    }

    @Test
    void simulatedApprovalOverTheHoliday() throws Exception {
        // A(3) 9-24..9-29; B(2, 模拟审批) starts with A on 9-24, two days would end 9-28, issued the day after A: 9-30.
        // C(3): 10-08, 10-09, 10-10. Without: B 9-30, 10-08; C 10-09, 10-10, 10-12 -> gain 1 working day (10-12)
        Schedule s = scheduler.baseline(List.of(item("A", 3), new PlanItem("B", 2, Set.of("A"), true),
                item("C", 3, "B")), d("2026-09-24"));
        assertEquals(d("2026-09-24"), s.item("B").start());
        assertEquals(d("2026-09-30"), s.item("B").finish());
        assertEquals(d("2026-10-10"), s.completion());
        assertEquals(d("2026-10-12"), s.completionWithoutSimulatedApproval());
        assertEquals(1, s.simulatedApprovalGainDays());
    }

    @Test
    void aPermitIssuedEarlySavesDaysAgainstTheBaseline() throws Exception {
        // baseline: A(10) from 9-14: 14..18, 20 (Sun, 调休), 21..24 -> 9-24; P(20) from 9-28: 28, 29, 30 (3),
        // 10-08, 09, 10 (6), 12..16 (11), 19..23 (16), 26..29 (20) -> 10-29; Q(1) 10-30.
        // Actual: P issued on 10-21, forecast on 10-21: Q 10-22: six working days saved (23, 26, 27, 28, 29, 30)
        List<PlanItem> plan = List.of(item("A", 10), item("P", 20, "A"), item("Q", 1, "P"));
        Schedule base = scheduler.baseline(plan, d("2026-09-14"));
        assertEquals(d("2026-09-24"), base.item("A").finish());
        assertEquals(d("2026-10-29"), base.item("P").finish());
        assertEquals(d("2026-10-30"), base.completion());
        Schedule now = scheduler.schedule(List.of(plan.get(0).withActuals(d("2026-09-14"), d("2026-09-24")),
                plan.get(1).withActuals(d("2026-09-28"), d("2026-10-21")), plan.get(2)), d("2026-09-14"),
                d("2026-10-21"));
        assertEquals(d("2026-10-22"), now.completion());
        assertEquals(6, now.daysSavedAgainst(base));
        assertEquals(-6, now.delayAgainst(base, "P"));
        assertEquals(0, now.delayAgainst(base, "A"));
    }
}
