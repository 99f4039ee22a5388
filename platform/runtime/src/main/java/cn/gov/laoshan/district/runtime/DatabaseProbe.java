package cn.gov.laoshan.district.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database answers, for {@code /health}: every {@link #EVERY} a connection is taken from the platform's
 * own pool and checked ({@link Connection#isValid}), on a thread of its own so that {@code /health} never waits for
 * a database that does not answer (the pool's own wait for a connection is 30 s). The database does not answer when
 * the last check failed, or when a check has been under way for longer than {@link #PATIENCE}.
 *
 * <p>Through the pool rather than a connection of its own, so that "answers again" also means "the pool has
 * reconnected": after PostgreSQL restarts, Hikari replaces its broken connections by itself and no node needs a
 * restart.
 */
final class DatabaseProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);
    static final Duration EVERY = Duration.ofSeconds(2);
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final DataSource pool;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "district-database-probe");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean lastAnswered = true;
    /** System.nanoTime() when the check under way began, 0 when none is. */
    private volatile long checking;

    private DatabaseProbe(DataSource pool) {
        this.pool = pool;
    }

    static DatabaseProbe start(DataSource pool) {
        DatabaseProbe probe = new DatabaseProbe(pool);
        probe.thread.scheduleWithFixedDelay(probe::check, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return probe;
    }

    /** Whether the database answered the last check, and no check has been waiting too long since. */
    boolean answers() {
        long began = checking;
        return lastAnswered && (began == 0 || System.nanoTime() - began < PATIENCE.toNanos());
    }

    private void check() {
        checking = System.nanoTime();
        boolean answered;
        try (Connection connection = pool.getConnection()) {
            answered = connection.isValid((int) PATIENCE.toSeconds());
        } catch (Exception e) {
            answered = false;
            if (lastAnswered) {
                LOG.warn("the database does not answer: {}", e.toString());
            }
        } finally {
            checking = 0;
        }
        if (answered && !lastAnswered) {
            LOG.info("the database answers again");
        }
        lastAnswered = answered;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
