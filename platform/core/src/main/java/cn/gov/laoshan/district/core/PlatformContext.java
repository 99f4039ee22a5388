package cn.gov.laoshan.district.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import cn.gov.laoshan.district.core.db.Database;

/** What a {@link PlatformModule} is given when it starts. */
public interface PlatformContext {

    /** The system bundle's context: services registered here are seen by plugins and by other modules. */
    BundleContext bundleContext();

    Database database();

    /** The platform's home directory ({@code conf/}, {@code data/}, {@code logs/}, ...). */
    Path home();

    /** Whether a fresh home gets demo data (false for a production start with {@code --no-demo}). */
    boolean demo();

    Clock clock();

    /**
     * This node's name among several platforms on one database (the runtime's {@code node.name}, default the host
     * name): for what a module records per node (job leases, the configuration a node has applied).
     */
    default String nodeName() {
        return "local";
    }

    /** A service registered by the platform or an earlier module. */
    default <T> Optional<T> service(Class<T> type) {
        ServiceReference<T> reference = bundleContext().getServiceReference(type);
        return reference == null ? Optional.empty() : Optional.ofNullable(bundleContext().getService(reference));
    }
}
