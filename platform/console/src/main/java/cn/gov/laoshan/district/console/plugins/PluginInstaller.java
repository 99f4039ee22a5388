package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;

/**
 * Install, update and roll back, after a dry run. An update is safe: the new version's pending migrations run first,
 * all in one transaction; only when they succeed is the bundle updated, and when the new version does not come up
 * (its plugin service does not appear or its activation fails) the previous jar is put back. Only the changed bundle
 * is ever refreshed.
 */
final class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);

    private final BundleContext context;
    private final Database database;
    private final PluginCatalogue catalogue;
    private final PluginAuditTrail trail;
    private final Path home;

    PluginInstaller(BundleContext context, Database database, PluginCatalogue catalogue, PluginAuditTrail trail,
            Path home) {
        this.context = context;
        this.database = database;
        this.catalogue = catalogue;
        this.trail = trail;
        this.home = home;
    }

    /** Installs the checked jar, or updates the installed plugin of its symbolic name. */
    PluginInfo installOrUpdate(DryRun dry) throws IOException {
        return dry.isUpdate() ? update(dry, false) : install(dry);
    }

    /**
     * Puts an older version of the installed plugin back (the approved catalogue's roll back) through the same safe
     * update: it must be older and bring no migration that is not applied yet (the caller has checked that its
     * migrations are a prefix of those applied; the newer ones it does not know are left in place).
     */
    PluginInfo rollBackTo(DryRun dry) throws IOException {
        if (!dry.isUpdate()) {
            throw new ConsoleException("console.error.rollback-not-installed", "the plugin "
                    + dry.jar().symbolicName() + " is not installed: nothing to roll back", dry.jar().symbolicName());
        }
        return update(dry, true);
    }

    private void refuseUnresolved(DryRun dry) {
        if (!dry.resolves()) {
            String missing = String.join("; ", dry.missing().stream().map(DryRun.Requirement::description).toList());
            throw new ConsoleException("console.error.unresolved", "would not resolve: missing " + missing, missing);
        }
    }

    /**
     * Puts the jar in plugins/ whole or not at all: copied beside it, then moved in one step. A start finds every kept
     * jar complete, also after the platform was killed in the middle of the copy (it was copied in place before, and a
     * kill then left a half jar that the next start could not install).
     */
    private static void keep(PluginJar jar, Path kept) throws IOException {
        Path partial = kept.resolveSibling(kept.getFileName() + ".partial");
        Files.copy(jar.file(), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private PluginInfo install(DryRun dry) throws IOException {
        refuseUnresolved(dry);
        PluginJar jar = dry.jar();
        migrate(jar);
        Path kept = KeptPlugins.jar(home, jar.symbolicName());
        Files.createDirectories(kept.getParent());
        keep(jar, kept);
        Bundle bundle;
        try (InputStream in = Files.newInputStream(kept)) {
            bundle = context.installBundle(PluginManager.LOCATION_PREFIX + jar.symbolicName(), in);
            bundle.start();
        } catch (BundleException e) {
            Files.deleteIfExists(kept);
            throw new ConsoleException("console.error.install-failed", "install failed: " + e.getMessage(),
                    e.getMessage());
        }
        Optional<String> failure = catalogue.awaitActivation(bundle);
        PluginInfo info = catalogue.info(bundle);
        try {
            trail.record("plugin.install", jar.symbolicName(), null, PluginAuditTrail.summary(info) + ", sha256 "
                    + jar.sha256()
                    + failure.map(f -> ", not serving: " + f).orElse(""));
        } catch (RuntimeException e) {
            // no install without its record (a full disk): undone
            try {
                bundle.uninstall();
            } catch (BundleException | RuntimeException undone) {
                LOG.error("{}: install could not be undone after the audit record failed", jar.symbolicName(), undone);
            }
            Files.deleteIfExists(kept);
            throw new ConsoleException("console.error.audit-failed", "the audit log cannot be written ("
                    + e.getMessage() + "); nothing was changed", String.valueOf(e.getMessage()));
        }
        return info;
    }

    /**
     * The refusals of {@link #installOrUpdate} ({@code rollBack}: of {@link #rollBackTo}) before anything changes:
     * what would not resolve, an update of a plugin from elsewhere, a version not newer (not older). The console asks
     * them before it tells the cluster, so that no node tries what this one refuses.
     */
    void check(DryRun dry, boolean rollBack) {
        if (!dry.isUpdate()) {
            if (rollBack) {
                throw new ConsoleException("console.error.rollback-not-installed", "the plugin "
                        + dry.jar().symbolicName() + " is not installed: nothing to roll back", dry.jar().symbolicName());
            }
            refuseUnresolved(dry);
            return;
        }
        checkUpdate(dry, context.getBundle(dry.existing()), rollBack);
    }

    private void checkUpdate(DryRun dry, Bundle bundle, boolean rollBack) {
        PluginJar jar = dry.jar();
        if (!bundle.getLocation().startsWith(PluginManager.LOCATION_PREFIX)) {
            throw new ConsoleException("console.error.not-managed",
                    "this plugin comes from " + bundle.getLocation() + "; replace the file there", bundle.getLocation());
        }
        if (rollBack) {
            if (jar.version().compareTo(bundle.getVersion()) >= 0) {
                throw new ConsoleException("console.error.not-older", "version " + jar.version()
                        + " is not older than the installed " + bundle.getVersion(), jar.version().toString(),
                        bundle.getVersion().toString());
            }
            if (!dry.migrations().isEmpty()) {
                throw new ConsoleException("console.error.rollback-migrations", "version " + jar.version()
                        + " would run migrations not applied yet: " + dry.migrations(), jar.version().toString(),
                        String.join(", ", dry.migrations()));
            }
        } else if (jar.version().compareTo(bundle.getVersion()) <= 0) {
            throw new ConsoleException("console.error.not-newer", "version " + jar.version()
                    + " is not newer than the installed " + bundle.getVersion(), jar.version().toString(),
                    bundle.getVersion().toString());
        }
        refuseUnresolved(dry);
    }

    private PluginInfo update(DryRun dry, boolean rollBack) throws IOException {
        PluginJar jar = dry.jar();
        Bundle bundle = context.getBundle(dry.existing());
        checkUpdate(dry, bundle, rollBack);
        PluginInfo before = catalogue.info(bundle);
        Path kept = KeptPlugins.jar(home, jar.symbolicName());
        byte[] previous = Files.readAllBytes(kept);
        Optional<String> failure = replaceSafely(bundle, jar, previous);
        if (failure.isPresent()) {
            trail.record("plugin.update.failed", jar.symbolicName(), PluginAuditTrail.summary(before),
                    jar.version() + ": " + failure.get());
            throw new ConsoleException("console.error.update-rolled-back", "update failed and was undone: "
                    + failure.get(), failure.get());
        }
        keep(jar, kept);
        PluginInfo after = catalogue.info(bundle);
        trail.record(rollBack ? "plugin.rollback" : "plugin.update", jar.symbolicName(), PluginAuditTrail.summary(before),
                PluginAuditTrail.summary(after) + ", sha256 " + jar.sha256());
        return after;
    }

    /**
     * Replaces a bundle by a checked jar so that a failure leaves the running version as it was: the new version's
     * pending migrations first, all in one transaction (a failure throws {@link ConsoleException}
     * {@code console.error.migration-failed} before the bundle changes); then the bundle, refreshed alone; it must
     * come up, else {@code previous} goes back. Empty when the new version runs, else why it was undone.
     */
    Optional<String> replaceSafely(Bundle bundle, PluginJar jar, byte[] previous) throws IOException {
        // 1. the new version's migrations, all or nothing: on failure the running version goes on unchanged
        if (jar.isPlugin()) {
            migrate(jar);
        }
        // 2. the bundle itself; only it is refreshed
        boolean wasActive = bundle.getState() == Bundle.ACTIVE;
        try (InputStream in = Files.newInputStream(jar.file())) {
            bundle.update(in);
            refreshAlone(bundle);
            if (wasActive && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
        } catch (BundleException e) {
            rollBack(bundle, previous, wasActive, jar.isPlugin());
            return Optional.of(String.valueOf(e.getMessage()));
        }
        // 3. it must come up, else the previous version goes back
        Optional<String> failure = wasActive && jar.isPlugin() ? catalogue.awaitActivation(bundle) : Optional.empty();
        if (failure.isPresent()) {
            rollBack(bundle, previous, wasActive, jar.isPlugin());
        }
        return failure;
    }

    private void rollBack(Bundle bundle, byte[] previous, boolean wasActive, boolean plugin) {
        try (InputStream in = new java.io.ByteArrayInputStream(previous)) {
            bundle.update(in);
            refreshAlone(bundle);
            if (wasActive && bundle.getState() != Bundle.ACTIVE) {
                bundle.start();
            }
            if (wasActive && plugin) {
                catalogue.awaitActivation(bundle);
            }
            LOG.warn("{}: update undone, version {} runs again", bundle.getSymbolicName(), bundle.getVersion());
        } catch (BundleException | IOException e) {
            LOG.error("{}: the previous version could not be put back", bundle.getSymbolicName(), e);
        }
    }

    /** Applies the jar's pending migrations to its schema in one transaction, before the bundle changes. */
    private void migrate(PluginJar jar) throws IOException {
        try {
            database.migrate(jar.schemaId(), "flyway_schema_history", new MigrationFiles(jar.migrationUrls()));
        } catch (RuntimeException e) {
            String message = describeMigrationFailure(e);
            throw new ConsoleException("console.error.migration-failed", message, message);
        }
    }

    static String describeMigrationFailure(Throwable e) {
        java.util.regex.Matcher file = java.util.regex.Pattern.compile("\\b(V\\d+[^\\s\"/]*\\.sql)\\b")
                .matcher(String.valueOf(e.getMessage()));
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return "database migration " + (file.find() ? file.group(1) + " " : "") + "failed: " + cause.split("\\R")[0];
    }

    /**
     * Refreshes the bundle when its old revision is still pending removal, but never more than it: when others are
     * wired to it, they keep the old revision until the next start rather than being restarted now.
     */
    private void refreshAlone(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (!wiring.getRemovalPendingBundles().contains(bundle)) {
            return;
        }
        Collection<Bundle> closure = wiring.getDependencyClosure(List.of(bundle));
        if (closure.size() > 1) {
            LOG.warn("{} is used by {}; not refreshed now (no cascade)", bundle.getSymbolicName(), closure);
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        };
        wiring.refreshBundles(List.of(bundle), listener);
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
