package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;

/**
 * The calendar of {@code years} changed: the stored baselines that reach into them were counted with another
 * calendar and are counted again from the plan's start (plans that were re-baselined by hand are left alone: their
 * baseline is a decision, not a computation). Items added while tailoring keep their empty baseline. Runs as
 * the calendar's change, without a permission check; returns how many plans moved.
 */
final class BaselineRecompute {

    private final HousingRepository repository;
    private final Timeline timeline;
    private final PlanScheduler scheduler;

    BaselineRecompute(HousingRepository repository, Timeline timeline, PlanScheduler scheduler) {
        this.repository = repository;
        this.timeline = timeline;
        this.scheduler = scheduler;
    }

    int recompute(Set<Integer> years) {
        int moved = 0;
        for (Project p : repository.projects().list(ProjectFilter.all(), "code", true, 0,
                Integer.MAX_VALUE)) {
            if (p.baselineCompletion() == null || p.startDate() == null || !reaches(p, years)
                    || timeline.of(ProjectService.SOURCE, ProjectService.RECORD_TYPE, p.code()).stream()
                            .anyMatch(e -> "rebaseline".equals(e.action()))) {
                continue;
            }
            List<PlanItemRecord> items = repository.projects().planItems(p.id());
            Schedule computed;
            try {
                computed = scheduler.baseline(PlanViews.toPlan(items), p.startDate());
            } catch (CyclicPlanException | IllegalArgumentException e) {
                continue;
            }
            List<PlanItemRecord> recounted = items.stream().map(i -> i.baselineFinish() == null ? i
                    : i.withBaseline(computed.item(i.key()).start(), computed.item(i.key()).finish())).toList();
            LocalDate completion = recounted.stream().map(PlanItemRecord::baselineFinish)
                    .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(p.baselineCompletion());
            if (recounted.equals(items) && completion.equals(p.baselineCompletion())) {
                continue;
            }
            Project changed = new Project(p.id(), p.code(), p.name(), p.investorUscc(), p.investorName(), p.kind(),
                    p.level(), p.amountWan(), p.location(), p.teamName(), p.leadLogin(), p.leadName(),
                    p.teamMembers(), p.status(), p.startDate(), p.templateId(), completion, p.baselinedOn(),
                    p.createdAt(), p.createdBy());
            repository.jdbi().useTransaction(h -> {
                repository.projects().replacePlan(h, p.id(), recounted);
                repository.projects().update(h, changed);
            });
            timeline.record(ProjectService.SOURCE, ProjectService.RECORD_TYPE, p.code(), "baseline-recomputed", p.status().name(),
                    p.status().name(), p.baselineCompletion() + " → " + completion);
            moved++;
        }
        return moved;
    }

    private static boolean reaches(Project p, Set<Integer> years) {
        for (int y = p.startDate().getYear(); y <= p.baselineCompletion().getYear() + 1; y++) {
            if (years.contains(y)) {
                return true;
            }
        }
        return false;
    }
}
