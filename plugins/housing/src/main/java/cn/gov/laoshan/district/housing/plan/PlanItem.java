package cn.gov.laoshan.district.housing.plan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One approval item of a plan as the scheduler sees it.
 *
 * @param key               the item's key, unique in its plan, not blank
 * @param durationDays      duration in working days, {@code >= 0}; {@code 0} is a milestone (里程碑), which takes
 *                          no working day: its start and finish are the day it becomes possible
 * @param prerequisites     keys of the items that must be finished (formally, 正式办结) before this item; copied,
 *                          iteration order kept; {@code null} means none
 * @param simulatedApproval 模拟审批 allowed: the item may be pre-reviewed before its prerequisites are done, i.e. it
 *                          may start as soon as all its prerequisites have started, but is formally issued only
 *                          after they finish (ignored for milestones)
 * @param actualStart       the recorded actual start, or {@code null} while not started
 * @param actualFinish      the recorded actual finish (formal issuance), or {@code null}; requires {@code
 *                          actualStart} and is not before it
 */
public record PlanItem(String key, int durationDays, Set<String> prerequisites, boolean simulatedApproval,
                       LocalDate actualStart, LocalDate actualFinish) {

    /** Validates and copies; throws {@link IllegalArgumentException} naming the item. */
    public PlanItem {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("plan item key must not be blank");
        }
        if (durationDays < 0) {
            throw new IllegalArgumentException("duration of item " + key + " must be >= 0: " + durationDays);
        }
        if (actualFinish != null && actualStart == null) {
            throw new IllegalArgumentException("item " + key + " has an actual finish but no actual start");
        }
        if (actualFinish != null && actualFinish.isBefore(actualStart)) {
            throw new IllegalArgumentException("item " + key + " finishes (" + actualFinish + ") before it starts ("
                    + actualStart + ")");
        }
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        if (prerequisites != null) {
            for (String p : prerequisites) {
                if (p == null || p.isBlank()) {
                    throw new IllegalArgumentException("item " + key + " has a blank prerequisite key");
                }
                copy.add(p);
            }
        }
        prerequisites = Collections.unmodifiableSet(copy);
    }

    /** An item without actuals. */
    public PlanItem(String key, int durationDays, Set<String> prerequisites, boolean simulatedApproval) {
        this(key, durationDays, prerequisites, simulatedApproval, null, null);
    }

    /** A plain item (no simulated approval, no actuals) after the given prerequisites. */
    public static PlanItem of(String key, int durationDays, String... prerequisites) {
        return new PlanItem(key, durationDays, new LinkedHashSet<>(java.util.Arrays.asList(prerequisites)), false);
    }

    /** Whether this is a milestone (duration 0). */
    public boolean milestone() {
        return durationDays == 0;
    }

    /** A copy with the given actual dates (either may be {@code null}). */
    public PlanItem withActuals(LocalDate start, LocalDate finish) {
        return new PlanItem(key, durationDays, prerequisites, simulatedApproval, start, finish);
    }

    /** A copy with another duration (tailoring). */
    public PlanItem withDuration(int days) {
        return new PlanItem(key, days, prerequisites, simulatedApproval, actualStart, actualFinish);
    }

    /** A copy with other prerequisites (tailoring: re-linking). */
    public PlanItem withPrerequisites(Set<String> keys) {
        return new PlanItem(key, durationDays, keys, simulatedApproval, actualStart, actualFinish);
    }

    /** A copy with simulated approval allowed or not. */
    public PlanItem withSimulatedApproval(boolean allowed) {
        return new PlanItem(key, durationDays, prerequisites, allowed, actualStart, actualFinish);
    }
}
