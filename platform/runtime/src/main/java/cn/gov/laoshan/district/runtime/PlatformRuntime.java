package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.PluginDatabases;
import cn.gov.laoshan.district.core.feature.FeatureDescriptor;
import cn.gov.laoshan.district.core.runtime.PluginStartup;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;
import cn.gov.laoshan.district.core.runtime.SystemSnapshot;
import cn.gov.laoshan.district.shell.ShellApplication;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.ShellAccessControl;
import cn.gov.laoshan.district.shell.ui.NavbarItem;

/**
 * One running platform: the OSGi framework with its standard services, the shell in Jetty, the plugins that
 * features and {@code deploy/} bring. Start it with {@link #start}, stop it with {@link #close}; several may run in
 * one JVM (tests), each with its own home and port.
 */
public final class PlatformRuntime implements PlatformStatus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformRuntime.class);

    private final RuntimeOptions options;
    private final DistrictHome home;
    private final Instant startedAt;
    private final BootstrapAdmin admin;
    private final DelegatingAuthenticator authenticator;
    /** Held from before the first write to the home until the end of {@link #close}. */
    private final HomeLock homeLock;
    private volatile OsgiFramework osgi;
    private PluginTracker tracker;
    private volatile PluginHealth health;
    private WebServer web;
    private ShellApplication shell;
    private Database database;
    private PluginDatabases pluginDatabases;
    private Optional<AutoCloseable> deployDirectory = Optional.empty();
    private final PlatformModules modules = new PlatformModules();
    private final StartupTimeline timeline = new StartupTimeline();
    private Optional<String> newAdminPassword = Optional.empty();
    /** True from construction until everything has started: the web server may already serve meanwhile. */
    private volatile boolean starting = true;
    private CompletableFuture<Optional<String>> adminCreated;
    private DatabaseStart databaseStart;
    /** Whether the database answers, for /health; from the moment it is open. */
    private volatile DatabaseProbe databaseProbe;
    private CompletableFuture<OsgiFramework> osgiStarted;
    /** The administrator is created by the main thread (few cores): a failed start must not wait for it. */
    private boolean adminOnMainThread;

    private PlatformRuntime(RuntimeOptions options, Clock clock, HomeLock homeLock) {
        this.options = options;
        this.homeLock = homeLock;
        this.home = new DistrictHome(options.home());
        this.startedAt = clock.instant();
        this.admin = new BootstrapAdmin(home, options.passwordCost());
        this.authenticator = new DelegatingAuthenticator(admin);
    }

    /**
     * Starts a platform; on failure everything started so far is stopped again. A home on which a platform runs
     * already is refused ({@link HomeLock.AlreadyRunningException}) before anything in it is touched.
     */
    public static PlatformRuntime start(RuntimeOptions options) throws Exception {
        return start(options, HomeLock.acquire(options.home()));
    }

    /** Starts a platform on a home whose lock the caller took ({@code Main}: before the first logger). */
    public static PlatformRuntime start(RuntimeOptions options, HomeLock homeLock) throws Exception {
        return start(options, homeLock, Clock.systemDefaultZone());
    }

    /**
     * Starts a platform whose modules and jobs take the time from {@code clock}: for tests that move the time
     * (a public notice's period ending, a daily job's time) instead of waiting for it.
     */
    public static PlatformRuntime start(RuntimeOptions options, Clock clock) throws Exception {
        return start(options, HomeLock.acquire(options.home()), clock);
    }

    private static PlatformRuntime start(RuntimeOptions options, HomeLock homeLock, Clock clock) throws Exception {
        PlatformRuntime runtime = new PlatformRuntime(options, clock, homeLock);
        try {
            runtime.startAll(clock);
            return runtime;
        } catch (Exception | Error e) {
            runtime.close();
            throw e;
        }
    }

    private void startAll(Clock clock) throws Exception {
        long begin = System.nanoTime();
        timeline.reached("runtime entered (logging ready)");
        Map<String, FeatureDescriptor> features = FeatureInstaller.requested(options.features(),
                options.featuresDir());
        try {
            home.prepare();
        } catch (java.nio.file.FileSystemException e) {
            throw HomeLock.notWritable(home.root(), e);
        }
        // Off the critical path, on threads of their own: the database — Derby's boot, then every module's
        // migrations, in module order — and the administrator's password hash on a fresh home (Argon2id, 19 MiB;
        // with two cores or fewer, this thread hashes once the web server serves and the database is open,
        // while it would otherwise only wait for the migrations, so that the path to the sign-in page keeps a core).
        // Meanwhile the OSGi framework starts on a thread of its own and this thread starts the web server, which
        // serves the sign-in page from then on (sign-ins wait until the start ends).
        Callable<Optional<String>> createAdmin = () -> {
            long t = System.nanoTime();
            Optional<String> created = admin.ensureCreated();
            timeline.ended(created.isPresent() ? "administrator created (password hash)" : "administrator checked", t);
            return created;
        };
        boolean fewCores = Runtime.getRuntime().availableProcessors() <= 2;
        adminOnMainThread = fewCores;
        adminCreated = fewCores ? new CompletableFuture<>()
                : StartupThreads.background("district-start-admin", createAdmin);
        databaseStart = DatabaseStart.begin(home, modules, timeline);
        osgiStarted = StartupThreads.background("district-start-osgi", () -> {
            long t = System.nanoTime();
            OsgiFramework framework = OsgiFramework.start(home);
            timeline.ended("OSGi framework and standard bundles", t);
            return framework;
        });

        long phase = System.nanoTime();
        shell = new ShellApplication(authenticator, this, clock, this::service);
        shell.navbarItems(() -> services(NavbarItem.class));
        shell.trustedProxies(cn.gov.laoshan.district.shell.security.TrustedProxies.of(options.trustedProxies()));
        LocalAdminToken adminToken = LocalAdminToken.create(adminTokenFile());
        web = new WebServer(options.host(), options.port(), options.https(), options.sessionIdle(), shell,
                new HealthServlet(this, this::isUp, () -> starting,
                        () -> service(SystemSnapshot.class).map(SystemSnapshot::snapshot).orElse(Map.of()),
                        request -> adminToken.presentedBy(request) || PlatformAdminSession.signedIn(request),
                        options.nodeName(), () -> databaseProbe == null || databaseProbe.answers()),
                new AdminServlet(() -> starting ? null : database, adminToken),
                page -> timeline.reached("first page served (" + page + ")"));
        web.start();
        homeLock.listening(web.port());
        timeline.ended("web server (Jetty, Vaadin) listening on port " + web.port(), phase);

        phase = System.nanoTime();
        osgi = StartupThreads.join(osgiStarted);
        timeline.ended("waited for the OSGi framework", phase);
        boolean demo = options.demo();
        // the plugins take the platform's clock from it (a test's moved clock reaches them too)
        osgi.context().registerService(PlatformInfo.class, new PlatformInfo() {
            @Override
            public boolean demo() {
                return demo;
            }

            @Override
            public Clock clock() {
                return clock;
            }
        }, null);
        // the client's address for the plugins' public screens, behind the configured proxies only
        osgi.context().registerService(cn.gov.laoshan.district.api.plugin.ClientAddress.class, shell.clientAddress(),
                null);
        // before any configuration is delivered (FileInstall reads conf/ only at the end of the start)
        cn.gov.laoshan.district.core.config.ConfigurationCheck.register(osgi.context());
        osgi.context().registerService(AccessControl.class,
                new ShellAccessControl(() -> service(AuditLog.class)), null);
        tracker = new PluginTracker(osgi.context(), shell);
        tracker.open();
        osgi.context().registerService(RuntimeFacts.class, new HostFacts(startedAt, options.nodeName(), osgi,
                () -> health, this::openSessions, this::signedInSessions, options.featuresDir(), options.bundlesDir()),
                null);

        phase = System.nanoTime();
        database = StartupThreads.join(databaseStart.opened);
        if (fewCores) {
            // while the migrations run (and after the database's boot, which competes with the first page)
            try {
                adminCreated.complete(createAdmin.call());
            } catch (Exception | Error e) {
                adminCreated.completeExceptionally(e);
                throw e;
            }
        }
        StartupThreads.join(databaseStart.migrated);
        timeline.ended("waited for the database and the migrations", phase);
        databaseProbe = DatabaseProbe.start(database.dataSource(Database.PLATFORM_SCHEMA));
        pluginDatabases = new PluginDatabases(database);
        pluginDatabases.register(osgi.context());
        health = new PluginHealth(osgi, tracker, pluginDatabases, shell.i18n(), startedAt);
        newAdminPassword = StartupThreads.join(adminCreated);
        modules.start(osgi.context(), database, home.root(), options.demo(), clock, options.nodeName(), timeline);
        // a module (identity) may bring the real sign-in; until then only the bootstrap administrator exists
        service(Authenticator.class).ifPresent(authenticator::use);
        authenticator.ready();

        phase = System.nanoTime();
        try (PluginMigrationsAhead migrationsAhead = new PluginMigrationsAhead(database, timeline)) {
            new FeatureInstaller(osgi.context(), options.bundlesDir(), (jar, where) -> service(PluginStartup.class)
                    .map(plugins -> plugins.admits(jar, where)).orElse(true),
                    (plugin, began) -> timeline.ended("plugin " + plugin, began), migrationsAhead)
                    .installAll(options.features(), features);
        }
        timeline.ended("features", phase);
        phase = System.nanoTime();
        // the plugins installed through the admin console, kept in plugins/
        service(PluginStartup.class).ifPresent(PluginStartup::reinstallKept);
        // what the nodes on this database installed, started, stopped or removed (issue 24): in step before UP
        service(PluginStartup.class).ifPresent(PluginStartup::followCluster);
        // deploy/: checked installs, safe updates, problems reported (console's DeployDirectory, not FileInstall)
        deployDirectory = service(PluginStartup.class).map(plugins -> plugins.watchDeploy(home.deploy(),
                options.deployPoll()));
        // what a crash (or a file changed while down) left unrecorded is recorded now: audit and state agree
        service(PluginStartup.class).ifPresent(PluginStartup::reconcile);
        osgi.startWatchers(home);
        timeline.ended("kept plugins, deploy/, reconcile and conf/ watchers", phase);
        starting = false;
        timeline.reached("platform started");
        LOG.info("platform started in {} ms on port {}, home {}; {} migration run(s) needed Flyway (an up-to-date "
                + "schema needs none)", (System.nanoTime() - begin) / 1_000_000, port(), home.root(),
                database.flywayRuns());
        LOG.info("start-up timeline (ms since the JVM started, own duration): {}", timeline.summary());
    }

    /** The token file of the local admin endpoint ({@code bin/district backup}). */
    public java.nio.file.Path adminTokenFile() {
        return home.data().resolve("admin.token");
    }

    /** Every registered service of a type, for the shell's suppliers. */
    private <T> List<T> services(Class<T> type) {
        return osgi == null || !osgi.isActive() ? List.of() : osgi.services(type);
    }

    /** A service of the platform's OSGi registry, if registered. */
    public <T> Optional<T> service(Class<T> type) {
        return osgi == null || !osgi.isActive() ? Optional.empty() : osgi.service(type);
    }

    /** The platform's database. */
    public Database database() {
        return database;
    }

    /** The HTTP port the platform listens on. */
    public int port() {
        return web.port();
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int securePort() {
        return web.securePort();
    }

    public DistrictHome home() {
        return home;
    }

    /** The bootstrap administrator's password if this start created it, to be shown once. */
    public Optional<String> newAdminPassword() {
        return newAdminPassword;
    }

    public java.nio.file.Path adminPasswordFile() {
        return admin.passwordFile();
    }

    /** The OSGi framework's context, for tests and the admin console. */
    public BundleContext bundleContext() {
        return osgi.context();
    }

    /** Everything has started and the web server and the framework run. */
    public boolean isUp() {
        return !starting && web != null && web.isRunning() && osgi != null && osgi.isActive();
    }

    /** Still starting: the web server may already serve the sign-in page; sign-ins wait until the start ends. */
    public boolean isStarting() {
        return starting;
    }

    /** The plugins (and platform modules) whose screens the shell serves now. */
    public List<ActivePlugin> activePlugins() {
        return shell == null ? List.of() : shell.routes().plugins();
    }

    /** Number of open Vaadin sessions, signed in or not. */
    public int openSessions() {
        return shell == null ? 0 : shell.routes().openSessions();
    }

    /** Number of Vaadin sessions with someone signed in. */
    public int signedInSessions() {
        return shell == null ? 0 : shell.routes().signedInSessions();
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public List<PluginStatus> plugins() {
        return health == null ? List.of() : health.plugins();
    }

    /** Stops the web server (finishing requests in progress), then the plugins and the framework. */
    @Override
    public void close() {
        long begin = System.nanoTime();
        if (shell != null) {
            shell.stop();
        }
        if (web != null) {
            web.stop();
        }
        deployDirectory.ifPresent(watcher -> {
            try {
                watcher.close();
            } catch (Exception e) {
                LOG.warn("the deploy/ watcher did not stop cleanly", e);
            }
        });
        if (tracker != null) {
            tracker.close();
        }
        if (starting) {
            // a failed start: sign-ins that wait are refused; the start-up threads end before what they use closes
            authenticator.failed();
            if (adminOnMainThread && adminCreated != null) {
                adminCreated.complete(Optional.empty()); // the start failed before this thread got to it
            }
            StartupThreads.settled(adminCreated);
            if (databaseStart != null) {
                StartupThreads.settled(databaseStart.migrated);
                if (database == null) {
                    database = StartupThreads.settled(databaseStart.opened);
                }
            }
            if (osgi == null) {
                osgi = StartupThreads.settled(osgiStarted);
            }
        }
        if (databaseProbe != null) {
            databaseProbe.close();
        }
        modules.stop();
        if (osgi != null) {
            osgi.stop(Duration.ofSeconds(20).toMillis());
        }
        if (database != null) {
            database.close();
        }
        try {
            java.nio.file.Files.deleteIfExists(adminTokenFile());
        } catch (IOException e) {
            LOG.warn("cannot delete {}", adminTokenFile());
        }
        LOG.info("platform stopped in {} ms", (System.nanoTime() - begin) / 1_000_000);
        homeLock.close();
    }
}
