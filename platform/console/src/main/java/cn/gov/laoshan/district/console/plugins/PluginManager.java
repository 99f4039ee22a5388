package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.runtime.PluginStartup;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;

/**
 * The plugins' life cycle without a restart: install, start, stop, update and uninstall, each checked on the
 * server and audited. Plugins installed here have the location {@code console:<symbolic name>} and their jar is
 * kept in {@code <home>/plugins/}, from where they are installed again at the next start.
 *
 * <p>This class checks permissions and puts together one class per concern, as Karaf splits its features service:
 * {@link PluginCatalogue} (what is installed), {@link PluginStaging} (uploads and the dry run),
 * {@link PluginInstaller} (install, safe update, roll back), {@link PluginRemoval} (uninstall, dropping data),
 * {@link KeptPlugins} (reinstall at start, the checks of jars the platform installs itself) and
 * {@link PluginAuditTrail} (audit records, the ledger, reconciliation).
 */
public final class PluginManager implements PluginStartup {

    public static final String VIEW = "console.plugins.view";
    public static final String INSTALL = "console.plugins.install";
    public static final String OPERATE = "console.plugins.operate";
    /**
     * Install, update and roll back the approved catalogue's versions of the own department's plugins (departments'
     * administrators, scoped to their department; see {@code console.catalogue.ApprovedCatalogue}).
     */
    public static final String SELF_INSTALL = "console.plugins.self-install";
    public static final String LOCATION_PREFIX = "console:";

    private final BundleContext context;
    private final Path home;
    private final AccessControl access;
    private final InstallProblems problems = new InstallProblems(java.time.Clock.systemUTC());
    private final PluginCatalogue catalogue;
    private final PluginAuditTrail trail;
    private final PluginStaging staging;
    private final PluginInstaller installer;
    private final PluginRemoval removal;
    private final KeptPlugins kept;
    /** Set when the node shares its plugins with the others on its database ({@link #useCluster}). */
    private volatile PluginConvergence convergence;

    /** Whether a jar (by its SHA-256) is approved for a department: the approved catalogue's answer. */
    public interface Approvals {
        boolean approved(String sha256, String departmentCode);
    }

    /** Nothing is approved until the catalogue says so. */
    private volatile Approvals approvals = (sha256, department) -> false;

    /** The approved catalogue's check, asked by {@link #installApproved} for callers who are not platform administrators. */
    public void useApprovals(Approvals approvals) {
        this.approvals = java.util.Objects.requireNonNull(approvals, "approvals");
    }

    public PluginManager(BundleContext context, Database database, Path home, AccessControl access,
            Supplier<Optional<AuditLog>> audit, Supplier<Optional<RuntimeFacts>> facts, Duration activationTimeout) {
        this.context = context;
        this.home = home;
        this.access = access;
        this.catalogue = new PluginCatalogue(context, database, home, facts, activationTimeout);
        this.trail = new PluginAuditTrail(context, catalogue, home, audit);
        this.staging = new PluginStaging(context, catalogue, pluginsDir(), this::allowList);
        this.installer = new PluginInstaller(context, database, catalogue, trail, home);
        this.removal = new PluginRemoval(database, catalogue, trail, home);
        this.kept = new KeptPlugins(context, home, staging, problems, this::allowList);
    }

    /**
     * Shares this node's plugins with every node on its database: each change of the console is written to
     * {@code cluster} first, and the node follows the changes the others write ({@link #followCluster}, at start).
     * Without it (a test's own manager) the plugins are this node's only.
     */
    public void useCluster(PluginCluster cluster, String node) {
        this.convergence = new PluginConvergence(cluster, this, node, access, catalogue, staging, installer, removal,
                trail, home);
    }

    /**
     * At start, after the kept plugins: installs what the cluster has (before the platform reports UP), then follows
     * its changes every 2 s ({@code district.plugins.poll-ms}).
     */
    @Override
    public void followCluster() {
        PluginConvergence c = convergence;
        if (c != null) {
            c.start(Duration.ofMillis(Long.getLong("district.plugins.poll-ms", PluginConvergence.POLL.toMillis())));
        }
    }

