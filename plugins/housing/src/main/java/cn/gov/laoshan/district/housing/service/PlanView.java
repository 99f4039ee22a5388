package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.plan.Schedule;

/**
 * A project's plan as the screens show it: the stored items, the forecast schedule (actuals and today taken into
 * account), the baseline as stored when the plan was made, and per item how late it is.
 */
public record PlanView(Project project, List<PlanItemRecord> items, Schedule forecast, Schedule baseline,
        Map<String, Integer> delays, LocalDate today) {

    public PlanItemRecord item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
    }

    /** Working days the item finishes after its baseline (0 when on time or without a baseline). */
    public int delay(String key) {
        return delays.getOrDefault(key, 0);
    }

    /** Unfinished and its baseline finish has passed. */
    public boolean overdue(String key) {
        PlanItemRecord i = item(key);
        return i != null && !i.finished() && i.baselineFinish() != null && i.baselineFinish().isBefore(today);
    }

    /** The stage the project is in: the first stage with an unfinished item ({@code null} when all are done). */
    public Stage currentStage() {
        return items.stream().filter(i -> !i.finished()).map(PlanItemRecord::stage).min(Enum::compareTo)
                .orElse(null);
    }

    /** Working days the forecast completion is ahead of the baseline's (negative: behind). */
    public int daysSaved() {
        return baseline == null ? 0 : forecast.daysSavedAgainst(baseline);
    }

    public long overdueCount() {
        return items.stream().filter(i -> overdue(i.key())).count();
    }

    /** One stage of a plan: its items, how many are done, its baseline and forecast finish. */
    public record StageSummary(Stage stage, int items, int finished, LocalDate baselineFinish,
            LocalDate forecastFinish, int delayDays) {
    }
}
