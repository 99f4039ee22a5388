package cn.gov.laoshan.district.housing.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One approval item of a project's tailored plan as stored: what the template said (stage, department, materials),
 * what tailoring changed (duration, prerequisites, simulated approval), the baseline dates and the actuals.
 *
 * @param key               unique inside the plan (e.g. {@code B02}), used by prerequisites
 * @param simulatedAllowed  the template allows 模拟审批 for this item
 * @param simulated         the plan uses 模拟审批 for it
 */
public record PlanItemRecord(long id, long projectId, String key, Stage stage, String name, String department,
        String materials, int durationDays, Set<String> prerequisites, boolean simulatedAllowed, boolean simulated,
        LocalDate baselineStart, LocalDate baselineFinish, LocalDate actualStart, LocalDate actualFinish,
        int position) {

    public PlanItemRecord {
        prerequisites = Set.copyOf(prerequisites);
    }

    public boolean finished() {
        return actualFinish != null;
    }

    public PlanItemRecord withDuration(int days) {
        return new PlanItemRecord(id, projectId, key, stage, name, department, materials, days, prerequisites,
                simulatedAllowed, simulated, baselineStart, baselineFinish, actualStart, actualFinish, position);
    }

    public PlanItemRecord withPrerequisites(Set<String> keys) {
        return new PlanItemRecord(id, projectId, key, stage, name, department, materials, durationDays, keys,
                simulatedAllowed, simulated, baselineStart, baselineFinish, actualStart, actualFinish, position);
    }

    public PlanItemRecord withSimulated(boolean value) {
        return new PlanItemRecord(id, projectId, key, stage, name, department, materials, durationDays, prerequisites,
                simulatedAllowed, value, baselineStart, baselineFinish, actualStart, actualFinish, position);
    }

    public PlanItemRecord withActuals(LocalDate start, LocalDate finish) {
        return new PlanItemRecord(id, projectId, key, stage, name, department, materials, durationDays, prerequisites,
                simulatedAllowed, simulated, baselineStart, baselineFinish, start, finish, position);
    }

    public PlanItemRecord withBaseline(LocalDate start, LocalDate finish) {
        return new PlanItemRecord(id, projectId, key, stage, name, department, materials, durationDays, prerequisites,
                simulatedAllowed, simulated, start, finish, actualStart, actualFinish, position);
    }
}
