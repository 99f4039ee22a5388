package cn.gov.laoshan.district.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.registry.demo.AccountEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoFacts;
import cn.gov.laoshan.district.registry.facts.JdbiEnterpriseFacts;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.registry.service.RegistryAudit;
import cn.gov.laoshan.district.registry.ui.XlsxTables;

/**
 * The enterprise registry (市场主体库) as a platform module: migrates its tables in the platform schema, registers
 * {@link EnterpriseRegistry} and its screen (a {@link DistrictPlugin} of the system bundle), and on a demo start
 * with an empty registry seeds {@value #DEMO_COUNT} demo enterprises (the demo accounts' among them), with facts.
 */
public final class RegistryModule implements PlatformModule {

    public static final int DEMO_COUNT = 3000;
    public static final long DEMO_SEED = 370212L;
    private static final Logger LOG = LoggerFactory.getLogger(RegistryModule.class);

    private ServiceRegistration<EnterpriseRegistry> service;
    private ServiceRegistration<DistrictPlugin> plugin;
    private ServiceRegistration<EnterpriseFactsService> factsService;
    /** The facts service: its snapshots' copy being written is finished (or given up) before the database closes. */
    private JdbiEnterpriseFacts facts;
    private java.util.concurrent.ScheduledExecutorService indexer;
    /** How often the search index looks for rows changed by other nodes. */
    static final long REFRESH_SECONDS = 5;

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public int order() {
        return 20;
    }

    /** Applies the registry's migrations to the platform schema. */
    public static void migrate(Database database) {
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_registry", RegistryModule.class.getClassLoader(),
                "cn/gov/laoshan/district/registry/db");
        // what needs a type without a portable name (a binary column): one folder per database, its own history
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_registry_store", RegistryModule.class.getClassLoader(),
                "cn/gov/laoshan/district/registry/db/" + (database.kind() == DatabaseKind.DERBY ? "derby" : "postgresql"));
    }

    /** Runs on the start-up's database thread, ahead of {@link #start}, which then finds the tables in place. */
    @Override
    public void migrateDatabase(Database database) {
        migrate(database);
    }

    @Override
    public void start(PlatformContext context) {
        migrate(context.database());
        AccessControl access = context.service(AccessControl.class)
                .orElseThrow(() -> new IllegalStateException("the registry needs the AccessControl service"));
        EventPublisher events = new EventPublisher(context.bundleContext());
        JdbiEnterpriseRegistry registry = new JdbiEnterpriseRegistry(context.database().jdbi(Database.PLATFORM_SCHEMA),
                access, () -> auditLog(context), events, context.clock(), new XlsxTables());
        JdbiEnterpriseFacts facts = new JdbiEnterpriseFacts(context.database().jdbi(Database.PLATFORM_SCHEMA), access,
                new RegistryAudit(() -> auditLog(context)), context.clock(), events);
        if (context.demo()) {
            seedDemo(registry, facts);
        }
        startIndex(registry, facts);
        service = context.bundleContext().registerService(EnterpriseRegistry.class, registry, null);
        factsService = context.bundleContext().registerService(EnterpriseFactsService.class, facts, null);
        this.facts = facts;
        plugin = context.bundleContext().registerService(DistrictPlugin.class, new RegistryPlugin(registry, facts, facts.history(), facts::importFile, access), null);
    }

    /**
     * On a demo start: into an empty registry the demo enterprises and the demo accounts' enterprises
     * ({@link AccountEnterprises}), with facts; into a registry without facts (one seeded before facts existed) the
     * accounts' enterprises with theirs.
     */
    private static void seedDemo(JdbiEnterpriseRegistry registry, JdbiEnterpriseFacts facts) {
        long begin = System.nanoTime();
        List<Enterprise> enterprises;
        if (registry.isEmpty()) {
            // DEMO_COUNT in all: the accounts' enterprises and as many generated ones as there is room for, none of
            // them with an account enterprise's code or name
            List<Enterprise> accounts = AccountEnterprises.all();
            enterprises = new ArrayList<>(DemoEnterprises.generate(DEMO_SEED, DEMO_COUNT + 10).stream()
                    .filter(e -> accounts.stream().noneMatch(a -> a.uscc().equals(e.uscc()) || a.name().equals(e.name())))
                    .limit(DEMO_COUNT - accounts.size()).toList());
            enterprises.addAll(accounts);
        } else if (facts.isEmpty()) {
            enterprises = AccountEnterprises.all();
        } else {
            return;
        }
        registry.save(enterprises);
        List<YearlyFigure> figures = new ArrayList<>();
        List<Qualification> qualifications = new ArrayList<>();
        List<Uscc> usccs = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        for (Enterprise e : enterprises) {
            DemoFacts.Facts f = DemoFacts.of(e, DEMO_SEED);
            figures.addAll(f.figures());
            qualifications.addAll(f.qualifications());
            usccs.add(e.uscc());
            locations.add(f.location());
        }
        facts.save(figures, qualifications, usccs, locations);
        LOG.info("registry: {} demo enterprises with {} figures and {} qualifications in {} ms", enterprises.size(), figures.size(),
                qualifications.size(), (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * Loads the search index in the background (searches wait for it), then the fact snapshots' usual columns (a rule
     * engine's first snapshot then finds them kept: {@code FactSnapshots.warm}), then applies other nodes'
     * changes every {@value #REFRESH_SECONDS} s, to the index and to the snapshots' held columns
     * ({@code FactSnapshots.refresh}).
     */
    private void startIndex(JdbiEnterpriseRegistry registry, JdbiEnterpriseFacts facts) {
        indexer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registry-index");
            t.setDaemon(true);
            return t;
        });
        registry.loadIndexAsync(indexer).exceptionally(e -> {
            LOG.warn("registry: search index not loaded, searches stay in SQL", e);
            return null;
        });
        // on the same thread, after the index: the two reads do not compete for the two cores and the disk
        indexer.execute(() -> {
            long begin = System.nanoTime();
            try {
                int enterprises = facts.snapshots().warm().size();
                LOG.info("registry: fact snapshot columns of {} enterprises read in {} ms", enterprises,
                        (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("registry: fact snapshot columns not read ahead (the first snapshot reads them)", e);
            }
        });
        indexer.scheduleWithFixedDelay(() -> {
            try {
                registry.refreshIndex();
            } catch (RuntimeException e) {
                LOG.debug("registry: search index refresh failed", e);
            }
            // the snapshots' held columns follow in the background: after an import the tables are read here, not
            // in the next rule run (which waits for this read if it comes meanwhile)
            try {
                facts.snapshots().refresh();
            } catch (RuntimeException e) {
                LOG.warn("registry: fact snapshot columns not brought up to date (the next snapshot does it)", e);
            }
        }, REFRESH_SECONDS, REFRESH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static Optional<AuditLog> auditLog(PlatformContext context) {
        try {
            return context.service(AuditLog.class);
        } catch (IllegalStateException stopped) {
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        if (indexer != null) {
            indexer.shutdownNow();
            indexer = null;
        }
        if (facts != null) {
            facts.snapshots().close();
            facts = null;
        }
        for (ServiceRegistration<?> registration : new ServiceRegistration<?>[] {plugin, factsService, service}) {
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework stopped first
                }
            }
        }
        plugin = null;
        factsService = null;
        service = null;
    }
}
