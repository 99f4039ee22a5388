package cn.gov.laoshan.district.api.plugin;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring job of a plugin, such as the daily licence-expiry reminders. With several runtime nodes on one
 * database the scheduler takes a database lease, so each run happens once in the cluster.
 *
 * <p>Two kinds: an <em>interval</em> job ({@code new ScheduledJob(id, interval, task)}) runs again {@code interval}
 * after the end of its previous run; a <em>daily</em> job ({@link #daily(String, LocalTime, Runnable)}, since 1.5.0)
 * runs once a day at a local time of the platform's zone (Asia/Shanghai unless configured otherwise). A daily run
 * that was missed — no node was up at that time — runs as soon as a node is up again, once, however many days
 * were missed; the next run is then the next day's time.
 *
 * @param id       unique inside the plugin
 * @param interval time between the ends of two runs; one day for a daily job
 * @param task     the work; it may throw, the scheduler logs the failure and runs it again next time
 * @param dailyAt  the local time of a daily job, or {@code null} for an interval job (since 1.5.0)
 */
public record ScheduledJob(String id, Duration interval, Runnable task, LocalTime dailyAt) {

    private static final Duration ONE_DAY = Duration.ofDays(1);

    public ScheduledJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(task, "task");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (dailyAt != null && !interval.equals(ONE_DAY)) {
            throw new IllegalArgumentException("a daily job's interval is one day, not " + interval);
        }
    }

    /** An interval job: runs again {@code interval} after the end of its previous run. */
    public ScheduledJob(String id, Duration interval, Runnable task) {
        this(id, interval, task, null);
    }

    /**
     * A job that runs once a day at {@code at}, local time of the platform's zone (Asia/Shanghai by default):
     * {@code ScheduledJob.daily("close", LocalTime.of(0, 30), this::closeDue)}.
     *
     * @since 1.5.0
     */
    public static ScheduledJob daily(String id, LocalTime at, Runnable task) {
        return new ScheduledJob(id, ONE_DAY, task, Objects.requireNonNull(at, "at"));
    }

    /** Whether this job runs at a time of day ({@link #dailyAt()}) rather than at an interval. @since 1.5.0 */
    public boolean daily() {
        return dailyAt != null;
    }
}
