package cn.gov.laoshan.district.console.system;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.InstallProblems;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;
import cn.gov.laoshan.district.core.runtime.SystemSnapshot;

/** Uptime, memory, database, sessions, jobs: for the system screen and {@code /health}. */
public final class SystemFacts implements SystemSnapshot {

    public static final String VIEW = "console.system.view";

    private final Database database;
    private final Supplier<Optional<RuntimeFacts>> runtime;
    private final AccessControl access;
    private final Clock clock;

    private final Supplier<Optional<JobSchedule>> schedule;
    private final InstallProblems problems;
    private volatile Supplier<List<Map<String, Object>>> convergence = List::of;

    public SystemFacts(Database database, Supplier<Optional<RuntimeFacts>> runtime, AccessControl access, Clock clock) {
        this(database, runtime, access, clock, Optional::empty);
    }

    public SystemFacts(Database database, Supplier<Optional<RuntimeFacts>> runtime, AccessControl access, Clock clock,
            Supplier<Optional<JobSchedule>> schedule) {
        this(database, runtime, access, clock, schedule, null);
    }

    /** @param problems files in deploy/, plugins/ or features that do not run, and why; {@code null}: none kept */
    public SystemFacts(Database database, Supplier<Optional<RuntimeFacts>> runtime, AccessControl access, Clock clock,
            Supplier<Optional<JobSchedule>> schedule, InstallProblems problems) {
        this.problems = problems;
        this.schedule = schedule;
        this.database = database;
        this.runtime = runtime;
        this.access = access;
        this.clock = clock;
    }

    /** The facts for the system screen (checks {@value #VIEW}). */
    public Map<String, Object> read() {
        access.check(VIEW);
        return snapshot();
    }

    /**
     * The same facts without a permission check, for the runtime's {@code /health} (no personal data in them):
     * node (this node's name), uptimeSeconds, heapUsedBytes, heapMaxBytes, databaseKind, databaseEmbedded, databaseEncrypted and
     * databaseAuthentication (Derby's own protection of an embedded database), databaseBytes (-1 when not embedded),
     * activeSessions (signed in), openSessions (signed in or not), jobs, installProblems (files of deploy/, plugins/ or
     * a feature that do not run: file, reason, since), pluginConvergence (per plugin of the cluster's desired state:
     * plugin, wanted, here, convergence IN_STEP / BEHIND / FAILED, revision, error).
     */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> facts = new LinkedHashMap<>();
        Duration uptime = runtime.get().map(r -> Duration.between(r.startedAt(), clock.instant()))
                .orElse(Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()));
        Runtime jvm = Runtime.getRuntime();
        // which of several nodes on one database answered (behind a load balancer, the operator's question)
        facts.put("node", runtime.get().map(RuntimeFacts::nodeName).orElse("local"));
        facts.put("uptimeSeconds", uptime.toSeconds());
        facts.put("heapUsedBytes", jvm.totalMemory() - jvm.freeMemory());
        facts.put("heapMaxBytes", jvm.maxMemory());
        facts.put("databaseKind", database.kind().name());
        facts.put("databaseEmbedded", database.settings().embedded());
        facts.put("databaseEncrypted", database.settings().bootPassword() != null);
        facts.put("databaseAuthentication", database.settings().derbyAuthentication());
        facts.put("databaseBytes", database.sizeOnDisk());
        // "online" is people signed in; the sessions a sign-in page or a probe opens are counted apart
        facts.put("activeSessions", runtime.get().map(RuntimeFacts::signedInSessions).orElse(0));
        facts.put("openSessions", runtime.get().map(RuntimeFacts::openSessions).orElse(0));
        facts.put("jobs", jobs().stream().map(SystemFacts::job).toList());
        schedule.get().ifPresent(s -> facts.put("jobsNode", s.nodeId()));
        if (problems != null) {
            facts.put("installProblems", problems.list().stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", p.file());
                m.put("reason", p.reason());
                m.put("since", p.since().toString());
                return m;
            }).toList());
        }
        // plugins on every node (issue 24): this node in step with the cluster's desired state, behind, or failed
        facts.put("pluginConvergence", convergence.get());
        return facts;
    }

    /** This node's convergence on the plugins' desired state, per plugin (console plugins' {@code PluginManager}). */
    public void pluginConvergence(Supplier<List<Map<String, Object>>> convergence) {
        this.convergence = convergence;
    }

    /** The job schedule (empty when the scheduler is not running); checks {@value #VIEW}. */
    public List<JobSchedule.Job> readJobs() {
        access.check(VIEW);
        return jobs();
    }

    private List<JobSchedule.Job> jobs() {
        try {
            return schedule.get().map(JobSchedule::jobs).orElse(List.of());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static Map<String, Object> job(JobSchedule.Job job) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("plugin", job.plugin());
        m.put("name", job.name());
        m.put("intervalSeconds", job.interval().toMillis() / 1000.0);
        m.put("dailyAt", job.dailyAt() == null ? null : job.dailyAt().toString());
        m.put("lastStarted", text(job.lastStarted()));
        m.put("lastFinished", text(job.lastFinished()));
        m.put("result", job.result());
        m.put("lastError", job.lastError());
        m.put("lastNode", job.lastNode());
        m.put("runs", job.runs());
        m.put("nextRun", text(job.nextRun()));
        m.put("leaseHolder", job.leaseHolder());
        return m;
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
