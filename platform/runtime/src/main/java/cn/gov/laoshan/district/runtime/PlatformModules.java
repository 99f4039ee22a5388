package cn.gov.laoshan.district.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;

/**
 * Finds the platform modules on the class path ({@link ServiceLoader}), applies their migrations ahead of time,
 * starts them in order, stops them in reverse. A module that fails to start stops the platform's start: the
 * platform's own services are not optional.
 */
final class PlatformModules {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformModules.class);

    private final List<PlatformModule> modules;
    private final List<PlatformModule> started = new ArrayList<>();

    PlatformModules() {
        List<PlatformModule> found = new ArrayList<>();
        ServiceLoader.load(PlatformModule.class, PlatformModules.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(PlatformModule::order).thenComparing(PlatformModule::name));
        this.modules = List.copyOf(found);
    }

    /**
     * Every module's {@link PlatformModule#migrateDatabase}, in order (one module's tables may refer to an earlier
     * one's). Runs on the runtime's database thread while the framework and the web server start.
     */
    void migrate(Database database, StartupTimeline timeline) {
        for (PlatformModule module : modules) {
            long begin = System.nanoTime();
            module.migrateDatabase(database);
            timeline.ended("migrations of " + module.name(), begin);
        }
    }

    void start(BundleContext bundleContext, Database database, Path home, boolean demo, Clock clock, String nodeName,
            StartupTimeline timeline) throws Exception {
        PlatformContext context = new PlatformContext() {
            @Override
            public BundleContext bundleContext() {
                return bundleContext;
            }

            @Override
            public Database database() {
                return database;
            }

            @Override
            public Path home() {
                return home;
            }

            @Override
            public boolean demo() {
                return demo;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public String nodeName() {
                return nodeName;
            }
        };
        for (PlatformModule module : modules) {
            long begin = System.nanoTime();
            module.start(context);
            started.add(module);
            timeline.ended("module " + module.name(), begin);
        }
    }

    void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop();
            } catch (RuntimeException e) {
                LOG.warn("module {} did not stop cleanly", started.get(i).name(), e);
            }
        }
        started.clear();
    }
}
