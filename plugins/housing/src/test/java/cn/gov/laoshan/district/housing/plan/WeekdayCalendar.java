package cn.gov.laoshan.district.housing.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.calendar.SpecialDay;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/** Test double: Monday to Friday are working days, except the given holidays. Counts calls, for the cost tests. */
final class WeekdayCalendar implements WorkingDayCalendar {

    private final Set<LocalDate> holidays;
    int calls;

    WeekdayCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        calls++;
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        calls++;
        int step = n >= 0 ? 1 : -1;
        LocalDate day = start;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (working(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public LocalDate deadline(LocalDate applied, int workingDays) {
        return addWorkingDays(applied, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        calls++;
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day)) {
                count++;
            }
        }
        return count;
    }

    private boolean working(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return Optional.empty();
    }

    @Override
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.empty();
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
        return List.of();
    }

    @Override
    public boolean knowsYear(int year) {
        return false;
    }
}