    /** Stops following the cluster (the console module's stop). */
    public void closeCluster() {
        PluginConvergence c = convergence;
        if (c != null) {
            c.close();
        }
    }

    /**
     * This node's convergence on each plugin's desired state, for {@code /health}'s details (in step, behind, failed);
     * empty when the node shares nothing.
     */
    public List<java.util.Map<String, Object>> convergence() {
        PluginConvergence c = convergence;
        return c == null ? List.of() : c.report();
    }

    /**
     * Keeps an approved jar in the database for every node (checks {@value #INSTALL}), so that the approved catalogue
     * of any node can install it; nothing when the node shares nothing.
     */
    public void shareJar(Path jar, String symbolicName, String version, String sha256) {
        access.check(INSTALL);
        PluginConvergence c = convergence;
        if (c != null) {
            c.cluster().keepJar(symbolicName, version, sha256, jar, actor());
        }
    }

    /**
     * Copies the jar of this SHA-256 from the database to {@code target} (for the approved catalogue of a node that
     * did not approve it; checks as {@link #dryRunApproved}); empty when the cluster does not keep it.
     */
    public Optional<Path> sharedJar(String sha256, Path target) throws IOException {
        if (!access.has(INSTALL)) {
            access.check(SELF_INSTALL);
        }
        PluginConvergence c = convergence;
        return c == null ? Optional.empty() : c.cluster().fetchJar(sha256, target);
    }

    /** What every node recorded of each plugin, for the plugins screen (checks {@value #VIEW}). */
    public List<PluginCluster.NodeState> nodeStates() {
        access.check(VIEW);
        PluginConvergence c = convergence;
        if (c == null) {
            return List.of();
        }
        try {
            return c.cluster().nodeStates();
        } catch (RuntimeException e) {
            return List.of(); // the database restarting: the screen shows this node's own state meanwhile
        }
    }

    /** Files that should run and do not (deploy/, plugins/, features), with the reason. */
    public InstallProblems problems() {
        return problems;
    }

    /** Every file-level problem, for the plugins screen (checks {@value #VIEW}). */
    public List<InstallProblems.Problem> installProblems() {
        access.check(VIEW);
        return problems.list();
    }

    /** The watcher of {@code deploy/}, not yet started ({@link DeployDirectory#start}). */
    public DeployDirectory deployDirectory(Path deploy) {
        return new DeployDirectory(context, this, problems, access, deploy, home.resolve("cache").resolve("deploy"));
    }

    @Override
    public AutoCloseable watchDeploy(Path deploy, Duration poll) {
        DeployDirectory directory = deployDirectory(deploy);
        directory.start(poll);
        return directory;
    }

    /**
     * The SHA-256 digests of {@code conf/plugin-allowlist.txt}, read now; empty (any jar) when there is no such
     * file. When there is one, it applies to every way in: uploads, {@code deploy/}, features, kept plugins.
     */
    public List<String> allowList() throws IOException {
        return PluginJar.allowList(home.resolve("conf").resolve("plugin-allowlist.txt"));
    }

    /** {@code <home>/plugins}: the jars of the plugins installed through the console. */
    public Path pluginsDir() {
        return KeptPlugins.dir(home);
    }

    // ---- reading (PluginCatalogue)

    /** Every installed plugin bundle (not the platform's own). */
    public List<PluginInfo> plugins() {
        access.check(VIEW);
        return catalogue.plugins();
    }

    public Optional<PluginInfo> plugin(long bundleId) {
        access.check(VIEW);
        Bundle bundle = context.getBundle(bundleId);
        return bundle != null && catalogue.isPlugin(bundle) ? Optional.of(catalogue.info(bundle)) : Optional.empty();
    }

    /** Whether the current user may start and stop this plugin (platform admin, or its department's admin). */
    public boolean mayOperate(PluginInfo plugin) {
        if (access.has(INSTALL)) {
            return true;
        }
        return access.has(OPERATE) && !plugin.departmentCode().isEmpty()
                && access.scope(OPERATE).includes(plugin.departmentCode());
    }

    public boolean mayInstall() {
        return access.has(INSTALL);
    }

