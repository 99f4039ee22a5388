package cn.gov.laoshan.district.housing.service;

import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;

/**
 * What a plan's progress leaves behind: every change on the project's timeline (and through it in the audit log),
 * and the milestones an actual date reaches — a stage done ({@code district/housing/STAGE_COMPLETED}), the last
 * item finished (the project marked complete, {@code PROJECT_COMPLETED}).
 */
final class PlanMilestones {

    private final HousingRepository repository;
    private final Timeline timeline;
    private final RecordEvents events;

    PlanMilestones(HousingRepository repository, Timeline timeline, RecordEvents events) {
        this.repository = repository;
        this.timeline = timeline;
        this.events = events;
    }

    /** On the project's timeline, and through it in the audit log. */
    void record(Project p, String action, ProjectStatus to, String note) {
        timeline.record(ProjectService.SOURCE, ProjectService.RECORD_TYPE, p.code(), action, p.status().name(),
                to.name(), note);
    }

    /** The milestones an item of {@code stage} finishing reached: compared before and after the change. */
    void reached(Project before, List<PlanItemRecord> itemsBefore, PlanView after, Stage stage) {
        boolean stageWasDone = itemsBefore.stream().filter(i -> i.stage() == stage).allMatch(PlanItemRecord::finished);
        boolean stageDone = after.items().stream().filter(i -> i.stage() == stage).allMatch(PlanItemRecord::finished);
        if (stageDone && !stageWasDone) {
            record(before, "stage-complete", before.status(), stage.chinese());
            events.post("STAGE_COMPLETED", before.code(), null,
                    before.eventProperties(Map.of("stage", stage.name(), "stageName", stage.chinese())));
        }
        if (after.items().stream().allMatch(PlanItemRecord::finished) && before.status() != ProjectStatus.COMPLETED) {
            Project done = before.withStatus(ProjectStatus.COMPLETED);
            repository.jdbi().useTransaction(h -> repository.projects().update(h, done));
            record(before, "complete", done.status(), null);
            events.post("PROJECT_COMPLETED", done.code(), null,
                    done.eventProperties(Map.of("daysSaved", after.daysSaved())));
        }
    }
}
