package cn.gov.laoshan.district.runtime;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up's phases, each logged when it ends with the milliseconds since the JVM started and its own
 * duration ({@code start-up: felix +1834 ms (612 ms) [main]}), and one summary line at the end. Phases may end
 * on other threads (the database, the administrator's password hash): the thread is named.
 */
final class StartupTimeline {

    /** System property: when {@code Main.main} was entered (epoch milliseconds), set by {@code Main}. */
    static final String MAIN_ENTERED = "district.startup.main-entered";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimeline.class);

    private final long jvmStartMillis = jvmStart();
    private final List<String> summary = new ArrayList<>();

    StartupTimeline() {
        String mainEntered = System.getProperty(MAIN_ENTERED);
        if (mainEntered != null) {
            try {
                long at = Long.parseLong(mainEntered) - jvmStartMillis;
                LOG.info("start-up: JVM started, main entered +{} ms", at);
                summary.add("main entered +" + at);
            } catch (NumberFormatException ignored) {
                // not ours
            }
            System.clearProperty(MAIN_ENTERED);
        }
    }

    /** Milliseconds since the JVM started. */
    long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStartMillis;
    }

    /** A phase begun at {@code beginNanos} (from {@link System#nanoTime()}) ended now. */
    void ended(String phase, long beginNanos) {
        long took = (System.nanoTime() - beginNanos) / 1_000_000;
        long at = sinceJvmStart();
        LOG.info("start-up: {} +{} ms ({} ms) [{}]", phase, at, took, Thread.currentThread().getName());
        synchronized (summary) {
            summary.add(phase + " +" + at + " (" + took + ")");
        }
    }

    /** A point in time: the JVM started at 0. */
    void reached(String milestone) {
        long at = sinceJvmStart();
        LOG.info("start-up: {} +{} ms [{}]", milestone, at, Thread.currentThread().getName());
        synchronized (summary) {
            summary.add(milestone + " +" + at);
        }
    }

    /** Every phase and milestone in the order they ended, one line. */
    String summary() {
        synchronized (summary) {
            return String.join(", ", summary);
        }
    }

    private static long jvmStart() {
        // the process's start (from /proc on Linux): cheaper than the management beans, which load JMX
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElseGet(System::currentTimeMillis);
    }
}
