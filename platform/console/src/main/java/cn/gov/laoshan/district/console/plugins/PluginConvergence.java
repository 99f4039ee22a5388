package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Convergence;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Desired;
import cn.gov.laoshan.district.console.plugins.PluginCluster.NodeState;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Wanted;

/**
 * One node following the cluster's desired plugin states ({@link PluginCluster}): every {@code poll} (2 s unless
 * {@code district.plugins.poll-ms} says) it reads the counter; when it changed, each plugin whose desired state this
 * node has not tried yet is brought in step through the console's own safe path — the jar fetched from the database
 * when this node lacks it, the dry run, the migrations (Flyway's history and lock on the shared database make sure
 * they run once, whichever node comes first), install / safe update / roll back, start, stop, uninstall (never
 * dropping data: the node whose console dropped it did that once). The outcome is recorded per node and plugin
 * ({@code plugin_node_state}) and shown in {@code /health}. A failure is tried again when the desired state changes
 * or the node restarts, not at every poll (a migration that fails would fail every 2 s). At start the runtime calls
 * {@link #catchUp} before it reports UP, so a node started later runs what the cluster has.
 *
 * <p>The changes run under the {@link PluginManager}'s lock, the one its console actions hold: a node never follows
 * a desired state while its own console is in the middle of writing and applying it.
 */
