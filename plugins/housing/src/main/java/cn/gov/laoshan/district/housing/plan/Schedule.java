package cn.gov.laoshan.district.housing.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * A scheduled plan, made by {@link PlanScheduler}. Immutable.
 *
 * @param items                              every item's dates, in topological order (prerequisites first; among
 *                                           items free at the same time, input order)
 * @param criticalPath                       keys of one critical chain, from its first item to the item finishing
 *                                           last, each a prerequisite of the next
 * @param start                              the earliest item start (projectStart moved to a working day when the
 *                                           plan is empty)
 * @param completion                         the latest item finish (forecast completion)
 * @param totalWorkingDays                   working days from {@code start} to {@code completion}, both included
 *                                           (0 for an empty plan)
 * @param completionWithoutSimulatedApproval the completion had no item used simulated approval (模拟审批)
 * @param simulatedApprovalGainDays          working days {@code completion} is before {@code
 *                                           completionWithoutSimulatedApproval}, {@code >= 0}
 * @param calendar                           the calendar the schedule was computed with, used to count working
 *                                           days in {@link #delayAgainst} and {@link #daysSavedAgainst}; {@code
 *                                           null} counts Monday to Friday
 */
public record Schedule(Map<String, ItemSchedule> items, List<String> criticalPath, LocalDate start,
                       LocalDate completion, int totalWorkingDays, LocalDate completionWithoutSimulatedApproval,
                       int simulatedApprovalGainDays, WorkingDayCalendar calendar) {

    /** Copies the map (keeping its order) and the list. */
    public Schedule {
        Objects.requireNonNull(items, "items");
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        criticalPath = List.copyOf(criticalPath);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(completionWithoutSimulatedApproval, "completionWithoutSimulatedApproval");
    }

    /** A schedule without a calendar: {@link #delayAgainst} and {@link #daysSavedAgainst} count Monday to Friday. */
    public Schedule(Map<String, ItemSchedule> items, List<String> criticalPath, LocalDate start,
                    LocalDate completion, int totalWorkingDays, LocalDate completionWithoutSimulatedApproval,
                    int simulatedApprovalGainDays) {
        this(items, criticalPath, start, completion, totalWorkingDays, completionWithoutSimulatedApproval,
                simulatedApprovalGainDays, null);
    }

    /**
     * The dates of one item.
     *
     * @throws IllegalArgumentException if the plan has no item {@code key}
     */
    public ItemSchedule item(String key) {
        ItemSchedule item = items.get(key);
        if (item == null) {
            throw new IllegalArgumentException("no plan item " + key);
        }
        return item;
    }

    /**
     * Working days this schedule's item {@code key} finishes after the baseline's (positive = late; negative =
     * ahead; 0 when the baseline has no such item, e.g. one added by tailoring after the baseline was made).
     *
     * @throws IllegalArgumentException if this schedule has no item {@code key}
     */
    public int delayAgainst(Schedule baseline, String key) {
        ItemSchedule mine = item(key);
        ItemSchedule planned = baseline.items().get(key);
        if (planned == null) {
            return 0;
        }
        return between(planned.finish(), mine.finish());
    }

    /**
     * Working days the completion is ahead of the baseline's (positive = saved, e.g. a permit issued early;
     * negative = the project is late).
     */
    public int daysSavedAgainst(Schedule baseline) {
        return between(completion, baseline.completion());
    }

    private int between(LocalDate from, LocalDate to) {
        if (calendar != null) {
            return calendar.workingDaysBetween(from, to);
        }
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
