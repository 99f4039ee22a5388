package cn.gov.laoshan.district.uikit;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * A plugin's demo data, seeded on a daemon thread of its own as the system: seeding moves records through the real
 * services and takes seconds, which the activation thread should not wait for. The plugin closes it when it
 * stops (its {@code @Deactivate}); the platform may well stop seconds after a first start. Closing asks the work to
 * stop at its next step and waits for it, so nothing is written after the plugin has stopped (an uninstall may drop
 * the plugin's schema next); a failure after the stop was asked for is expected and logged quietly, any other
 * failure with its cause.
 *
 * <pre>{@code
 * seeding = DemoSeeding.start("housing demo data", access,
 *         stopping -> DemoProjects.seed(services..., stopping) + " projects");
 * ...
 * @Deactivate void deactivate() { if (seeding != null) seeding.close(); }
 * }</pre>
 *
 * <p>A first start may be killed half-way through the seeding (kill -9, power cut). {@link #resumable} keeps whether
 * the seeding has finished in the plugin's own table {@code demo_seeding} (created by the plugin's migration, see
 * docs/plugin-guide.md) and starts the work again at every start until it has: the work then carries on from what
 * is already there (it counts its records and makes the rest), each record made through the services in its own
 * transaction, so that what a crash leaves is always consistent, only incomplete.
 *
 * <p>A plugin whose demo data comes in several {@link Part parts} (finance: this year's budgets, the ledger, the
 * matchmaking) hands them all to one {@link #resumable(AccessControl, javax.sql.DataSource, List)}: every part's row
 * is written, unfinished, before the first part starts, and the parts run in order on one thread. Whoever waits for
 * the demo data (testkit's {@code awaitDemoData}: every row finished) therefore never sees the plugin done while a
 * part has not started yet — with one call per part, a quick first part could finish before the next was even
 * registered, and browser tests read half-seeded data.
 */
public final class DemoSeeding implements AutoCloseable {

    /** How long {@link #close()} waits for the work to reach its next step. */
    static final long STOP_WAIT_MILLIS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    /** The seeding: checks {@code stopping} between its steps and returns early when it is true. */
    @FunctionalInterface
    public interface Work {
        /** Seeds; returns what it made, for the log ("8 projects"). */
        String seed(BooleanSupplier stopping);
    }

    /**
     * One named part of a plugin's demo data: its name (its row in {@code demo_seeding}, the log's), whether it is
     * already there on a home from before that table ({@code seededBefore}), and the work.
     */
    public record Part(String name, BooleanSupplier seededBefore, Work work) {
        public Part {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(seededBefore, "seededBefore");
            java.util.Objects.requireNonNull(work, "work");
        }
    }

    private final String name;
    private final Thread thread;
    private final List<Part> parts;
    private volatile boolean stopping;

    private DemoSeeding(String name, AccessControl access, List<Part> parts, javax.sql.DataSource progress) {
        this.name = name;
        this.parts = List.copyOf(parts);
        this.progress = progress;
        this.thread = new Thread(() -> run(access), name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} as the system on a daemon thread named {@code name}. */
    public static DemoSeeding start(String name, AccessControl access, Work work) {
        DemoSeeding seeding = new DemoSeeding(name, access, List.of(new Part(name, () -> false, work)), null);
        seeding.thread.start();
        return seeding;
    }

    /** The DDL a plugin's migration carries for {@link #resumable} (portable: Derby and PostgreSQL). */
    public static final String TABLE = "create table demo_seeding (name varchar(100) not null primary key, "
            + "finished smallint not null)";

    /**
     * Starts {@code work} unless the seeding of this {@code name} has finished at an earlier start; whether it has is
     * kept in the table {@code demo_seeding} of {@code progress} (the plugin's schema). On a home from before that
     * table, {@code seededBefore} tells whether the demo data is already there (then it is only marked finished).
     * The work must carry on from what is already there: it runs again after a start that was killed half-way.
     *
     * @return the running seeding, or empty when there is nothing (left) to seed
     */
    public static java.util.Optional<DemoSeeding> resumable(String name, AccessControl access,
            javax.sql.DataSource progress, BooleanSupplier seededBefore, Work work) {
        return resumable(access, progress, List.of(new Part(name, seededBefore, work)));
    }

    /**
     * A plugin's demo data in several parts, each {@link #resumable(String, AccessControl, javax.sql.DataSource,
     * BooleanSupplier, Work) resumable} on its own: first every part's row is written (unfinished unless it finished
     * at an earlier start or was there before), then the unfinished parts run in their order on one thread named
     * after the first part; each is marked finished when it has. So the plugin's demo data counts as done only when
     * all its parts are.
     *
     * @return the running seeding, or empty when there is nothing (left) to seed
     */
    public static java.util.Optional<DemoSeeding> resumable(AccessControl access, javax.sql.DataSource progress,
            List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no demo data parts");
        }
        List<Part> unfinished = new java.util.ArrayList<>();
        for (Part part : parts) {
            Boolean finished = finished(progress, part.name());
            if (finished == null) {
                boolean before = part.seededBefore().getAsBoolean();
                update(progress, "insert into demo_seeding (finished, name) values (?, ?)", before ? 1 : 0,
                        part.name());
                if (!before) {
                    unfinished.add(part);
                }
            } else if (!finished) {
                LOG.info("{}: an earlier start did not finish it; carrying on from what is there", part.name());
                unfinished.add(part);
            }
        }
        if (unfinished.isEmpty()) {
            return java.util.Optional.empty();
        }
        DemoSeeding seeding = new DemoSeeding(parts.get(0).name(), access, unfinished, progress);
        seeding.thread.start();
        return java.util.Optional.of(seeding);
    }

    /** Whether the seeding of {@code name} finished; {@code null} when it never started. */
    private static Boolean finished(javax.sql.DataSource progress, String name) {
        try (var connection = progress.getConnection();
                var query = connection.prepareStatement("select finished from demo_seeding where name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) == 1 : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(name + ": cannot read demo_seeding: " + e.getMessage(), e);
        }
    }

    private static void update(javax.sql.DataSource progress, String sql, int finished, String name) {
        try (var connection = progress.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setInt(1, finished);
            statement.setString(2, name);
            statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(name + ": cannot write demo_seeding: " + e.getMessage(), e);
        }
    }

    /** Where a {@link #resumable} seeding notes that it has finished; {@code null} for {@link #start}. */
    private final javax.sql.DataSource progress;

    /**
     * How often a resumable seeding is tried again after a transient database failure, and the first pause between
     * (doubled each time, at most {@link #RETRY_PAUSE_MAX_MILLIS}): some 45 s in all, longer than the other start-up
     * work that can hold the lock (a first start's migrations; a CI run once saw both plugins refused for 6 s).
     */
    static final int ATTEMPTS = 8;
    static final long RETRY_PAUSE_MILLIS = 1_000;
    static final long RETRY_PAUSE_MAX_MILLIS = 10_000;

    /** The pause after failed attempt {@code attempt} (1, 2, …). */
    static long retryPause(int attempt) {
        return Math.min(RETRY_PAUSE_MAX_MILLIS, RETRY_PAUSE_MILLIS << Math.min(attempt - 1, 20));
    }

    /**
     * Whether {@code failure} is one the database says may pass if the work is tried again: a lock not obtained, a
     * deadlock, a rolled-back transaction. On a first start the plugins migrate their schemas while another plugin
     * seeds, and Derby then refuses an identity value under the other's DDL at once ("A lock could not be obtained",
     * 40XL1, from its sequence updater) rather than waiting.
     */
    static boolean transientFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLTransactionRollbackException
                    || t instanceof java.sql.SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private void run(AccessControl access) {
        for (Part part : parts) {
            if (stopping || !run(access, part)) {
                return; // a later part may build on this one (the policy plugin's match run on its policy list)
            }
        }
    }

    /** Runs one part; whether it finished. */
    private boolean run(AccessControl access, Part part) {
        String name = part.name();
        long begin = System.nanoTime();
        try {
            String made = seedRetrying(access, part);
            if (stopping) {
                LOG.info("{}: stopped with its plugin after {} ms", name, millisSince(begin));
                return false;
            }
            if (progress != null) {
                update(progress, "update demo_seeding set finished = ? where name = ?", 1, name);
            }
            LOG.info("{}: {} in {} ms", name, made, millisSince(begin));
            return true;
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("{}: stopped with its plugin after {} ms ({})", name, millisSince(begin), e.toString());
            } else {
                LOG.error("{}: failed after {} ms; the demo data is incomplete", name, millisSince(begin), e);
            }
            return false;
        }
    }

    /**
     * Runs the work; a resumable seeding (it carries on from what is there) is run again after a transient failure,
     * a few times, so that a lock lost to another plugin's start does not leave the demo incomplete until the next
     * start.
     */
    private String seedRetrying(AccessControl access, Part part) {
        for (int attempt = 1;; attempt++) {
            try {
                return access.asSystem(() -> part.work().seed(() -> stopping));
            } catch (RuntimeException e) {
                if (progress == null || stopping || attempt >= ATTEMPTS || !transientFailure(e)) {
                    throw e;
                }
                LOG.info("{}: attempt {} met a transient database failure ({}); carrying on from what is there",
                        part.name(), attempt, e.getMessage());
                try {
                    Thread.sleep(retryPause(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static long millisSince(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }

    /** Whether the work is still running. */
    public boolean running() {
        return thread.isAlive();
    }

    /** Asks the work to stop at its next step and waits for it (at most 30 s). */
    @Override
    public void close() {
        stopping = true;
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{}: still running {} ms after its plugin stopped", name, STOP_WAIT_MILLIS);
        }
    }
}