    /** The installed bundle of a symbolic name, if any (whatever installed it). */
    Optional<Bundle> installed(String symbolicName) {
        return catalogue.bySymbolicName(symbolicName);
    }

    // ---- upload and dry run (PluginStaging)

    /** Keeps an upload in a file of its own ({@code plugins/.staging}), refusing more than the size limit. */
    public Path stage(InputStream upload) throws IOException {
        return staging.stage(upload);
    }

    /** Forgets a staged upload. */
    public void discard(Path staged) {
        staging.discard(staged);
    }

    /** Checks a staged jar and tells what installing or updating it would do; changes nothing. */
    public DryRun dryRun(Path staged) throws IOException {
        access.check(INSTALL);
        return staging.dryRun(staged);
    }

    /**
     * The dry run of a jar the approved catalogue keeps, for those who may read the catalogue (platform
     * administrators, departments' administrators); changes nothing.
     */
    public DryRun dryRunApproved(Path jar, String sha256) throws IOException {
        if (!access.has(INSTALL)) {
            access.check(SELF_INSTALL);
        }
        return staging.dryRunKnown(jar, sha256);
    }

    /**
     * The dry run of a jar a plugin repository offers, downloaded and kept under its SHA-256 (platform
     * administrators); changes nothing.
     */
    public DryRun dryRunCandidate(Path jar, String sha256) throws IOException {
        access.check(INSTALL);
        return staging.dryRunKnown(jar, sha256);
    }

    /**
     * The migrations applied to the schema of the plugin of this symbolic name (script names of its Flyway history,
     * successful ones), for the catalogue's roll back rule.
     */
    public java.util.Set<String> appliedMigrations(String symbolicName) {
        if (!access.has(INSTALL)) {
            access.check(SELF_INSTALL);
        }
        return catalogue.appliedScripts(cn.gov.laoshan.district.core.db.PluginSchemas.schemaId(symbolicName));
    }

    /** The installed plugin of a symbolic name as the plugins screen shows it, if any. */
    public Optional<PluginInfo> installedPlugin(String symbolicName) {
        if (!access.has(INSTALL)) {
            access.check(SELF_INSTALL);
        }
        return catalogue.bySymbolicName(symbolicName).filter(catalogue::isPlugin).map(catalogue::info);
    }

    /**
     * Installs, updates or (with {@code rollBack}) puts back an older version of a plugin of {@code departmentCode}
     * from a jar the approved catalogue keeps, after the catalogue checked its approval: the same dry run and safe
     * update as {@link #installOrUpdate}. A platform administrator may; a department's administrator only with
     * {@value #SELF_INSTALL} in that department, and only over a plugin of that department (checked here again, so
     * that no caller reaches another department's plugin through this method).
     */
    public synchronized PluginInfo installApproved(Path staged, String departmentCode, boolean rollBack)
            throws IOException {
        try {
            if (!access.has(INSTALL)) {
                access.check(SELF_INSTALL, departmentCode);
            }
            DryRun dry = staging.dryRun(staged);
            if (dry.isUpdate()) {
                PluginInfo installed = catalogue.info(context.getBundle(dry.existing()));
                if (!access.has(INSTALL) && !departmentCode.equals(installed.departmentCode())) {
                    throw new AccessDeniedException(SELF_INSTALL);
                }
            }
            // and only what the catalogue approved for that department, whoever calls (deny while no catalogue)
            if (!access.has(INSTALL) && !approvals.approved(dry.jar().sha256(), departmentCode)) {
                throw new ConsoleException("console.error.not-approved", "the jar " + dry.jar().sha256()
                        + " is not approved for the department " + departmentCode, departmentCode);
            }
            installer.check(dry, rollBack);
            return published(dry, () -> rollBack ? installer.rollBackTo(dry) : installer.installOrUpdate(dry));
        } finally {
            discard(staged);
        }
    }

    // ---- changes

    /**
     * Installs (or, when a plugin of that symbolic name is installed, updates) the staged jar after a dry run; refuses
     * what would not resolve before touching anything.
     */
    public synchronized PluginInfo installOrUpdate(Path staged) throws IOException {
        DryRun dry = dryRun(staged);
        try {
            installer.check(dry, false);
            return published(dry, () -> installer.installOrUpdate(dry));
        } finally {
            discard(staged);
        }
    }

