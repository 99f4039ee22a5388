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

    void start(PlatformContext context) throws Exception;

    /** Called in reverse order when the platform stops. */
    default void stop() {
    }
}
