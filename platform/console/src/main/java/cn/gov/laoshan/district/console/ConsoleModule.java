package cn.gov.laoshan.district.console;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ManagedService;
import org.osgi.service.metatype.MetaTypeProvider;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.CatalogueSettings;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.config.SharedConfiguration;
import cn.gov.laoshan.district.console.features.FeatureService;
import cn.gov.laoshan.district.console.plugins.PluginCluster;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.console.shell.LocalShell;
import cn.gov.laoshan.district.console.system.SystemFacts;
import cn.gov.laoshan.district.console.ui.ConsoleScreens;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.core.runtime.PluginStartup;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;
import cn.gov.laoshan.district.core.runtime.SystemSnapshot;

/**
 * The admin console: the plugins' life cycle without a restart (install, start, stop, update, uninstall, with a
 * dry run first) and the system's facts. Registers {@link PluginManager} and {@link SystemFacts} as OSGi services
 * and its screens as a {@code DistrictPlugin} of the system bundle.
 */
public final class ConsoleModule implements PlatformModule {

    private LocalShell shell;
    private PluginManager plugins;
    private ConfigService config;
    private SharedConfiguration sharedConfiguration;

    @Override
    public String name() {
        return "console";
    }

    @Override
    public int order() {
        return 40;
    }

    /** The console's own tables (the approved catalogue), ahead of start on the runtime's migration thread. */
    @Override
    public void migrateDatabase(Database database) {
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_console", getClass().getClassLoader(),
                "cn/gov/laoshan/district/console/db");
        // the plugin jars every node installs from: a binary column, one folder per database, a history of its own
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_console_store", getClass().getClassLoader(),
                "cn/gov/laoshan/district/console/db/"
                        + (database.kind() == cn.gov.laoshan.district.api.data.DatabaseKind.DERBY ? "derby" : "postgresql"));
    }

    @Override
    public void start(PlatformContext context) throws Exception {
        migrateDatabase(context.database());
        BundleContext bundles = context.bundleContext();
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("the AccessControl service is missing"));
        plugins = new PluginManager(bundles, context.database(), context.home(), access,
                () -> context.service(AuditLog.class), () -> context.service(RuntimeFacts.class),
                Duration.ofSeconds(20));
        // the plugins every node on this database runs: the same code path on one node (embedded Derby) as on many
        plugins.useCluster(new PluginCluster(context.database().jdbi(Database.PLATFORM_SCHEMA), context.clock()),
                context.nodeName());
        SystemFacts system = new SystemFacts(context.database(), () -> context.service(RuntimeFacts.class), access,
                context.clock(), () -> context.service(JobSchedule.class), plugins.problems());
        system.pluginConvergence(plugins::convergence);
        FeatureService features = new FeatureService(bundles, context.home(), plugins, access,
                () -> context.service(AuditLog.class), () -> context.service(RuntimeFacts.class));
        bundles.registerService(PluginManager.class, plugins, null);
        // what the runtime asks at start and for /health, through core's interfaces: it knows no console class
        bundles.registerService(PluginStartup.class, plugins, null);
        bundles.registerService(SystemSnapshot.class, system, null);
        bundles.registerService(FeatureService.class, features, null);
        CatalogueSettings catalogueSettings = new CatalogueSettings(context.home());
        Dictionary<String, Object> pid = new Hashtable<>();
        pid.put(Constants.SERVICE_PID, CatalogueSettings.PID);
        bundles.registerService(ManagedService.class, catalogueSettings, pid);
        Dictionary<String, Object> metatype = new Hashtable<>();
        metatype.put(MetaTypeProvider.METATYPE_PID, CatalogueSettings.PID);
        bundles.registerService(MetaTypeProvider.class, catalogueSettings, metatype);
        ApprovedCatalogue catalogue = new ApprovedCatalogue(plugins, context.database().jdbi(Database.PLATFORM_SCHEMA),
                context.home(), access, () -> context.service(AuditLog.class),
                () -> context.service(Notifications.class), () -> context.service(Reminders.class), context.clock(),
                catalogueSettings);
        bundles.registerService(ApprovedCatalogue.class, catalogue, null);
        bundles.registerService(SystemFacts.class, system, null);
        // several nodes on one database share the configuration saved on any node's console; a home of its own
        // (embedded Derby) keeps it in its conf/ only, as before
        if (!context.database().settings().embedded()) {
            sharedConfiguration = new SharedConfiguration(context.database().jdbi(Database.PLATFORM_SCHEMA), bundles,
                    context.home().resolve("conf"), context.home().resolve("data"), context.nodeName(), context.clock())
                    .start(Duration.ofMillis(Long.getLong("district.config.poll-ms",
                            SharedConfiguration.POLL.toMillis())));
        }
        config = new ConfigService(bundles, context.home().resolve("conf"), access,
                () -> context.service(AuditLog.class), sharedConfiguration).open();
        bundles.registerService(ConfigService.class, config, null);
        bundles.registerService(DistrictPlugin.class, new ConsoleScreens(plugins, system, features, config, catalogue), null);
        shell = LocalShell.create(context.home().resolve("data"), access, plugins, features);
        shell.start();
    }


    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (config != null) {
            config.close();
        }
        if (plugins != null) {
            plugins.closeCluster();
        }
        if (sharedConfiguration != null) {
            sharedConfiguration.close();
        }
    }
}
