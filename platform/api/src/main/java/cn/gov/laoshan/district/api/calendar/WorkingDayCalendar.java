package cn.gov.laoshan.district.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Working days in Qingdao (Laoshan District): Monday to Friday, except statutory holidays and the rest days of
 * the State Council's holiday arrangement (放假); Saturdays and Sundays are rest days, except the adjusted working
 * days (调休上班) of that arrangement. An OSGi service of the platform; reading it needs no permission and is
 * answered from memory.
 *
 * <p><b>How days are counted.</b> A period of working days never counts its first day: the day of the
 * application (or of any other start event) is day 0, whatever kind of day it is, and counting begins with the
 * next working day. This is the rule of Chinese procedure law for periods ("期间开始的日，不计算在期间内") applied
 * to working days; because only working days are counted, a period never ends on a rest day. So
 * {@code addWorkingDays(d, n)} is the n-th working day after {@code d} and
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
 *
 * <p>Years for which no arrangement is loaded ({@link #knowsYear}) follow the plain weekday rule: a date computed
 * over such a year is <em>provisional</em> ({@link #provisional}) — screens mark it "按周末估算" / "estimated from
 * weekends" — and is computed again when the year's arrangement is entered ({@link CalendarDependent}).
 */
@ProviderType
public interface WorkingDayCalendar {

    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code n}-th working day after {@code start} ({@code start} itself is not counted). {@code n == 0} returns
     * {@code start}; a negative {@code n} counts backwards (the |n|-th working day before {@code start}).
     */
    LocalDate addWorkingDays(LocalDate start, int n);

    /**
     * The last day of a period of {@code workingDays} working days that starts with an application (or decision,
     * receipt, ...) on {@code applied}: counting starts on the next day, so "15 working days from the application
     * of 2026-02-12" ends on 2026-03-11 (the Spring Festival holiday and its 调休 Saturdays counted right). The same as {@link #addWorkingDays} with {@code workingDays > 0}.
     *
     * @throws IllegalArgumentException if {@code workingDays < 1}
     */
    LocalDate deadline(LocalDate applied, int workingDays);

    /**
     * The working days after {@code from} up to and including {@code to}: the days in {@code (from, to]}, the
     * inverse of {@link #addWorkingDays}. Negative when {@code to} is before {@code from}; 0 when equal.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The Chinese name of the holiday {@code date} belongs to ({@code 春节}, {@code 国庆节}), if it is a holiday. */
    Optional<String> holidayName(LocalDate date);

    /** The entry for {@code date} if it is a holiday or an adjusted working day. */
    Optional<SpecialDay> specialDay(LocalDate date);

    /** Holidays and adjusted working days of a year, in date order. */
    List<SpecialDay> specialDays(int year);

    /** Whether the holiday arrangement of {@code year} is loaded (else only weekends are rest days). */
    boolean knowsYear(int year);

    /**
     * Whether a date computed over the days from {@code from} to {@code to} (both included, in either order) is
     * provisional: some year in between has no loaded arrangement, so it was counted with weekends only. Screens
     * mark such a date; it is computed again when the arrangement is entered.
     *
     * @since 1.1.0
     */
    default boolean provisional(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return false;
        }
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        for (int year = first; year <= last; year++) {
            if (!knowsYear(year)) {
                return true;
            }
        }
        return false;
    }
}
