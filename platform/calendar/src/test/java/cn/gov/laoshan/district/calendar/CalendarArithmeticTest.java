package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * The number-based arithmetic of {@link CalendarRules} agrees with counting day by day — the definition — on the
 * official 2026 arrangement plus odd edits an administrator could make (holidays on weekends, working weekdays
 * marked as adjusted, a long invented holiday), for random dates and counts in both directions.
 */
class CalendarArithmeticTest {

    @Test
    void agreesWithCountingDayByDay() {
        List<SpecialDay> days = new ArrayList<>(OfficialSchedules.days(2026));
        days.add(new SpecialDay(LocalDate.of(2025, 12, 27), DayKind.HOLIDAY, "周六放假", ""));
        days.add(new SpecialDay(LocalDate.of(2027, 3, 3), DayKind.ADJUSTED_WORKDAY, "周三调休", ""));
        for (int i = 0; i < 20; i++) {
            days.add(new SpecialDay(LocalDate.of(2027, 7, 1).plusDays(i), DayKind.HOLIDAY, "长假", ""));
        }
        days.add(new SpecialDay(LocalDate.of(2027, 7, 24), DayKind.ADJUSTED_WORKDAY, "调休上班", ""));
        CalendarRules rules = new CalendarRules(days, Set.of(2026, 2027));
        Random random = new Random(20261127);
        LocalDate base = LocalDate.of(2025, 6, 1);
        for (int i = 0; i < 5_000; i++) {
            LocalDate start = base.plusDays(random.nextInt(1000));
            int n = random.nextInt(601) - 300;
            LocalDate expected = countDayByDay(rules, start, n);
            assertEquals(expected, rules.addWorkingDays(start, n), () -> "addWorkingDays(" + start + ", " + n + ")");
            LocalDate other = base.plusDays(random.nextInt(1000));
            assertEquals(betweenDayByDay(rules, start, other), rules.workingDaysBetween(start, other),
                    () -> "workingDaysBetween(" + start + ", " + other + ")");
            if (n != 0) {
                assertTrue(rules.isWorkingDay(rules.addWorkingDays(start, n)));
            }
        }
    }

    private static LocalDate countDayByDay(CalendarRules rules, LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (rules.isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    private static int betweenDayByDay(CalendarRules rules, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -betweenDayByDay(rules, to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (rules.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
