package cn.gov.laoshan.district.uikit;

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

    private final String name;
    private final Thread thread;
    private volatile boolean stopping;

    private DemoSeeding(String name, AccessControl access, Work work) {
        this.name = name;
        this.thread = new Thread(() -> run(access, work), name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} as the system on a daemon thread named {@code name}. */
    public static DemoSeeding start(String name, AccessControl access, Work work) {
        DemoSeeding seeding = new DemoSeeding(name, access, work);
        seeding.thread.start();
        return seeding;
    }

    private void run(AccessControl access, Work work) {
        long begin = System.nanoTime();
        try {
            String made = access.asSystem(() -> work.seed(() -> stopping));
            if (stopping) {
                LOG.info("{}: stopped with its plugin after {} ms", name, millisSince(begin));
            } else {
                LOG.info("{}: {} in {} ms", name, made, millisSince(begin));
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("{}: stopped with its plugin after {} ms ({})", name, millisSince(begin), e.toString());
            } else {
                LOG.error("{}: failed after {} ms; the demo data is incomplete", name, millisSince(begin), e);
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