final class PluginConvergence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginConvergence.class);
    /** How often a node looks at the counter, unless {@code district.plugins.poll-ms} says. */
    static final Duration POLL = Duration.ofSeconds(2);

    private final PluginCluster cluster;
    private final Object lock;
    private final String node;
    private final AccessControl access;
    private final PluginCatalogue catalogue;
    private final PluginStaging staging;
    private final PluginInstaller installer;
    private final PluginRemoval removal;
    private final PluginAuditTrail trail;
    private final Path home;
    private final Path stagingDir;
    /** Per plugin: the desired revision this node last tried, and what came of it. */
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private volatile long seen = -1;
    private ScheduledExecutorService poller;

    private record Outcome(long revision, Convergence convergence, String error) {
    }

    PluginConvergence(PluginCluster cluster, Object lock, String node, AccessControl access, PluginCatalogue catalogue,
            PluginStaging staging, PluginInstaller installer, PluginRemoval removal, PluginAuditTrail trail,
            Path home) {
        this.cluster = cluster;
        this.lock = lock;
        this.node = node;
        this.access = access;
        this.catalogue = catalogue;
        this.staging = staging;
        this.installer = installer;
        this.removal = removal;
        this.trail = trail;
        this.home = home;
        this.stagingDir = KeptPlugins.dir(home).resolve(".staging");
    }

    String node() {
        return node;
    }

    PluginCluster cluster() {
        return cluster;
    }

    /** Follows what changed, then every {@code every}. */
    synchronized void start(Duration every) {
        catchUpLogged();
        if (poller == null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "district-plugin-convergence");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(this::catchUpLogged, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void catchUpLogged() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            // the database restarting: the next poll tries again
            LOG.warn("plugins on every node: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Brings this node in step with every desired state it has not tried yet. */
    void catchUp() {
        long newest = cluster.revision();
        if (newest == seen) {
            return;
        }
        for (Desired listed : cluster.desired()) {
            if (tried(listed)) {
                continue;
            }
            Outcome outcome;
            Desired desired;
            synchronized (lock) {
                // read again under the lock: this node's console may have changed it while we waited for the lock
                Desired fresh = cluster.desired(listed.symbolicName()).orElse(null);
                if (fresh == null || tried(fresh)) {
                    continue;
                }
                desired = fresh;
                outcome = access.asSystem(() -> converge(fresh));
            }
            outcomes.put(desired.symbolicName(), outcome);
            if (outcome.convergence() == Convergence.FAILED) {
                LOG.warn("plugin {}: cannot follow the cluster's change {} ({} {}): {}", desired.symbolicName(),
                        desired.revision(), desired.wanted(), desired.version(), outcome.error());
            }
            cluster.record(stateHere(desired.symbolicName(), outcome));
        }
        seen = newest;
    }

    private boolean tried(Desired desired) {
        Outcome last = outcomes.get(desired.symbolicName());
        return last != null && last.revision() == desired.revision();
    }

    private Outcome converge(Desired desired) {
        try {
            trail.because("following the cluster's change " + desired.revision() + " (" + desired.changedBy()
                    + " on " + desired.node() + ")", () -> {
                        apply(desired);
                        return null;
                    });
            return new Outcome(desired.revision(), Convergence.IN_STEP, null);
        } catch (ConsoleException e) {
            return new Outcome(desired.revision(), Convergence.FAILED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Outcome(desired.revision(), Convergence.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private void apply(Desired desired) throws IOException {
        String bsn = desired.symbolicName();
        Optional<Bundle> local = catalogue.bySymbolicName(bsn);
        if (local.isPresent() && local.get().getLocation().contains("/deploy/")) {
            throw new ConsoleException("console.cluster.error.deploy", "this node runs " + bsn
                    + " from its deploy/ directory, which stays per node", bsn);
        }
        if (desired.wanted() == Wanted.REMOVED) {
            if (local.isPresent()) {
                removal.uninstall(local.get(), false, null);
            }
            return;
        }
        if (desired.sha256() != null && !desired.sha256().equals(keptSha(local))) {
            install(desired, local);
        }
        Bundle bundle = catalogue.bySymbolicName(bsn).orElse(null);
        if (bundle == null) {
            return; // a feature's plugin this node does not run: nothing to start or stop here
        }
        PluginInfo before = catalogue.info(bundle);
        try {
            if (desired.wanted() == Wanted.STARTED && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
                Optional<String> failure = PluginCatalogue.declaresPlugin(bundle) ? catalogue.awaitActivation(bundle)
                        : Optional.empty();
                trail.record("plugin.start", bsn, PluginAuditTrail.summary(before),
                        PluginAuditTrail.summary(catalogue.info(bundle)));
                if (failure.isPresent()) {
                    throw new ConsoleException("console.error.start-failed", "start failed: " + failure.get(),
                            failure.get());
                }
            } else if (desired.wanted() == Wanted.STOPPED && bundle.getState() == Bundle.ACTIVE) {
                bundle.stop();
                trail.record("plugin.stop", bsn, PluginAuditTrail.summary(before),
                        PluginAuditTrail.summary(catalogue.info(bundle)));
            }
        } catch (BundleException e) {
            throw new ConsoleException("console.error.start-failed", "start/stop failed: " + e.getMessage(),
                    e.getMessage());
        }
    }

    /** Fetches the desired jar and installs, updates or rolls back to it through the console's safe path. */
    private void install(Desired desired, Optional<Bundle> local) throws IOException {
        if (local.isPresent() && !local.get().getLocation().startsWith(PluginManager.LOCATION_PREFIX)) {
            throw new ConsoleException("console.cluster.error.not-managed", "this node runs "
                    + desired.symbolicName() + " from " + local.get().getLocation() + ", not from the console",
                    local.get().getLocation());
        }
        Files.createDirectories(stagingDir);
        Path staged = stagingDir.resolve(UUID.randomUUID() + ".jar");
        try {
            if (cluster.fetchJar(desired.sha256(), staged).isEmpty()) {
                throw new ConsoleException("console.cluster.error.no-jar", "the cluster has no jar "
                        + desired.sha256(), desired.sha256());
            }
            DryRun dry = staging.dryRun(staged);
            if (!dry.jar().sha256().equals(desired.sha256())) {
                throw new ConsoleException("console.cluster.error.no-jar", "the jar read from the database is not "
                        + desired.sha256(), desired.sha256());
            }
            if (dry.isUpdate() && dry.jar().version().compareTo(local.get().getVersion()) < 0) {
                installer.rollBackTo(dry);
            } else {
                installer.installOrUpdate(dry);
            }
        } finally {
            staging.discard(staged);
        }
    }

    /** The SHA-256 of the jar this node keeps for a console-installed plugin, else null. */
    private String keptSha(Optional<Bundle> local) {
        if (local.isEmpty() || !local.get().getLocation().startsWith(PluginManager.LOCATION_PREFIX)) {
            return null;
        }
        Path kept = KeptPlugins.jar(home, local.get().getSymbolicName());
        try {
            return Files.exists(kept) ? PluginJar.sha256(kept) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private NodeState stateHere(String symbolicName, Outcome outcome) {
        Optional<Bundle> bundle = catalogue.bySymbolicName(symbolicName);
        String state = bundle.map(b -> catalogue.info(b).state()).orElse("ABSENT");
        return new NodeState(node, symbolicName, bundle.map(b -> b.getVersion().toString()).orElse(null), state,
                outcome.convergence(), outcome.error(), outcome.revision(), cluster.now());
    }

    /**
     * This node's convergence per plugin for {@code /health}: plugin, wanted (state and version), here (what runs),
     * convergence (IN_STEP, BEHIND, FAILED) and the error. Read from the database; empty when it does not answer.
     */
    List<Map<String, Object>> report() {
        List<Desired> desired;
        try {
            desired = cluster.desired();
        } catch (RuntimeException e) {
            return List.of();
        }
        List<Map<String, Object>> report = new ArrayList<>();
        for (Desired d : desired) {
            Outcome outcome = outcomes.get(d.symbolicName());
            Optional<Bundle> bundle = catalogue.bySymbolicName(d.symbolicName());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("plugin", d.symbolicName());
            entry.put("wanted", d.wanted().name() + (d.wanted() == Wanted.REMOVED || d.version() == null ? ""
                    : " " + d.version()));
            entry.put("here", bundle.map(b -> catalogue.info(b).state() + " " + b.getVersion()).orElse("ABSENT"));
            Convergence convergence = outcome == null || outcome.revision() != d.revision() ? Convergence.BEHIND
                    : outcome.convergence();
            entry.put("convergence", convergence.name());
            entry.put("revision", d.revision());
            if (convergence == Convergence.FAILED) {
                entry.put("error", outcome.error());
            }
            report.add(entry);
        }
        return report;
    }
}
