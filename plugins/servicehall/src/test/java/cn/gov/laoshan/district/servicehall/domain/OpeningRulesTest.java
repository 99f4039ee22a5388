package cn.gov.laoshan.district.servicehall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/** Opening days and slots on the official 2026 arrangement: holidays, 调休 Saturdays and Sundays, plain Saturdays. */
class OpeningRulesTest {

    private static final WorkingDayCalendar CALENDAR = OfficialSchedules.calendar();
    private static final List<Period> WEEKDAY = List.of(period("09:00", "12:00"), period("13:30", "17:00"));
    private static final List<Period> FRIDAY = List.of(period("09:00", "12:00"), period("13:30", "16:00"));
    private static final List<Period> SATURDAY = List.of(period("09:00", "12:00"));

    private static final Hall CENTRE = new Hall("ZX", "崂山区政务服务中心", HallLevel.DISTRICT, "", 30, null,
            Map.of(DayOfWeek.MONDAY, WEEKDAY, DayOfWeek.TUESDAY, WEEKDAY, DayOfWeek.WEDNESDAY, WEEKDAY,
                    DayOfWeek.THURSDAY, WEEKDAY, DayOfWeek.FRIDAY, FRIDAY, DayOfWeek.SATURDAY, SATURDAY),
            EnumSet.of(ItemGroup.EXIT, ItemGroup.ESTATE, ItemGroup.GENERAL));
    private static final Hall NO_SATURDAYS = new Hall("WGZ", "王哥庄街道便民服务中心", HallLevel.STREET, "", 30, null,
            Map.of(DayOfWeek.MONDAY, WEEKDAY, DayOfWeek.FRIDAY, FRIDAY), EnumSet.of(ItemGroup.SOCIAL));
    private static final Hall STATION = new Hall("JJL-01", "株洲路社区便民服务站", HallLevel.COMMUNITY, "", 30, null,
            Map.of(DayOfWeek.MONDAY, WEEKDAY), EnumSet.of(ItemGroup.GENERAL, ItemGroup.SOCIAL));

    private static final ServiceItem PASSPORT = item("CRJ-001", ItemGroup.EXIT, Channel.WINDOW, Channel.SATURDAY,
            Channel.ANY_HALL);
    private static final ServiceItem FIRST_REGISTRATION = item("BDC-001", ItemGroup.ESTATE, Channel.WINDOW);

    private static Period period(String opens, String closes) {
        return new Period(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static ServiceItem item(String code, ItemGroup group, Channel... channels) {
        return new ServiceItem(code, code, "区", group, 20, 5, Set.of(channels), false, Yuan.ZERO, List.of(), true);
    }

    private static Opening open(Hall hall, String date) {
        return OpeningRules.of(hall, LocalDate.parse(date), CALENDAR);
    }

    @Test
    void aPlainWeekdayOpensWithItsOwnHoursAndSlotsEndByTheClose() {
        Opening monday = open(CENTRE, "2026-03-02");
        assertEquals(Opening.Kind.WORKING, monday.kind());
        // 9:00–12:00 and 13:30–17:00 in 30 minutes: 6 + 7
        assertEquals(13, monday.slots(30).size());
        assertEquals(LocalTime.parse("13:30"), monday.slots(30).get(6));
        assertEquals(LocalTime.parse("16:30"), monday.slots(30).get(12));
        assertEquals(11, open(CENTRE, "2026-03-06").slots(30).size(), "Friday closes at 16:00");
        assertEquals(List.of("09:00", "09:45", "10:30", "11:15", "13:30", "14:15", "15:00", "15:45"),
                monday.slots(45).stream().map(LocalTime::toString).toList());
        assertTrue(monday.admits(FIRST_REGISTRATION));
    }

    @Test
    void aPlainSaturdayOpensForTheSaturdayItemsOnlyInTheSaturdayHours() {
        Opening saturday = open(CENTRE, "2026-03-07");
        assertEquals(Opening.Kind.SATURDAY, saturday.kind());
        assertEquals(6, saturday.slots(30).size());
        assertTrue(saturday.admits(PASSPORT));
        assertFalse(saturday.admits(FIRST_REGISTRATION));
        assertEquals(Opening.Kind.CLOSED, open(NO_SATURDAYS, "2026-03-07").kind(), "a hall without Saturday hours");
        assertEquals(Opening.Kind.CLOSED, open(CENTRE, "2026-03-08").kind(), "Sunday");
    }

    @Test
    void anAdjustedWorkingSaturdayOrSundayIsAWeekdayForEveryItemInTheMondayHours() {
        for (String date : List.of("2026-02-14", "2026-02-28", "2026-05-09", "2026-10-10", "2026-09-20", "2026-01-04")) {
            Opening adjusted = open(CENTRE, date);
            assertEquals(Opening.Kind.WORKING, adjusted.kind(), date);
            assertEquals(WEEKDAY, adjusted.periods(), date);
            assertTrue(adjusted.admits(FIRST_REGISTRATION), date);
            assertTrue(adjusted.reason().endsWith("调休上班"), adjusted.reason());
        }
        // a hall without Saturday hours opens on a 调休 Saturday too: it is a working day
        assertEquals(Opening.Kind.WORKING, open(NO_SATURDAYS, "2026-02-14").kind());
    }

    @Test
    void holidaysAreClosedAlsoWhenTheyFallOnASaturday() {
        for (String date : List.of("2026-01-01", "2026-01-03", "2026-02-21", "2026-05-02", "2026-09-25",
                "2026-09-26", "2026-10-03", "2026-10-05")) {
            Opening holiday = open(CENTRE, date);
            assertEquals(Opening.Kind.CLOSED, holiday.kind(), date);
            assertTrue(holiday.slots(30).isEmpty(), date);
            assertFalse(holiday.admits(PASSPORT), date);
        }
        assertEquals("国庆节", open(CENTRE, "2026-10-03").reason());
        // 10-10 is a 调休 working Saturday, 10-17 a plain Saturday again
        assertEquals(Opening.Kind.SATURDAY, open(CENTRE, "2026-10-17").kind());
    }

    @Test
    void aHallTakesItsOwnGroupsAndAnyHallItemsAtItsGeneralWindows() {
        assertEquals(ItemGroup.EXIT, CENTRE.groupFor(PASSPORT));
        assertEquals(ItemGroup.GENERAL, STATION.groupFor(PASSPORT), "全域通办 at the general window");
        assertNull(STATION.groupFor(FIRST_REGISTRATION), "not 全域通办 and no estate window");
        assertNull(NO_SATURDAYS.groupFor(PASSPORT), "no general window");
    }
}
