package cn.gov.laoshan.district.notify.scheduler;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.core.jobs.PlatformZone;

/**
 * Runs recurring jobs, each once per interval in the cluster: every node polls each job's lease row every
 * {@code tick} and runs the job only when it takes the lease ({@link JobLeases}). The interval is counted from
 * the end of one run to the start of the next. A failing job is logged and runs again after its interval.
 *
 * <p>A daily job ({@link #registerDaily}) runs at a local time of the platform's zone ({@link PlatformZone}): its
 * row's {@code next_run_at} is that time's next occurrence after the end of a run. A node that starts while a row is
 * past due (no node was up at that time, or the cluster was down for days) runs it at once, once, and then at the
 * next day's time: the lease row in the database is what remembers whether the day's run happened, not any node.
 */
public final class JobScheduler implements AutoCloseable, JobSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final Duration MIN_TICK = Duration.ofMillis(50);
    private static final Duration MAX_TICK = Duration.ofSeconds(5);

    private final JobLeases leases;
    private final String nodeId;
    private final Clock clock;
    private final UnaryOperator<Runnable> wrap;
    private final Duration lease;
    private final ScheduledExecutorService ticks;
    private final ScheduledExecutorService renewals;
    private final boolean polling;
    private final ZoneId zone;
    private final Map<String, ScheduledFuture<?>> jobs = new ConcurrentHashMap<>();
    private final Map<String, Duration> intervals = new ConcurrentHashMap<>();
    private final Map<String, LocalTime> dailyTimes = new ConcurrentHashMap<>();
    private final Map<String, Runnable> tasks = new ConcurrentHashMap<>();

    /**
     * @param leases the lease table
     * @param nodeId this node's name in the lease table, unique in the cluster ({@link #defaultNodeId()})
     * @param clock  the time (daily jobs' times are in the platform's zone, {@link PlatformZone}, whatever the
     *               clock's zone)
     * @param wrap   how a job runs, e.g. as the system user
     * @param lease  how long a lease lasts before it must be renewed (renewed every third of it while a job runs)
     */
    public JobScheduler(JobLeases leases, String nodeId, Clock clock, UnaryOperator<Runnable> wrap, Duration lease) {
        this(leases, nodeId, clock, wrap, lease, true);
    }

    /** The zone of daily jobs' times: the platform's, Asia/Shanghai unless {@code -Ddistrict.zone} says. */
    public ZoneId zone() {
        return zone;
    }

    /**
     * A scheduler that never polls by itself: its jobs run only when {@link #runIfDue} is called. For tests that
     * move a clock instead of waiting (a polling thread would race the test's own calls).
     */
    public static JobScheduler manual(JobLeases leases, String nodeId, Clock clock, Duration lease) {
        return new JobScheduler(leases, nodeId, clock, r -> r, lease, false);
    }

    private JobScheduler(JobLeases leases, String nodeId, Clock clock, UnaryOperator<Runnable> wrap, Duration lease,
            boolean polling) {
        this.polling = polling;
        this.zone = PlatformZone.get();
        this.leases = leases;
        this.nodeId = nodeId;
        this.clock = clock;
        this.wrap = wrap;
        this.lease = lease;
        AtomicInteger n = new AtomicInteger();
        this.ticks = Executors.newScheduledThreadPool(4, r -> {
            Thread t = new Thread(r, "district-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "district-job-lease");
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code pid@host/random}: unique even for several platforms in one JVM. */
    public static String defaultNodeId() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        String id = name + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    /** {@code <nodeName>/<pid>/random}: the node's name first, unique even for several platforms in one JVM. */
    public static String nodeId(String nodeName) {
        String pid = Long.toString(ProcessHandle.current().pid());
        String id = nodeName + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    /** How often a node looks at a job's lease: a quarter of its interval, between 50 ms and 5 s. */
    static Duration tick(Duration interval) {
        Duration quarter = interval.dividedBy(4);
        return quarter.compareTo(MIN_TICK) < 0 ? MIN_TICK : quarter.compareTo(MAX_TICK) > 0 ? MAX_TICK : quarter;
    }

    /** Starts polling a job; a job already registered under {@code jobId} is replaced. */
    public void register(String jobId, Duration interval, Runnable task) {
        checkId(jobId);
        unregister(jobId);
        leases.ensure(jobId, clock.millis());
        start(jobId, interval, null, task);
        LOG.info("job {} scheduled every {}", jobId, interval);
    }

    /**
     * Starts polling a job that runs once a day at {@code at} (local time of the platform's zone); a job already
     * registered under {@code jobId} is replaced. A new job first runs at the next occurrence of that time; a row
     * already past due (the day's run did not happen) runs at once; a row due later (an earlier time setting, or the
     * job was an interval job) is moved to the next occurrence.
     */
    public void registerDaily(String jobId, LocalTime at, Runnable task) {
        checkId(jobId);
        unregister(jobId);
        long now = clock.millis();
        long next = nextDaily(at, now);
        leases.ensure(jobId, next);
        leases.moveFutureRun(jobId, now, next);
        start(jobId, Duration.ofDays(1), at, task);
        LOG.info("job {} scheduled daily at {} ({})", jobId, at, zone);
    }

    /** Registers a plugin's job: daily or at its interval. */
    public void register(String jobId, cn.gov.laoshan.district.api.plugin.ScheduledJob job) {
        if (job.daily()) {
            registerDaily(jobId, job.dailyAt(), job.task());
        } else {
            register(jobId, job.interval(), job.task());
        }
    }

    private static void checkId(String jobId) {
        if (jobId.length() > 200) {
            throw new IllegalArgumentException("job id longer than 200 characters: " + jobId);
        }
    }

    private void start(String jobId, Duration interval, LocalTime dailyAt, Runnable task) {
        long tick = tick(interval).toMillis();
        intervals.put(jobId, interval);
        tasks.put(jobId, task);
        if (dailyAt != null) {
            dailyTimes.put(jobId, dailyAt);
        }
        ScheduledFuture<?> future = polling ? ticks.scheduleWithFixedDelay(() -> tick(jobId),
                ThreadLocalRandom.current().nextLong(tick), tick, TimeUnit.MILLISECONDS)
                // a manual scheduler: a placeholder that never fires, so that registration works the same
                : ticks.schedule(() -> { }, 365, TimeUnit.DAYS);
        jobs.put(jobId, future);
    }

    /** The first occurrence of the local time {@code at} strictly after {@code afterMillis}, in the platform's zone. */
    long nextDaily(LocalTime at, long afterMillis) {
        ZonedDateTime after = Instant.ofEpochMilli(afterMillis).atZone(zone);
        ZonedDateTime candidate = ZonedDateTime.of(after.toLocalDate(), at, zone);
        while (!candidate.isAfter(after)) {
            candidate = ZonedDateTime.of(candidate.toLocalDate().plusDays(1), at, zone);
        }
        return candidate.toInstant().toEpochMilli();
    }

    /**
     * One poll of a registered job, on the calling thread: runs it if it is due and this node takes the lease.
     * What the scheduler's threads do every tick; tests with a moved clock call it instead of waiting.
     *
     * @return whether this node ran the job
     */
    public boolean runIfDue(String jobId) {
        return tick(jobId);
    }

    /** Stops a job on this node (a run in progress finishes). */
    public void unregister(String jobId) {
        ScheduledFuture<?> future = jobs.remove(jobId);
        intervals.remove(jobId);
        dailyTimes.remove(jobId);
        tasks.remove(jobId);
        if (future != null) {
            future.cancel(false);
            LOG.info("job {} unscheduled", jobId);
        }
    }

    /** The jobs scheduled on this node with their lease rows (one query). */
    @Override
    public java.util.List<Job> jobs() {
        Map<String, JobLeases.Row> rows = leases.rows();
        long now = clock.millis();
        return new java.util.TreeMap<>(intervals).entrySet().stream().map(e -> {
            String id = e.getKey();
            int slash = id.indexOf('/');
            JobLeases.Row row = rows.get(id);
            if (row == null) {
                return new Job(id, slash < 0 ? "" : id.substring(0, slash), id.substring(slash + 1), e.getValue(),
                        null, null, null, null, 0, null, null, dailyTimes.get(id));
            }
            return new Job(id, slash < 0 ? "" : id.substring(0, slash), id.substring(slash + 1), e.getValue(),
                    instant(row.lastStartedAt()), instant(row.lastFinishedAt()), row.lastOwner(), row.lastError(),
                    row.runs(), java.time.Instant.ofEpochMilli(row.nextRunAt()),
                    row.owner() != null && row.leaseUntil() >= now ? row.owner() : null, dailyTimes.get(id));
        }).toList();
    }

    private static java.time.Instant instant(long millis) {
        return millis <= 0 ? null : java.time.Instant.ofEpochMilli(millis);
    }

    public Set<String> jobIds() {
        return Set.copyOf(jobs.keySet());
    }

    private boolean tick(String jobId) {
        Runnable task = tasks.get(jobId);
        Duration interval = intervals.get(jobId);
        LocalTime dailyAt = dailyTimes.get(jobId);
        try {
            long now = clock.millis();
            if (task == null || interval == null || !jobs.containsKey(jobId)
                    || !leases.tryAcquire(jobId, nodeId, now, now + lease.toMillis())) {
                return false;
            }
        } catch (RuntimeException e) {
            LOG.warn("job {}: cannot reach the lease table: {}", jobId, e.toString());
            return false;
        }
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(() -> {
            try {
                if (!leases.renew(jobId, nodeId, clock.millis() + lease.toMillis())) {
                    LOG.warn("job {}: lease lost while running (another node may run it too)", jobId);
                }
            } catch (RuntimeException e) {
                LOG.warn("job {}: lease renewal failed: {}", jobId, e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        String error = null;
        long begin = System.nanoTime();
        try {
            wrap.apply(task).run();
        } catch (Throwable e) { // NOPMD a job's failure must not stop the scheduler
            error = e.toString();
            LOG.error("job {} failed; it runs again {}", jobId, dailyAt == null ? "in " + interval : "at " + dailyAt, e);
        } finally {
            renewal.cancel(false);
        }
        LOG.debug("job {} ran in {} ms", jobId, (System.nanoTime() - begin) / 1_000_000);
        try {
            long end = clock.millis();
            long next = dailyAt == null ? end + interval.toMillis() : nextDaily(dailyAt, end);
            if (!leases.finish(jobId, nodeId, end, next, error)) {
                LOG.warn("job {}: the lease had expired when the run ended", jobId);
            }
        } catch (RuntimeException e) {
            LOG.warn("job {}: cannot record the run's end: {}", jobId, e.toString());
        }
        return true;
    }

    @Override
    public void close() {
        jobs.keySet().forEach(this::unregister);
        ticks.shutdown();
        renewals.shutdown();
        try {
            if (!ticks.awaitTermination(10, TimeUnit.SECONDS)) {
                ticks.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ticks.shutdownNow();
        }
        renewals.shutdownNow();
    }
}
