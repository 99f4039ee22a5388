package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.plan.PlanItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;
import cn.gov.laoshan.district.housing.service.PlanView.StageSummary;

/**
 * A stored plan as the screens and the figures see it: scheduled on the working-day calendar from the project's
 * start with the actual dates and today taken into account, beside the baseline as stored; and its stage summary.
 */
final class PlanViews {

    private final WorkingDayCalendar calendar;
    private final PlanScheduler scheduler;
    private final Supplier<LocalDate> today;

    PlanViews(WorkingDayCalendar calendar, PlanScheduler scheduler, Supplier<LocalDate> today) {
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.today = today;
    }

    /** The stage summary table of a plan. */
    List<StageSummary> stages(PlanView plan) {
        List<StageSummary> result = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<PlanItemRecord> in = plan.items().stream().filter(i -> i.stage() == s).toList();
            if (in.isEmpty()) {
                continue;
            }
            LocalDate baseline = in.stream().map(PlanItemRecord::baselineFinish).filter(d -> d != null)
                    .max(LocalDate::compareTo).orElse(null);
            LocalDate forecast = in.stream().map(i -> plan.forecast().item(i.key()).finish()).max(LocalDate::compareTo)
                    .orElseThrow();
            int delay = baseline == null ? 0 : calendar.workingDaysBetween(baseline, forecast);
            result.add(new StageSummary(s, in.size(), (int) in.stream().filter(PlanItemRecord::finished).count(),
                    baseline, forecast, delay));
        }
        return result;
    }

    /** The plan of {@code p} with {@code items}: its forecast from today, its stored baseline, the delays. */
    PlanView of(Project p, List<PlanItemRecord> items) {
        Schedule forecast;
        try {
            forecast = scheduler.schedule(toPlan(items), p.startDate(), today.get());
        } catch (CyclicPlanException e) {
            throw new IllegalStateException("stored plan of " + p.code() + " is cyclic: " + e.getMessage(), e);
        }
        Schedule baseline = storedBaseline(p, items);
        Map<String, Integer> delays = new LinkedHashMap<>();
        for (PlanItemRecord i : items) {
            if (i.baselineFinish() != null) {
                delays.put(i.key(), calendar.workingDaysBetween(i.baselineFinish(), forecast.item(i.key()).finish()));
            }
        }
        return new PlanView(p, items, forecast, baseline, delays, today.get());
    }

    /** The baseline as stored when the plan was made (or last re-baselined), as a schedule to compare with. */
    private Schedule storedBaseline(Project p, List<PlanItemRecord> items) {
        if (p.baselineCompletion() == null) {
            return null;
        }
        Map<String, ItemSchedule> map = new LinkedHashMap<>();
        for (PlanItemRecord i : items) {
            if (i.baselineStart() != null) {
                map.put(i.key(), new ItemSchedule(i.key(), i.baselineStart(), i.baselineFinish(), i.baselineStart(),
                        i.baselineFinish(), 0, false, false, false));
            }
        }
        LocalDate start = map.values().stream().map(ItemSchedule::start).min(LocalDate::compareTo)
                .orElse(p.startDate());
        return new Schedule(map, List.of(), start, p.baselineCompletion(),
                calendar.workingDaysBetween(start, p.baselineCompletion()) + 1, p.baselineCompletion(), 0, calendar);
    }

    static List<PlanItem> toPlan(List<PlanItemRecord> items) {
        return items.stream().map(i -> new PlanItem(i.key(), i.durationDays(), i.prerequisites(), i.simulated(),
                i.actualStart(), i.actualFinish())).toList();
    }
}
