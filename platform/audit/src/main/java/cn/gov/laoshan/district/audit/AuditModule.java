package cn.gov.laoshan.district.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.audit.service.AuditService;
import cn.gov.laoshan.district.audit.service.AuditStore;
import cn.gov.laoshan.district.audit.service.CallerContext;
import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;
import cn.gov.laoshan.district.core.db.Database;
import org.osgi.framework.BundleContext;

/**
 * The platform's audit log: migrates its tables into the platform schema, registers {@link AuditLog} (for
 * everyone) and {@link AuditQuery} (for the viewer) in the OSGi registry, and contributes the viewer screen
 * {@code /audit/log}. Starts early (order 5) so that every later module finds the log.
 */
public final class AuditModule implements PlatformModule {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private AuditService service;
    private ServiceTracker<ClientAddress, ClientAddress> addresses;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int order() {
        return 5;
    }

    /** Ahead of start, on the runtime's migration thread (start's own call then only waits for it). */
    @Override
    public void migrateDatabase(Database database) {
        migrate(database);
    }

    @Override
    public void start(PlatformContext context) {
        Database database = context.database();
        migrate(database);
        BundleContext bundles = context.bundleContext();
        // every record asks for the client's address: tracked once here rather than looked up per record
        addresses = new ServiceTracker<>(bundles, ClientAddress.class, null);
        addresses.open();
        ServiceTracker<ClientAddress, ClientAddress> tracked = addresses;
        CallerContext caller = new CallerContext(() -> lookup(bundles, AccessControl.class),
                () -> Optional.ofNullable(tracked.getService()));
        service = new AuditService(new AuditStore(database.dataSource(Database.PLATFORM_SCHEMA)), caller,
                context.clock());
        registrations.add(bundles.registerService(AuditLog.class, service, null));
        registrations.add(bundles.registerService(AuditQuery.class, service, null));
        registrations.add(bundles.registerService(DistrictPlugin.class, new AuditPlugin(service, caller), null));
    }

    /** Applies the audit tables' migrations (the SQL differs only in the large-text type: clob or text). */
    public static void migrate(Database database) {
        String vendor = database.kind() == DatabaseKind.DERBY ? "derby" : "postgresql";
        database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_audit", AuditModule.class.getClassLoader(),
                "cn/gov/laoshan/district/audit/db/" + vendor);
    }

    private static <T> Optional<T> lookup(BundleContext bundles, Class<T> type) {
        try {
            ServiceReference<T> reference = bundles.getServiceReference(type);
            return reference == null ? Optional.empty() : Optional.ofNullable(bundles.getService(reference));
        } catch (IllegalStateException stopped) {
            return Optional.empty();
        }
    }

    /** The running service (tests, benchmarks). */
    public AuditService service() {
        return service;
    }

    @Override
    public void stop() {
        if (addresses != null) {
            try {
                addresses.close();
            } catch (IllegalStateException alreadyGone) {
                // the framework stopped first
            }
            addresses = null;
        }
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework stopped first
            }
        }
        registrations.clear();
    }
}
