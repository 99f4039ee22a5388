package cn.gov.laoshan.district.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * What every department plugin's component holds while it is active, in one piece used by composition (Declarative
 * Services annotations are not inherited, so a base class could not carry them): its current settings, the optional
 * platform services it uses when they run (reminders, notifications, EventAdmin, the user directory: a plugin must
 * work without them), the services it registers itself, and its demo seeding. {@link #close()} in the component's
 * {@code @Deactivate} lets all of it go: the seeding is stopped before anything else, so nothing is written after
 * the plugin stopped.
 *
 * <pre>{@code
 * @Activate
 * public HousingPlugin(@Reference PluginDatabase database, ..., HousingSettings settings, BundleContext bundle) {
 *     kit = PluginSupport.open(bundle, settings);
 *     plans = new PlanService(..., kit.optional(Reminders.class), ..., kit::settings, ...);
 *     kit.register(CalendarDependent.class, new PlanRecompute(plans));
 *     kit.seedDemo(platform, "housing-demo-data", access, database.dataSource(), seededBefore, stopping -> ...);
 * }
 * @Modified void modified(HousingSettings changed) { kit.settingsChanged(changed); }
 * @Deactivate void deactivate() { kit.close(); }
 * }</pre>
 *
 * @param <S> the plugin's Metatype settings interface
 */
public final class PluginSupport<S> implements AutoCloseable {

    private final BundleContext bundle;
    private volatile S settings;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    /** Every seeding the plugin started (one per {@code seedDemo} call), all stopped by {@link #close()}. */
    private final List<DemoSeeding> seedings = new ArrayList<>();

    private PluginSupport(BundleContext bundle, S settings) {
        this.bundle = bundle;
        this.settings = settings;
    }

    /** For the component of the plugin's bundle {@code bundle}, with the settings it was activated with. */
    public static <S> PluginSupport<S> open(BundleContext bundle, S settings) {
        return new PluginSupport<>(bundle, settings);
    }

    /** The settings as last delivered: give services {@code kit::settings}, so that they read the current ones. */
    public S settings() {
        return settings;
    }

    /** Call from the component's {@code @Modified} method: a change applies without a restart. */
    public void settingsChanged(S changed) {
        this.settings = changed;
    }

    /**
     * A platform service the plugin uses when it runs and does without when it does not (tracked until
     * {@link #close()}): the supplier answers the current one, or empty.
     */
    public synchronized <T> Supplier<Optional<T>> optional(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle, type, null);
        tracker.open();
        trackers.add(tracker);
        return () -> Optional.ofNullable(tracker.getService());
    }

    /** Registers a service of the plugin (a {@code CalendarDependent}, ...), unregistered by {@link #close()}. */
    public synchronized <T> void register(Class<T> type, T service) {
        registrations.add(bundle.registerService(type, service, null));
    }

    /**
     * On a platform with demo data, seeds the plugin's demo records off the activation thread, resumably (see
     * {@link DemoSeeding#resumable}); stopped by {@link #close()}. Nothing without demo data.
     */
    public synchronized void seedDemo(PlatformInfo platform, String name, AccessControl access, DataSource progress,
            BooleanSupplier seededBefore, DemoSeeding.Work work) {
        seedDemo(platform, access, progress, new DemoSeeding.Part(name, seededBefore, work));
    }

    /**
     * As {@link #seedDemo(PlatformInfo, String, AccessControl, DataSource, BooleanSupplier, DemoSeeding.Work)} for
     * demo data in several parts, in one call: every part is registered before the first starts, and they run in
     * order (see {@link DemoSeeding#resumable(AccessControl, DataSource, List)}). Call it once with all the parts —
     * one call per part would let a quick first part look like the whole demo data, finished.
     */
    public synchronized void seedDemo(PlatformInfo platform, AccessControl access, DataSource progress,
            DemoSeeding.Part... parts) {
        if (platform.demo()) {
            DemoSeeding.resumable(access, progress, List.of(parts)).ifPresent(seedings::add);
        }
    }

    /** Stops the demo seedings, unregisters the plugin's services and stops tracking the optional ones. */
    @Override
    public synchronized void close() {
        for (DemoSeeding seeding : seedings) {
            seeding.close();
        }
        seedings.clear();
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping: the framework unregistered it
            }
        }
        registrations.clear();
        for (ServiceTracker<?, ?> tracker : trackers) {
            try {
                tracker.close();
            } catch (IllegalStateException bundleStopped) {
                // the bundle context is no longer valid: its listeners are gone with it
            }
        }
        trackers.clear();
    }
}
