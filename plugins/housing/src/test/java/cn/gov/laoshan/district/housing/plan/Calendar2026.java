package cn.gov.laoshan.district.housing.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * The platform's real calendar arithmetic ({@link CalendarRules}, what {@code CalendarService} answers with) over
 * the shipped official 2026 arrangement ({@code official/2026.csv}), without the database the service loads it from.
 */
final class Calendar2026 implements WorkingDayCalendar {

    private final CalendarRules rules = new CalendarRules(OfficialSchedules.days(2026), Set.of(2026));

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return rules.isWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return rules.addWorkingDays(start, n);
    }

    @Override
    public LocalDate deadline(LocalDate applied, int workingDays) {
        return rules.deadline(applied, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return rules.workingDaysBetween(from, to);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return rules.holidayName(date);
    }

    @Override
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return rules.specialDay(date);
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
        return rules.specialDays(year);
    }

    @Override
    public boolean knowsYear(int year) {
        return rules.knowsYear(year);
    }
}
