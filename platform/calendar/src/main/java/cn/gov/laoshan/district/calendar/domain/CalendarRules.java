package cn.gov.laoshan.district.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.calendar.DayKind;
import cn.gov.laoshan.district.api.calendar.SpecialDay;

/**
 * An immutable snapshot of the calendar: the special days and the years whose arrangement is known. All
 * arithmetic of {@link cn.gov.laoshan.district.api.calendar.WorkingDayCalendar} is here, in memory; the service
 * swaps the snapshot when an administrator edits a day.
 */
public final class CalendarRules {

    private final Map<LocalDate, SpecialDay> days;
    private final Set<Integer> knownYears;

    public CalendarRules(Collection<SpecialDay> specialDays, Set<Integer> knownYears) {
        TreeMap<LocalDate, SpecialDay> map = new TreeMap<>();
        for (SpecialDay day : specialDays) {
            map.put(day.date(), day);
        }
        this.days = map;
        this.knownYears = Set.copyOf(knownYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        SpecialDay special = days.get(date);
        if (special != null) {
            return special.kind() == DayKind.ADJUSTED_WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        java.util.Objects.requireNonNull(start, "start");
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    public LocalDate deadline(LocalDate applied, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline needs at least 1 working day: " + workingDays);
        }
        return addWorkingDays(applied, workingDays);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public Optional<String> holidayName(LocalDate date) {
        return specialDay(date).filter(d -> d.kind() == DayKind.HOLIDAY).map(SpecialDay::nameZh);
    }

    public List<SpecialDay> specialDays(int year) {
        return ((TreeMap<LocalDate, SpecialDay>) days)
                .subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values().stream().toList();
    }

    public boolean knowsYear(int year) {
        return knownYears.contains(year);
    }

    public Set<Integer> years() {
        Set<Integer> years = days.keySet().stream().map(LocalDate::getYear).collect(Collectors.toCollection(java.util.TreeSet::new));
        years.addAll(knownYears);
        return years;
    }

    /** Working days in a year, for the screen's summary. */
    public int workingDaysIn(int year) {
        return workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));
    }
}
