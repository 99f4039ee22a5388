package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.core.db.PluginSchemas;
import cn.gov.laoshan.district.core.runtime.PluginStartup;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;

/**
 * The plugins' life cycle without a restart: install, start, stop, update and uninstall, each checked on the
 * server and audited. Plugins installed here have the location {@code console:<symbolic name>} and their jar is
 * kept in {@code <home>/plugins/}, from where they are installed again at the next start; {@code deploy/} stays
 * FileInstall's alone.
 *
 * <p>An update is safe: the new version's pending migrations run first, all in one transaction; only when they
 * succeed is the bundle updated, and when the new version does not come up (its plugin service does not appear or
 * its activation fails) the previous jar is put back. Only the changed bundle is ever refreshed.
 */
public final class PluginManager implements PluginStartup {

    public static final String VIEW = "console.plugins.view";
    public static final String INSTALL = "console.plugins.install";
    public static final String OPERATE = "console.plugins.operate";
    public static final String LOCATION_PREFIX = "console:";
    private static final String SHELL_MESSAGES = "cn.gov.laoshan.district.shell.i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(PluginManager.class);

    private final BundleContext context;
    private final Database database;
    private final Path home;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Supplier<Optional<RuntimeFacts>> facts;
    private final Duration activationTimeout;
    private final InstallProblems problems = new InstallProblems(java.time.Clock.systemUTC());
    private final PluginLedger ledger;
    /** The last descriptor seen per symbolic name: a stopped plugin keeps its department. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(PluginDescriptor descriptor, String nameZh, String nameEn, String departmentZh,
            String departmentEn, List<String> routes, List<String> permissions) {
    }

    public PluginManager(BundleContext context, Database database, Path home, AccessControl access,
            Supplier<Optional<AuditLog>> audit, Supplier<Optional<RuntimeFacts>> facts, Duration activationTimeout) {
        this.context = context;
        this.database = database;
        this.home = home;
        this.access = access;
        this.audit = audit;
        this.facts = facts;
        this.activationTimeout = activationTimeout;
        this.ledger = new PluginLedger(home.resolve("data").resolve("plugin-ledger.properties"));
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
        return home.resolve("plugins");
    }

    // ---------------------------------------------------------------- reading

    /** Every installed plugin bundle (not the platform's own). */
    public List<PluginInfo> plugins() {
        access.check(VIEW);
        List<PluginInfo> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (isPlugin(bundle)) {
                result.add(info(bundle));
            }
        }
        result.sort(Comparator.comparing(PluginInfo::id));
        return result;
    }

    public Optional<PluginInfo> plugin(long bundleId) {
        access.check(VIEW);
        Bundle bundle = context.getBundle(bundleId);
        return bundle != null && isPlugin(bundle) ? Optional.of(info(bundle)) : Optional.empty();
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

    private boolean isPlugin(Bundle bundle) {
        if (bundle.getBundleId() == 0 || bundle.getState() == Bundle.UNINSTALLED) {
            return false;
        }
        return facts.get().map(f -> !f.isPlatformBundle(bundle)).orElse(true);
    }

    private PluginInfo info(Bundle bundle) {
        RuntimeFacts.BundleHealth status = facts.get().map(f -> f.status(bundle)).orElse(null);
        // a failed plugin's service is not asked for: that would activate it again (and SCR print its stack trace)
        boolean failed = status != null && "FAILED".equals(status.state());
        Known plugin = (failed ? Optional.<Known>empty() : describe(bundle)).orElse(known.get(bundle.getSymbolicName()));
        String state = status != null ? status.state() : stateName(bundle.getState());
        String problem = status == null ? null : status.error();
        String bsn = bundle.getSymbolicName();
        String managedBy = bundle.getLocation().startsWith(LOCATION_PREFIX) ? "console"
                : bundle.getLocation().contains("/deploy/") ? "deploy" : "other";
        if (plugin == null) {
            String department = departments().getProperty(bsn, "");
            boolean library = !declaresPlugin(bundle);
            return new PluginInfo(bundle.getBundleId(), bsn, bsn, bsn, bsn, department, department, department,
                    bundle.getVersion().toString(),
                    state, problem, List.of(), List.of(), library ? "" : schemaVersion(schemaId(bsn)), managedBy,
                    library);
        }
        return new PluginInfo(bundle.getBundleId(), bsn, plugin.descriptor().id(), plugin.nameZh(), plugin.nameEn(),
                plugin.descriptor().departmentCode(), plugin.departmentZh(), plugin.departmentEn(),
                bundle.getVersion().toString(), state, problem, plugin.routes(), plugin.permissions(),
                schemaVersion(schemaId(bsn)), managedBy, false);
    }

    /** Whether a bundle declares a component providing {@code DistrictPlugin} (else it is a library). */
    static boolean declaresPlugin(Bundle bundle) {
        if (bundle.getHeaders().get("Service-Component") == null) {
            return false;
        }
        java.util.Enumeration<java.net.URL> entries = bundle.findEntries("OSGI-INF", "*.xml", true);
        if (entries == null) {
            return false;
        }
        for (java.net.URL url : java.util.Collections.list(entries)) {
            try (InputStream in = url.openStream()) {
                String xml = new String(in.readNBytes(1_000_000), java.nio.charset.StandardCharsets.UTF_8);
                if (PluginJar.PROVIDES_PLUGIN.matcher(xml).find()) {
                    return true;
                }
            } catch (IOException e) {
                LOG.debug("cannot read {}", url, e);
            }
        }
        return false;
    }

    /** The plugin service a bundle registered, read now (and remembered for when it stops). */
    private Optional<Known> describe(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
        if (services == null) {
            return Optional.empty();
        }
        for (ServiceReference<?> reference : services) {
            String[] classes = (String[]) reference.getProperty("objectClass");
            if (classes == null || !List.of(classes).contains(DistrictPlugin.class.getName())) {
                continue;
            }
            Object service = context.getService(reference);
            try {
                if (!(service instanceof DistrictPlugin plugin)) {
                    continue;
                }
                PluginDescriptor descriptor = plugin.descriptor();
                ClassLoader loader = plugin.getClass().getClassLoader();
                String base = plugin.messagesBaseName();
                List<String> routes = plugin.screens().stream()
                        .map(s -> s.path().isEmpty() ? descriptor.id() : descriptor.id() + "/" + s.path()).toList();
                List<String> permissions = plugin.permissions().stream().map(PermissionDefinition::id).toList();
                Known k = new Known(descriptor,
                        message(base, loader, descriptor.nameKey(), Locale.SIMPLIFIED_CHINESE),
                        message(base, loader, descriptor.nameKey(), Locale.ENGLISH),
                        message(base, loader, descriptor.departmentKey(), Locale.SIMPLIFIED_CHINESE),
                        message(base, loader, descriptor.departmentKey(), Locale.ENGLISH), routes, permissions);
                Known before = known.put(bundle.getSymbolicName(), k);
                if (before == null || !before.descriptor().departmentCode().equals(descriptor.departmentCode())) {
                    rememberDepartment(bundle.getSymbolicName(), descriptor.departmentCode());
                }
                return Optional.of(k);
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("plugin service of {} cannot be read", bundle.getSymbolicName(), e);
            } finally {
                if (service != null) {
                    context.ungetService(reference);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code data/console-plugin-departments.properties}: a stopped plugin's department, also after a restart. */
    private Path departmentsFile() {
        return home.resolve("data").resolve("console-plugin-departments.properties");
    }

    private synchronized void rememberDepartment(String symbolicName, String departmentCode) {
        java.util.Properties departments = departments();
        if (departmentCode.equals(departments.getProperty(symbolicName))) {
            return;
        }
        departments.setProperty(symbolicName, departmentCode);
        try (var out = Files.newOutputStream(departmentsFile())) {
            departments.store(out, "department of each plugin, as its descriptor last said (admin console)");
        } catch (IOException e) {
            LOG.warn("cannot write {}", departmentsFile(), e);
        }
    }

    private synchronized java.util.Properties departments() {
        java.util.Properties departments = new java.util.Properties();
        if (Files.isRegularFile(departmentsFile())) {
            try (var in = Files.newInputStream(departmentsFile())) {
                departments.load(in);
            } catch (IOException e) {
                LOG.warn("cannot read {}", departmentsFile(), e);
            }
        }
        return departments;
    }

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static String message(String base, ClassLoader loader, String key, Locale locale) {
        Locale lookup = Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
        for (var source : List.of(Map.entry(base, loader),
                Map.entry(SHELL_MESSAGES, PluginManager.class.getClassLoader()))) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(source.getKey(), lookup, source.getValue(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException | IllegalArgumentException e) {
                // try the next source
            }
        }
        return key;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "STOPPED";
            default -> "INSTALLED";
        };
    }

    static String schemaId(String symbolicName) {
        return PluginSchemas.schemaId(symbolicName);
    }

    /** The highest successful migration version of a schema, "" when it has no history. */
    String schemaVersion(String schemaId) {
        try {
            return database.jdbi(Database.PLATFORM_SCHEMA).withHandle(h -> h.createQuery(
                    "select \"version\" from " + database.schemaName(schemaId) + ".\"flyway_schema_history\""
                    + " where \"success\" = true and \"version\" is not null")
                    .mapTo(String.class).list()).stream()
                    .filter(v -> !"0".equals(v))
                    .max(Comparator.comparing(org.osgi.framework.Version::parseVersion)).orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The migration scripts a schema's history records as applied. */
    private Set<String> appliedScripts(String schemaId) {
        try {
            return Set.copyOf(database.jdbi(Database.PLATFORM_SCHEMA).withHandle(h -> h.createQuery(
                    "select \"script\" from " + database.schemaName(schemaId) + ".\"flyway_schema_history\""
                    + " where \"success\" = true").mapTo(String.class).list()));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    // ---------------------------------------------------------------- upload and dry run

    /** Keeps an upload in a file of its own ({@code plugins/.staging}), refusing more than the size limit. */
    public Path stage(InputStream upload) throws IOException {
        Path staging = pluginsDir().resolve(".staging");
        Files.createDirectories(staging);
        Path file = staging.resolve(UUID.randomUUID() + ".jar");
        try (InputStream limited = upload; var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = limited.read(buffer)) > 0;) {
                total += n;
                if (total > PluginJar.MAX_SIZE) {
                    throw new ConsoleException("console.error.too-large", "the file is larger than 50 MB",
                            PluginJar.MAX_SIZE / 1024 / 1024);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Forgets a staged upload. */
    public void discard(Path staged) {
        try {
            if (staged != null && staged.startsWith(pluginsDir().resolve(".staging"))) {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            LOG.debug("cannot delete {}", staged, e);
        }
    }

    /** Checks a staged jar and tells what installing or updating it would do; changes nothing. */
    public DryRun dryRun(Path staged) throws IOException {
        access.check(INSTALL);
        PluginJar jar = PluginJar.check(staged, allowList());
        Bundle existing = bySymbolicName(jar.symbolicName()).orElse(null);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<DryRun.Requirement> requirements = RequirementCheck.check(jar, wiring, existing);
        List<String> affected = new ArrayList<>();
        if (existing != null) {
            BundleWiring bundleWiring = existing.adapt(BundleWiring.class);
            if (bundleWiring != null) {
                for (BundleWire wire : bundleWiring.getProvidedWires(null)) {
                    Bundle requirer = wire.getRequirerWiring().getBundle();
                    String name = requirer.getSymbolicName() + " " + requirer.getVersion();
                    if (requirer.getBundleId() != existing.getBundleId() && !affected.contains(name)) {
                        affected.add(name);
                    }
                }
            }
        }
        Set<String> applied = appliedScripts(jar.schemaId());
        List<String> pending = jar.migrations().stream().filter(m -> !applied.contains(m)).toList();
        return new DryRun(jar, existing == null ? null : existing.getBundleId(),
                existing == null ? null : existing.getVersion().toString(), requirements, affected, pending);
    }

    /** The installed bundle of a symbolic name, if any (whatever installed it). */
    Optional<Bundle> installed(String symbolicName) {
        return bySymbolicName(symbolicName);
    }

    private Optional<Bundle> bySymbolicName(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- actions

    /**
     * Installs (or, when a plugin of that symbolic name is installed, updates) the staged jar after a dry run; refuses
     * what would not resolve before touching anything.
     */
    public synchronized PluginInfo installOrUpdate(Path staged) throws IOException {
        DryRun dry = dryRun(staged);
        try {
            return dry.isUpdate() ? update(dry) : install(dry);
        } finally {
            discard(staged);
        }
    }

    private void refuseUnresolved(DryRun dry) {
        if (!dry.resolves()) {
            String missing = String.join("; ", dry.missing().stream().map(DryRun.Requirement::description).toList());
            throw new ConsoleException("console.error.unresolved", "would not resolve: missing " + missing, missing);
        }
    }

    private PluginInfo install(DryRun dry) throws IOException {
        refuseUnresolved(dry);
        PluginJar jar = dry.jar();
        migrate(jar);
        Path kept = keptJar(jar.symbolicName());
        Files.createDirectories(kept.getParent());
        Files.copy(jar.file(), kept, StandardCopyOption.REPLACE_EXISTING);
        Bundle bundle;
        try (InputStream in = Files.newInputStream(kept)) {
            bundle = context.installBundle(LOCATION_PREFIX + jar.symbolicName(), in);
            bundle.start();
        } catch (BundleException e) {
            Files.deleteIfExists(kept);
            throw new ConsoleException("console.error.install-failed", "install failed: " + e.getMessage(),
                    e.getMessage());
        }
        Optional<String> failure = awaitActivation(bundle);
        PluginInfo info = info(bundle);
        try {
            record("plugin.install", jar.symbolicName(), null, summary(info) + ", sha256 " + jar.sha256()
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

    private PluginInfo update(DryRun dry) throws IOException {
        access.check(INSTALL);
        PluginJar jar = dry.jar();
        Bundle bundle = context.getBundle(dry.existing());
        if (!bundle.getLocation().startsWith(LOCATION_PREFIX)) {
            throw new ConsoleException("console.error.not-managed",
                    "this plugin comes from " + bundle.getLocation() + "; replace the file there", bundle.getLocation());
        }
        if (jar.version().compareTo(bundle.getVersion()) <= 0) {
            throw new ConsoleException("console.error.not-newer", "version " + jar.version()
                    + " is not newer than the installed " + bundle.getVersion(), jar.version().toString(),
                    bundle.getVersion().toString());
        }
        refuseUnresolved(dry);
        PluginInfo before = info(bundle);
        Path kept = keptJar(jar.symbolicName());
        byte[] previous = Files.readAllBytes(kept);
        Optional<String> failure = replaceSafely(bundle, jar, previous);
        if (failure.isPresent()) {
            record("plugin.update.failed", jar.symbolicName(), summary(before), jar.version() + ": " + failure.get());
            throw new ConsoleException("console.error.update-rolled-back", "update failed and was undone: "
                    + failure.get(), failure.get());
        }
        Files.copy(jar.file(), kept, StandardCopyOption.REPLACE_EXISTING);
        PluginInfo after = info(bundle);
        record("plugin.update", jar.symbolicName(), summary(before), summary(after) + ", sha256 " + jar.sha256());
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
        Optional<String> failure = wasActive && jar.isPlugin() ? awaitActivation(bundle) : Optional.empty();
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
                awaitActivation(bundle);
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

    /** Waits until the bundle's plugin service can be had; empty when it serves, else why not. */
    private Optional<String> awaitActivation(Bundle bundle) {
        long deadline = System.nanoTime() + activationTimeout.toNanos();
        String problem = null;
        while (System.nanoTime() < deadline) {
            RuntimeFacts.BundleHealth status = facts.get().map(f -> f.status(bundle)).orElse(null);
            boolean failed = status != null && "FAILED".equals(status.state());
            if (bundle.getState() == Bundle.ACTIVE && !failed && describe(bundle).isPresent()) {
                return Optional.empty();
            }
            if (status != null && status.error() != null) {
                problem = status.error();
                if (problem.startsWith("activation of") || problem.startsWith("database migration")
                        || "INSTALLED".equals(status.state())) {
                    return Optional.of(problem);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.of(problem != null ? problem : "its plugin service did not appear within "
                + activationTimeout.toSeconds() + " s");
    }

    public PluginInfo start(long bundleId) {
        Bundle bundle = existing(bundleId);
        PluginInfo before = info(bundle);
        checkOperate(before);
        try {
            bundle.start();
        } catch (BundleException e) {
            throw new ConsoleException("console.error.start-failed", "start failed: " + e.getMessage(), e.getMessage());
        }
        awaitActivation(bundle);
        PluginInfo after = info(bundle);
        recordOrUndo("plugin.start", bundle, before.state(), after.state(), bundle::stop);
        return after;
    }

    public PluginInfo stop(long bundleId) {
        Bundle bundle = existing(bundleId);
        PluginInfo before = info(bundle);
        checkOperate(before);
        try {
            bundle.stop();
        } catch (BundleException e) {
            throw new ConsoleException("console.error.stop-failed", "stop failed: " + e.getMessage(), e.getMessage());
        }
        PluginInfo after = info(bundle);
        recordOrUndo("plugin.stop", bundle, before.state(), after.state(), bundle::start);
        return after;
    }

    /**
     * Uninstalls a plugin; its data stays unless {@code dropData}, which needs the plugin id typed as
     * {@code confirmation}.
     */
    public synchronized void uninstall(long bundleId, boolean dropData, String confirmation) throws IOException {
        access.check(INSTALL);
        Bundle bundle = existing(bundleId);
        PluginInfo before = info(bundle);
        if (dropData && !before.id().equals(confirmation == null ? null : confirmation.trim())) {
            throw new ConsoleException("console.error.confirm-mismatch",
                    "type the plugin id " + before.id() + " to drop its data", before.id());
        }
        String reserved = dropData ? PluginSchemas.refusal(bundle.getSymbolicName()) : null;
        if (reserved != null) {
            // never drop a schema the bundle does not own: x.y.platform would wipe users and the audit log
            throw new ConsoleException("console.error.reserved-schema", reserved, bundle.getSymbolicName());
        }
        if (!bundle.getLocation().startsWith(LOCATION_PREFIX) && bundle.getLocation().contains("/deploy/")) {
            throw new ConsoleException("console.error.not-managed",
                    "this plugin comes from " + bundle.getLocation() + "; remove the file there", bundle.getLocation());
        }
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new ConsoleException("console.error.uninstall-failed", "uninstall failed: " + e.getMessage(),
                    e.getMessage());
        }
        Files.deleteIfExists(keptJar(bundle.getSymbolicName()));
        if (dropData) {
            try {
                database.dropSchema(schemaId(bundle.getSymbolicName()));
            } catch (SQLException | RuntimeException e) {
                record("plugin.uninstall", bundle.getSymbolicName(), summary(before), "uninstalled; data NOT dropped: "
                        + e.getMessage());
                throw new ConsoleException("console.error.drop-failed", "uninstalled, but its data could not be dropped: "
                        + e.getMessage(), e.getMessage());
            }
        }
        record("plugin.uninstall", bundle.getSymbolicName(), summary(before),
                dropData ? "uninstalled, data dropped" : "uninstalled, data kept");
    }

    /** At start: installs again the plugins installed through the console (their jars in {@code plugins/}). */
    @Override
    public void reinstallKept() {
        clearStaging();
        Path dir = pluginsDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Bundle> installed = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList()) {
                String bsn = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                if (context.getBundle(LOCATION_PREFIX + bsn) != null || !admits(jar, "plugins/" + jar.getFileName())) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(jar)) {
                    installed.add(context.installBundle(LOCATION_PREFIX + bsn, in));
                } catch (BundleException | IOException e) {
                    LOG.error("plugin {} from {} cannot be installed", bsn, jar, e);
                }
            }
        } catch (IOException e) {
            LOG.error("cannot read {}", dir, e);
        }
        for (Bundle bundle : installed) {
            try {
                bundle.start();
            } catch (BundleException e) {
                LOG.error("plugin {} does not start", bundle.getSymbolicName(), e);
            }
        }
    }

    /**
     * Whether a jar that the platform installs by itself (a kept plugin, a feature's plugin) may be installed: a
     * complete bundle, on the allow-list when there is one. When not, it is reported as a problem of {@code where}.
     */
    @Override
    public boolean admits(Path jar, String where) {
        try {
            PluginJar.checkBundle(jar, allowList());
            problems.clear(where);
            return true;
        } catch (ConsoleException | IOException e) {
            problems.report(where, e.getMessage() + "; not installed");
            return false;
        }
    }

    /** Uploads of a previous run that were never installed. */
    private void clearStaging() {
        Path staging = pluginsDir().resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot clear {}", staging, e);
        }
    }

    private Path keptJar(String symbolicName) {
        return pluginsDir().resolve(symbolicName + ".jar");
    }

    private Bundle existing(long bundleId) {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || !isPlugin(bundle)) {
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

    private interface Undo {
        void run() throws BundleException;
    }

    /**
     * Records a start or stop; when the audit log cannot be written (a full disk), the change is undone and refused,
     * so that no state change goes unrecorded.
     */
    private void recordOrUndo(String action, Bundle bundle, String before, String after, Undo undo) {
        try {
            record(action, bundle.getSymbolicName(), before, after);
        } catch (RuntimeException e) {
            try {
                undo.run();
            } catch (BundleException | RuntimeException undone) {
                LOG.error("{}: {} could not be undone after the audit record failed", bundle.getSymbolicName(), action,
                        undone);
            }
            throw new ConsoleException("console.error.audit-failed", "the audit log cannot be written ("
                    + e.getMessage() + "); nothing was changed", String.valueOf(e.getMessage()));
        }
    }

    /** A bundle's state as an audit record's before/after. */
    String summary(Bundle bundle) {
        return summary(info(bundle));
    }

    /** Audits an install, update or failed update that came through {@code deploy/}. */
    void recordDeploy(String action, PluginJar jar, String before, Bundle bundle, String note) {
        String after = bundle == null ? note : summary(info(bundle)) + ", sha256 " + jar.sha256() + ", " + note;
        record(action, jar.symbolicName(), before, after);
    }

    void recordUninstall(String symbolicName, String before, String note) {
        record("plugin.uninstall", symbolicName, before, "uninstalled, data kept, " + note);
    }

    private static String summary(PluginInfo info) {
        return "{\"plugin\":\"" + info.id() + "\",\"version\":\"" + info.version() + "\",\"state\":\"" + info.state()
                + "\",\"schema\":\"" + info.schemaVersion() + "\"}";
    }

    private void record(String action, String bsn, String before, String after) {
        audit.get().ifPresent(log -> log.record("console", action, "Plugin", bsn, before, after));
        try {
            ledger.put(bsn, ledgerEntry(bsn));
        } catch (IOException e) {
            LOG.warn("cannot write the plugin ledger: {}", e.toString());
        }
    }

    /** {@code <version> <where from>} of the console- or deploy-installed bundle of a symbolic name, else null. */
    private String ledgerEntry(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                String from = from(bundle);
                if (from != null) {
                    return bundle.getVersion() + " " + from;
                }
            }
        }
        return null;
    }

    /** {@code console} or {@code deploy/<file>} for the bundles whose changes are audited, else null. */
    private static String from(Bundle bundle) {
        String location = bundle.getLocation();
        if (location.startsWith(LOCATION_PREFIX)) {
            return "console";
        }
        int deploy = location.lastIndexOf("/deploy/");
        return deploy < 0 ? null : "deploy/" + location.substring(deploy + "/deploy/".length());
    }

    /**
     * At the end of a start: records, as {@code plugin.reconcile}, every difference between the plugins installed now
     * (from {@code plugins/} and {@code deploy/}) and what the audit log last said of them (the ledger) — what a
     * crash between a change and its record, or a file changed while the platform was down, left unrecorded.
     */
    @Override
    public void reconcile() {
        access.asSystem(() -> {
            reconcileAsSystem();
            return null;
        });
    }

    private void reconcileAsSystem() {
        Map<String, String> recorded = ledger.read();
        Map<String, String> found = new java.util.TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            String from = isPlugin(bundle) ? from(bundle) : null;
            if (from != null) {
                found.put(bundle.getSymbolicName(), bundle.getVersion() + " " + from);
            }
        }
        java.util.Set<String> names = new java.util.TreeSet<>(recorded.keySet());
        names.addAll(found.keySet());
        for (String name : names) {
            String before = recorded.get(name);
            String now = found.get(name);
            if (java.util.Objects.equals(before, now)) {
                continue;
            }
            String after = now == null ? "not installed at start (the audit log last recorded " + before + ")"
                    : "installed at start: " + now + keptSince(name, now);
            LOG.warn("plugin {}: {} (the audit log did not know: recorded now)", name, after);
            audit.get().ifPresent(log -> log.record("console", "plugin.reconcile", "Plugin", name, before, after));
        }
        try {
            ledger.write(found);
        } catch (IOException e) {
            LOG.warn("cannot write the plugin ledger: {}", e.toString());
        }
    }

    /** When the jar that brought a plugin was last changed, and by which way in: who changed it, as far as known. */
    private String keptSince(String symbolicName, String entry) {
        Path jar = entry.endsWith(" console") ? keptJar(symbolicName)
                : home.resolve(entry.substring(entry.indexOf(' ') + 1));
        try {
            return ", " + (entry.endsWith(" console") ? "kept by the admin console in plugins/" : "dropped into deploy/")
                    + ", file last changed " + Files.getLastModifiedTime(jar);
        } catch (IOException e) {
            return "";
        }
    }
}
