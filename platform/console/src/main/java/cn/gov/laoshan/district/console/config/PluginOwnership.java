package cn.gov.laoshan.district.console.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;

/**
 * Which plugin (and so which department) a PID belongs to: the {@link DistrictPlugin} of the bundle that describes
 * it whose id is one of the PID's segments, else the bundle's only plugin; the system bundle's PIDs are the
 * platform's.
 */
final class PluginOwnership {

    private static final Logger LOG = LoggerFactory.getLogger(PluginOwnership.class);
    private final BundleContext context;

    PluginOwnership(BundleContext context) {
        this.context = context;
    }

    /** The owner of {@code pid} described by {@code bundle}, or null (a library, the platform). */
    PluginDescriptor owner(Bundle bundle, String pid) {
        List<PluginDescriptor> descriptors = new ArrayList<>();
        try {
            Collection<ServiceReference<DistrictPlugin>> refs = context.getServiceReferences(DistrictPlugin.class, null);
            for (ServiceReference<DistrictPlugin> ref : refs) {
                if (ref.getBundle() == null || ref.getBundle().getBundleId() != bundle.getBundleId()) {
                    continue;
                }
                DistrictPlugin plugin = context.getService(ref);
                if (plugin != null) {
                    try {
                        descriptors.add(plugin.descriptor());
                    } catch (RuntimeException | LinkageError e) {
                        LOG.debug("no descriptor", e);
                    } finally {
                        context.ungetService(ref);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> segments = Arrays.asList(pid.split("\\."));
        return descriptors.stream().filter(d -> segments.contains(d.id())).findFirst()
                .orElse(descriptors.size() == 1 ? descriptors.get(0) : null);
    }

    static String id(PluginDescriptor owner) {
        return owner == null ? "" : owner.id();
    }

    static String nameKey(PluginDescriptor owner) {
        return owner == null ? null : owner.nameKey();
    }

    static String department(Bundle bundle, PluginDescriptor owner) {
        if (owner != null) {
            return owner.departmentKey();
        }
        return bundle.getBundleId() == 0 ? "shell.department.platform" : null;
    }
}
