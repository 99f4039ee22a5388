package cn.gov.laoshan.district.core;

/**
 * A part of the platform that runs on the runtime's class path and offers shared services: the enterprise
 * registry, the working-day calendar, identity and access, notifications. Modules are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/cn.gov.laoshan.district.core.PlatformModule}) and
 * started in {@link #order()} after the database is open and before the web server serves.
 *
 * <p>A module registers its services in the OSGi registry through {@link PlatformContext#bundleContext()}, where
 * plugins find them by their {@code platform/api} interfaces, and may contribute screens by registering a
 * {@code DistrictPlugin} there, exactly as a plugin does.
 */
public interface PlatformModule {

    /** Short lower-case name, used in logs and for the module's migration history table. */
    String name();

    /** Modules start in ascending order; a module that uses another's service starts after it. */
    default int order() {
        return 100;
    }

    /**
     * Applies the module's database migrations. The runtime calls it for every module, in {@link #order()}, as soon
     * as the database is open and before any module starts — on a thread of its own, while the OSGi framework and
     * the web server start. A module that migrates here may still call the same
     * {@link cn.gov.laoshan.district.core.db.Database#migrateFromClassPath} in {@link #start}: it is applied once
     * per process, and the second call only waits for the first. Nothing but the database may be used here: no
     * services, no other module. Default: nothing (the module migrates in {@code start}).
     */
    default void migrateDatabase(cn.gov.laoshan.district.core.db.Database database) {
    }

    void start(PlatformContext context) throws Exception;

    /** Called in reverse order when the platform stops. */
    default void stop() {
    }
}
