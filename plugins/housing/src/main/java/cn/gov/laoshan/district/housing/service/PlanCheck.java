package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;

/**
 * A plan is checked by scheduling it before anything of it is stored ({@link PlanService}): a prerequisite that is
 * not an item of the plan, a cycle (named with the items' names) or a plan the scheduler cannot lay out is refused
 * with the reason, at the field the user changed.
 */
final class PlanCheck {

    private final PlanScheduler scheduler;

    PlanCheck(PlanScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** The baseline schedule of a new plan from {@code start}; refused when the plan cannot be scheduled. */
    Schedule baseline(List<PlanItemRecord> items, LocalDate start) {
        try {
            return scheduler.baseline(PlanViews.toPlan(items), start);
        } catch (CyclicPlanException e) {
            throw cycle(items, e);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("plan", "housing.error.plan-invalid", e.getMessage());
        }
    }

    /** Refuses a changed plan that names an unknown prerequisite or cannot be scheduled (a cycle). */
    void check(List<PlanItemRecord> items, LocalDate start, LocalDate today) {
        Set<String> keys = items.stream().map(PlanItemRecord::key).collect(Collectors.toSet());
        for (PlanItemRecord i : items) {
            for (String pre : i.prerequisites()) {
                if (!keys.contains(pre)) {
                    throw new RefusedException("prerequisites", "housing.error.unknown-prerequisite", i.key(), pre);
                }
            }
        }
        try {
            scheduler.schedule(PlanViews.toPlan(items), start, today);
        } catch (CyclicPlanException e) {
            throw cycle(items, e);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("plan", "housing.error.plan-invalid", e.getMessage());
        }
    }

    /** The refusal of a cyclic plan, naming the cycle with the items' names: B02 建设工程规划许可 → … → B02. */
    private static RefusedException cycle(List<PlanItemRecord> items, CyclicPlanException e) {
        Map<String, String> names = items.stream().collect(Collectors.toMap(PlanItemRecord::key, PlanItemRecord::name,
                (a, b) -> a));
        String named = e.cycle().stream().map(k -> k + " " + names.getOrDefault(k, ""))
                .map(String::trim).collect(Collectors.joining(" → "));
        return new RefusedException("prerequisites", "housing.error.cycle", named);
    }
}
