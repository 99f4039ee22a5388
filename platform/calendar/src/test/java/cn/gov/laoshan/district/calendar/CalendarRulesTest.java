package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.calendar.domain.CalendarException;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.calendar.domain.SpecialDayValidator;

/** Known answers, worked out by hand from the State Council's 2026 arrangement. */
class CalendarRulesTest {

    private final CalendarRules rules = new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void the2026ArrangementHasItsHolidaysAndMakeUpDays() {
        List<SpecialDay> days = OfficialSchedules.days(2026);
        assertEquals(33, days.stream().filter(x -> x.kind() == DayKind.HOLIDAY).count());
        assertEquals(6, days.stream().filter(x -> x.kind() == DayKind.ADJUSTED_WORKDAY).count());
        assertTrue(OfficialSchedules.source(2026).contains("国务院办公厅关于2026年部分节假日安排的通知"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-01-01,false", "2026-01-04,true", "2026-01-05,true", "2026-01-10,false",
            "2026-02-13,true", "2026-02-14,true", "2026-02-15,false", "2026-02-23,false", "2026-02-24,true",
            "2026-02-28,true", "2026-03-01,false", "2026-04-06,false", "2026-05-05,false", "2026-05-09,true",
            "2026-06-19,false", "2026-09-20,true", "2026-09-25,false", "2026-10-07,false", "2026-10-08,true",
            "2026-10-10,true", "2026-10-11,false"})
    void workingDays(LocalDate date, boolean working) {
        assertEquals(working, rules.isWorkingDay(date), date.toString());
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Spring Festival: 2-14 (Sat) works, 2-15..2-23 off, 2-28 (Sat) works
            "2026-02-12, 1, 2026-02-13",
            "2026-02-12, 2, 2026-02-14",
            "2026-02-12, 3, 2026-02-24",
            "2026-02-12, 7, 2026-02-28",
            "2026-02-12, 15, 2026-03-11",
            "2026-02-16, 1, 2026-02-24",
            // National Day: 9-20 (Sun) works, 9-25..9-27 and 10-1..10-7 off, 10-10 (Sat) works
            "2026-09-18, 1, 2026-09-20",
            "2026-09-18, 3, 2026-09-22",
            "2026-09-28, 5, 2026-10-10",
            "2026-09-30, 1, 2026-10-08",
            // labour dispute: 15 working days from the application
            "2026-09-24, 15, 2026-10-22",
            "2026-10-03, 15, 2026-10-27",
            // New Year: 1-4 (Sun) works
            "2025-12-31, 1, 2026-01-04",
            // zero and backwards
            "2026-02-24, 0, 2026-02-24",
            "2026-02-24, -1, 2026-02-14",
            "2026-10-08, -1, 2026-09-30"})
    void addWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertEquals(expected, rules.addWorkingDays(start, n));
        if (n != 0) {
            assertEquals(n, rules.workingDaysBetween(start, expected), "workingDaysBetween is the inverse");
        }
    }

    @Test
    void deadlineStartsCountingTheNextDay() {
        assertEquals(d("2026-03-11"), rules.deadline(d("2026-02-12"), 15));
        // applied on a holiday: the period still starts the next working day
        assertEquals(d("2026-02-24"), rules.deadline(d("2026-02-15"), 1));
        assertThrows(IllegalArgumentException.class, () -> rules.deadline(d("2026-02-12"), 0));
    }

    @Test
    void workingDaysBetweenAcrossYearEnds() {
        // (2025-12-29, 2026-01-05]: 12-30, 12-31, 1-4 (Sun, works), 1-5
        assertEquals(4, rules.workingDaysBetween(d("2025-12-29"), d("2026-01-05")));
        assertEquals(-4, rules.workingDaysBetween(d("2026-01-05"), d("2025-12-29")));
        assertEquals(0, rules.workingDaysBetween(d("2026-01-01"), d("2026-01-01")));
        // 2027's arrangement is not loaded: only weekends rest, 2027-01-01 (Fri) counts ...
        assertFalse(rules.knowsYear(2027));
        assertEquals(3, rules.workingDaysBetween(d("2026-12-30"), d("2027-01-04")));
        // ... until an administrator enters it
        List<SpecialDay> days = new ArrayList<>(OfficialSchedules.days(2026));
        days.add(new SpecialDay(d("2027-01-01"), DayKind.HOLIDAY, "元旦", "New Year's Day"));
        CalendarRules edited = new CalendarRules(days, Set.of(2026));
        assertEquals(2, edited.workingDaysBetween(d("2026-12-30"), d("2027-01-04")));
        assertEquals(d("2027-01-04"), edited.addWorkingDays(d("2026-12-31"), 1));
    }

    @Test
    void yearTotals() {
        // 365 days - 104 weekend days - 33 holiday days + weekend holidays (1-3, 2-15, 2-21, 2-22, 4-4, 4-5, 5-2,
        // 5-3, 6-20, 6-21, 9-26, 9-27, 10-3, 10-4: 14) + 6 make-up days = 248
        assertEquals(248, rules.workingDaysIn(2026));
    }

    @Test
    void holidayNames() {
        assertEquals(Optional.of("春节"), rules.holidayName(d("2026-02-17")));
        assertEquals(Optional.of("国庆节"), rules.holidayName(d("2026-10-01")));
        assertEquals(Optional.of("中秋节"), rules.holidayName(d("2026-09-25")));
        assertEquals(Optional.empty(), rules.holidayName(d("2026-02-14")), "a make-up working day is no holiday");
        assertEquals(Optional.empty(), rules.holidayName(d("2026-03-02")));
        assertEquals(DayKind.ADJUSTED_WORKDAY, rules.specialDay(d("2026-02-14")).orElseThrow().kind());
    }

    @Test
    void validation() {
        assertEquals("calendar.error.workday-not-weekend", assertThrows(CalendarException.class,
                () -> SpecialDayValidator.validate(d("2026-03-02"), DayKind.ADJUSTED_WORKDAY, "调休", "")).key());
        assertEquals("calendar.error.name-required", assertThrows(CalendarException.class,
                () -> SpecialDayValidator.validate(d("2026-03-02"), DayKind.HOLIDAY, " ", "")).key());
        assertEquals("calendar.error.date-required", assertThrows(CalendarException.class,
                () -> SpecialDayValidator.validate(null, DayKind.HOLIDAY, "春节", "")).key());
        SpecialDayValidator.validate(d("2026-03-07"), DayKind.ADJUSTED_WORKDAY, "调休上班", "");
    }
}
