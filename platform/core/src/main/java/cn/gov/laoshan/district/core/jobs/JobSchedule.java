package cn.gov.laoshan.district.core.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * The platform's job schedule, read-only: each scheduled job (the platform's own and every plugin's), when it
 * last ran and how, when it runs next, and which node holds its database lease. Implemented and registered as an
 * OSGi service on the system bundle by the notify module's scheduler; read by the console's system screen and
 * {@code /health}.
 *
 * <p>Platform-internal on purpose (not in {@code platform/api}): only the console needs the whole schedule; a
 * plugin has no business seeing other plugins' jobs or the cluster's node names.
 */
public interface JobSchedule {

    /** Every job scheduled on this node, sorted by id. */
    List<Job> jobs();

    /** This node's id in the lease table ({@code pid@host/random}). */
    String nodeId();

    /**
     * One scheduled job.
     *
     * @param id          {@code <plugin id>/<job id>} ({@code notify/reminders}, {@code mediation/deadlines})
     * @param plugin      the plugin id (the part before the first slash)
     * @param name        the job id inside its plugin
     * @param interval    the time between the end of one run and the start of the next (one day for a daily job)
     * @param lastStarted when the last run started, or {@code null} if it never ran
     * @param lastFinished when the last run ended, or {@code null}
     * @param lastNode    the node that ran it last, or {@code null}
     * @param lastError   the last run's failure, or {@code null} when it succeeded (or never ran)
     * @param runs        runs so far (cluster-wide)
     * @param nextRun     when it is due next
     * @param leaseHolder the node holding its lease now (running it), or {@code null}
     * @param dailyAt     the local time (of the platform's zone) a daily job runs at, or {@code null} for an
     *                    interval job
     */
    record Job(String id, String plugin, String name, Duration interval, Instant lastStarted, Instant lastFinished,
            String lastNode, String lastError, long runs, Instant nextRun, String leaseHolder, LocalTime dailyAt) {

        /** An interval job. */
        public Job(String id, String plugin, String name, Duration interval, Instant lastStarted, Instant lastFinished,
                String lastNode, String lastError, long runs, Instant nextRun, String leaseHolder) {
            this(id, plugin, name, interval, lastStarted, lastFinished, lastNode, lastError, runs, nextRun, leaseHolder,
                    null);
        }

        /** "never", "ok", "failed" or "running". */
        public String result() {
            if (leaseHolder != null) {
                return "running";
            }
            if (lastFinished == null) {
                return "never";
            }
            return lastError == null ? "ok" : "failed";
        }
    }
}
