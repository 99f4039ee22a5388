package cn.gov.laoshan.district.api.plugin;

import java.time.Duration;
import java.util.Objects;

/**
 * A recurring job of a plugin, such as the daily licence-expiry reminders. With several runtime nodes on one
 * database the scheduler takes a database lease, so each run happens once in the cluster.
 *
 * @param id       unique inside the plugin
 * @param interval time between the ends of two runs
 * @param task     the work; it may throw, the scheduler logs the failure and runs it again next time
 */
public record ScheduledJob(String id, Duration interval, Runnable task) {
    public ScheduledJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(task, "task");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
    }
}