    /**
     * Replaces a bundle by a checked jar so that a failure leaves the running version as it was (see
     * {@link PluginInstaller#replaceSafely}); for {@code deploy/}.
     */
    Optional<String> replaceSafely(Bundle bundle, PluginJar jar, byte[] previous) throws IOException {
        return installer.replaceSafely(bundle, jar, previous);
    }

    public synchronized PluginInfo start(long bundleId) {
        Bundle bundle = existing(bundleId);
        PluginInfo before = catalogue.info(bundle);
        checkOperate(before);
        return publishedState(bundle, PluginCluster.Wanted.STARTED, () -> {
            try {
                bundle.start();
            } catch (BundleException e) {
                throw new ConsoleException("console.error.start-failed", "start failed: " + e.getMessage(),
                        e.getMessage());
            }
            catalogue.awaitActivation(bundle);
            PluginInfo after = catalogue.info(bundle);
            trail.recordOrUndo("plugin.start", bundle, before.state(), after.state(), bundle::stop);
            return after;
        });
    }

    public synchronized PluginInfo stop(long bundleId) {
        Bundle bundle = existing(bundleId);
        PluginInfo before = catalogue.info(bundle);
        checkOperate(before);
        return publishedState(bundle, PluginCluster.Wanted.STOPPED, () -> {
            try {
                bundle.stop();
            } catch (BundleException e) {
                throw new ConsoleException("console.error.stop-failed", "stop failed: " + e.getMessage(),
                        e.getMessage());
            }
            PluginInfo after = catalogue.info(bundle);
            trail.recordOrUndo("plugin.stop", bundle, before.state(), after.state(), bundle::start);
            return after;
        });
    }

    /**
     * Uninstalls a plugin; its data stays unless {@code dropData}, which needs the plugin id typed as
     * {@code confirmation}.
     */
    public synchronized void uninstall(long bundleId, boolean dropData, String confirmation) throws IOException {
        access.check(INSTALL);
        Bundle bundle = existing(bundleId);
        removal.check(bundle, dropData, confirmation);
        published(bundle.getSymbolicName(), null, null, PluginCluster.Wanted.REMOVED, null, () -> {
            removal.uninstall(bundle, dropData, confirmation);
            return null;
        });
    }

    // ---- the cluster: every node on the database runs what the consoles decide (PluginCluster, PluginConvergence)

    private interface LocalChange<T> {
        T run() throws IOException;
    }

    /** An install, update or roll back to the dry run's jar, the cluster told first. */
    private PluginInfo published(DryRun dry, LocalChange<PluginInfo> local) throws IOException {
        PluginCluster.Wanted wanted = !dry.isUpdate() || context.getBundle(dry.existing()).getState() == Bundle.ACTIVE
                ? PluginCluster.Wanted.STARTED : PluginCluster.Wanted.STOPPED;
        return published(dry.jar().symbolicName(), dry.jar().version().toString(), dry.jar().sha256(), wanted,
                dry.jar().file(), local);
    }

