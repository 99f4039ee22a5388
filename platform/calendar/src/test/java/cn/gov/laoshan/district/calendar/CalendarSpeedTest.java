package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/** The in-memory evaluation is cheap enough to call for every row of a list (figure printed for docs). */
class CalendarSpeedTest {

    @Test
    void aDeadlineTakesMicroseconds() {
        CalendarRules rules = new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));
        LocalDate start = LocalDate.of(2026, 1, 1);
        long sum = 0;
        for (int warm = 0; warm < 20_000; warm++) {
            sum += rules.deadline(start.plusDays(warm % 300), 15).getDayOfMonth();
        }
        int n = 100_000;
        long begin = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sum += rules.deadline(start.plusDays(i % 300), 15).getDayOfMonth();
        }
        double micros = (System.nanoTime() - begin) / 1000.0 / n;
        System.out.printf("deadline(d, 15): %.2f µs per call (%d calls)%n", micros, n);
        assertTrue(sum > 0);
        assertTrue(micros < 200, "deadline took " + micros + " µs");
        assertEquals(LocalDate.of(2026, 3, 11), rules.deadline(LocalDate.of(2026, 2, 12), 15));
    }
}
