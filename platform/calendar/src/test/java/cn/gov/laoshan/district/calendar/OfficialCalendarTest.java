package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/** The official calendar of tests: the shipped arrangement, and days an administrator enters on top. */
class OfficialCalendarTest {

    @Test
    void theShippedArrangementAndNothingElse() {
        WorkingDayCalendar calendar = OfficialSchedules.calendar();
        assertEquals(OfficialSchedules.days(2026), calendar.specialDays(2026));
        assertTrue(calendar.knowsYear(2026));
        assertFalse(calendar.knowsYear(2027), "a year not shipped counts weekends only");
        assertEquals(Optional.of("春节"), calendar.holidayName(LocalDate.of(2026, 2, 17)));
    }

    @Test
    void enteredDaysAddTheirYear() {
        SpecialDay newYear = new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦", "New Year's Day");
        WorkingDayCalendar calendar = OfficialSchedules.calendar(newYear);
        assertTrue(calendar.knowsYear(2027));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(OfficialSchedules.days(2026), calendar.specialDays(2026), "the shipped year unchanged");
    }
}