    /** A start or stop, the cluster told first; a plugin of {@code deploy/} is this node's only. */
    private PluginInfo publishedState(Bundle bundle, PluginCluster.Wanted wanted, LocalChange<PluginInfo> local) {
        try {
            if (bundle.getLocation().contains("/deploy/")) {
                return local.run();
            }
            Path kept = kept(bundle);
            return published(bundle.getSymbolicName(), bundle.getVersion().toString(),
                    kept == null ? null : PluginJar.sha256(kept), wanted, kept, local);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The jar this node keeps of a console-installed bundle, or null (a feature's plugin). */
    private Path kept(Bundle bundle) {
        Path kept = KeptPlugins.jar(home, bundle.getSymbolicName());
        return bundle.getLocation().startsWith(LOCATION_PREFIX) && java.nio.file.Files.exists(kept) ? kept : null;
    }

    /**
     * Writes the desired state for every node, then changes this node. When the database refuses, nothing has changed
     * anywhere; when this node's change fails (a migration, an activation), the cluster is told what this node runs
     * again, so that the other nodes — which may have begun to follow — come back to it.
     */
    private <T> T published(String symbolicName, String version, String sha256, PluginCluster.Wanted wanted, Path jar,
            LocalChange<T> local) throws IOException {
        PluginConvergence c = convergence;
        if (c == null) {
            return local.run();
        }
        try {
            c.cluster().publish(symbolicName, version, sha256, wanted, jar, c.node(), actor());
        } catch (RuntimeException e) {
            throw new ConsoleException("console.cluster.error.unavailable", "the plugins' state for every node cannot "
                    + "be written (" + e.getMessage() + "); nothing was changed", String.valueOf(e.getMessage()));
        }
        try {
            return local.run();
        } catch (IOException | RuntimeException e) {
            publishHere(c, symbolicName);
            throw e;
        }
    }

    /** After a failed change: what this node runs of the plugin becomes the desired state again. */
    private void publishHere(PluginConvergence c, String symbolicName) {
        try {
            Optional<Bundle> bundle = catalogue.bySymbolicName(symbolicName);
            if (bundle.isEmpty()) {
                c.cluster().publish(symbolicName, null, null, PluginCluster.Wanted.REMOVED, null, c.node(), actor());
                return;
            }
            Path kept = kept(bundle.get());
            c.cluster().publish(symbolicName, bundle.get().getVersion().toString(),
                    kept == null ? null : PluginJar.sha256(kept), bundle.get().getState() == Bundle.ACTIVE
                            ? PluginCluster.Wanted.STARTED : PluginCluster.Wanted.STOPPED, kept, c.node(), actor());
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PluginManager.class).error("plugin {}: the change failed on this node "
                    + "and the cluster cannot be told what it runs instead; other nodes may follow the failed change "
                    + "until the next console action on it", symbolicName, e);
        }
    }

    private String actor() {
        return access.currentUser().map(cn.gov.laoshan.district.api.security.CurrentUser::login).orElse("system");
    }

    // ---- at start (PluginStartup, for the runtime)

    /** At start: installs again the plugins installed through the console (their jars in {@code plugins/}). */
    @Override
    public void reinstallKept() {
        kept.reinstallKept();
    }

    /**
     * Whether a jar that the platform installs by itself (a kept plugin, a feature's plugin) may be installed: a
     * complete bundle, on the allow-list when there is one. When not, it is reported as a problem of {@code where}.
     */
    @Override
    public boolean admits(Path jar, String where) {
        return kept.admits(jar, where);
    }

    /**
     * At the end of a start: records, as {@code plugin.reconcile}, every difference between the plugins installed now
     * (from {@code plugins/} and {@code deploy/}) and what the audit log last said of them (the ledger) — what a
     * crash between a change and its record, or a file changed while the platform was down, left unrecorded.
     */
    @Override
    public void reconcile() {
        access.asSystem(() -> {
            trail.reconcile();
            return null;
        });
    }

    // ---- audit of deploy/ (PluginAuditTrail)

    /** A bundle's state as an audit record's before/after. */
    String summary(Bundle bundle) {
        return PluginAuditTrail.summary(catalogue.info(bundle));
    }

    /** Audits an install, update or failed update that came through {@code deploy/}. */
    void recordDeploy(String action, PluginJar jar, String before, Bundle bundle, String note) {
        trail.recordDeploy(action, jar, before, bundle, note);
    }

    void recordUninstall(String symbolicName, String before, String note) {
        trail.recordUninstall(symbolicName, before, note);
    }

    private Bundle existing(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || !catalogue.isPlugin(bundle)) {
            throw new ConsoleException("console.error.no-such-plugin", "no such plugin: bundle " + bundleId, bundleId);
        }
        return bundle;
    }

    private void checkOperate(PluginInfo plugin) {
        if (access.has(INSTALL)) {
            return;
        }
        access.check(OPERATE);
        if (plugin.departmentCode().isEmpty() || !access.scope(OPERATE).includes(plugin.departmentCode())) {
            throw new AccessDeniedException(OPERATE);
        }
    }
}
