package cn.gov.laoshan.district.housing.plan;

import java.time.LocalDate;

/**
 * The computed dates of one plan item (all dates inclusive; for an item of d ≥ 1 days it works on the working days
 * {@code start .. finish}; for a milestone {@code start == finish}, except that a recorded actual finish wins).
 *
 * @param key          the item's key
 * @param start        planned (or actual, or forecast) start
 * @param finish       planned (or actual, or forecast) finish
 * @param latestStart  the latest start that does not move the completion (backward pass)
 * @param latestFinish the latest finish that does not move the completion (backward pass)
 * @param slackDays    working days the item can slip without moving the completion: {@code
 *                     workingDaysBetween(start, latestStart)}, or the finish slack {@code workingDaysBetween(finish,
 *                     latestFinish)} when that is smaller (an item under simulated approval waiting for its
 *                     prerequisites). Negative only when recorded actual dates contradict the prerequisites
 * @param critical     on a critical chain: {@code slackDays <= 0}
 * @param started      an actual start is recorded (always {@code false} in a baseline)
 * @param finished     an actual finish is recorded (always {@code false} in a baseline)
 */
public record ItemSchedule(String key, LocalDate start, LocalDate finish, LocalDate latestStart,
                           LocalDate latestFinish, int slackDays, boolean critical, boolean started,
                           boolean finished) {
}
