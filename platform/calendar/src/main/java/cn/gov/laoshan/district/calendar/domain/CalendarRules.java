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
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * An immutable snapshot of the calendar: the special days and the years whose arrangement is known. All
 * arithmetic of {@link cn.gov.laoshan.district.api.calendar.WorkingDayCalendar} is here, in memory; the service
 * swaps the snapshot when an administrator edits a day. A snapshot is itself a {@code WorkingDayCalendar}, so a test
 * or a benchmark can use the official arrangements without the database the service loads them from.
 *
 * <p>Arithmetic is on a working-day number: the Mondays-to-Fridays up to a date (closed form) corrected by the
 * special days up to it (a holiday on a weekday takes one away, a 调休 working weekend day adds one; a prefix sum
 * found by binary search). Counting between two dates is a subtraction and adding n working days a binary search
 * over dates, so a planning run that asks thousands of such questions over years does not walk day by day.
 */
public final class CalendarRules implements WorkingDayCalendar {

    private final Map<LocalDate, SpecialDay> days;
    private final Set<Integer> knownYears;
    /** Epoch days of the special days that change the plain weekday count, ascending. */
    private final long[] correctionDays;
    /** {@code cumulative[i]}: the sum of the corrections of {@code correctionDays[0..i]}. */
    private final int[] cumulative;

    public CalendarRules(Collection<SpecialDay> specialDays, Set<Integer> knownYears) {
        TreeMap<LocalDate, SpecialDay> map = new TreeMap<>();
        for (SpecialDay day : specialDays) {
            map.put(day.date(), day);
        }
        this.days = map;
        this.knownYears = Set.copyOf(knownYears);
        List<SpecialDay> corrections = map.values().stream().filter(d -> correction(d) != 0).toList();
        this.correctionDays = new long[corrections.size()];
        this.cumulative = new int[corrections.size()];
        int sum = 0;
        for (int i = 0; i < corrections.size(); i++) {
            correctionDays[i] = corrections.get(i).date().toEpochDay();
            sum += correction(corrections.get(i));
            cumulative[i] = sum;
        }
    }

    private static int correction(SpecialDay day) {
        boolean weekend = isWeekend(day.date());
        if (day.kind() == DayKind.HOLIDAY) {
            return weekend ? 0 : -1;
        }
        return weekend ? 1 : 0;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /**
     * The working-day number of the day {@code epochDay}: it grows by one exactly on working days, so the working
     * days in {@code (a, b]} are {@code ordinal(b) - ordinal(a)}. Its origin is arbitrary (Monday 1970-01-05).
     */
    private long ordinal(long epochDay) {
        long fromMonday = epochDay - 4; // 1970-01-05 (epoch day 4) was a Monday
        long weeks = Math.floorDiv(fromMonday, 7);
        long dayOfWeek = Math.floorMod(fromMonday, 7); // 0 = Monday .. 6 = Sunday
        long weekdays = weeks * 5 + Math.min(dayOfWeek + 1, 5);
        int index = java.util.Arrays.binarySearch(correctionDays, epochDay);
        int last = index >= 0 ? index : -index - 2; // the last correction on or before the day
        return weekdays + (last >= 0 ? cumulative[last] : 0);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        SpecialDay special = days.get(date);
        if (special != null) {
            return special.kind() == DayKind.ADJUSTED_WORKDAY;
        }
        return !isWeekend(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int n) {
        java.util.Objects.requireNonNull(start, "start");
        if (n == 0) {
            return start;
        }
        long s = start.toEpochDay();
        if (n > 0) {
            // the first day after start whose number is n more than start's is the n-th working day after it
            return firstDayReaching(ordinal(s) + n, s + 1, 1);
        }
        // the |n|-th working day before start: |n| - 1 working days lie in (d, start - 1] and d itself is one
        return firstDayReaching(ordinal(s - 1) + n + 1, s - 1, -1);
    }

    /**
     * The earliest day whose working-day number reaches {@code target}; searching forwards from {@code from}
     * ({@code direction} 1) or backwards ({@code -1}, where {@code from}'s number is at least the target). The
     * number never falls as days pass, so the first day reaching it is a working day: the one asked for.
     */
    private LocalDate firstDayReaching(long target, long from, int direction) {
        long lo;
        long hi;
        long span = 16;
        if (direction > 0) {
            lo = from;
            hi = from + span;
            while (ordinal(hi) < target) {
                lo = hi + 1;
                span *= 2;
                hi = from + span;
            }
        } else {
            hi = from;
            lo = from - span;
            while (ordinal(lo) >= target) {
                hi = lo;
                span *= 2;
                lo = from - span;
            }
        }
        while (lo < hi) { // smallest day in [lo, hi] with ordinal >= target
            long mid = lo + (hi - lo) / 2;
            if (ordinal(mid) >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    @Override
    public LocalDate deadline(LocalDate applied, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline needs at least 1 working day: " + workingDays);
        }
        return addWorkingDays(applied, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return Math.toIntExact(ordinal(to.toEpochDay()) - ordinal(from.toEpochDay()));
    }

    @Override
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    @Override
    public Optional<String> holidayName(LocalDate date) {
        return specialDay(date).filter(d -> d.kind() == DayKind.HOLIDAY).map(SpecialDay::nameZh);
    }

    @Override
    public List<SpecialDay> specialDays(int year) {
        return ((TreeMap<LocalDate, SpecialDay>) days)
                .subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values().stream().toList();
    }

    @Override
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
