package cn.gov.laoshan.district.identity;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.identity.service.DemoRoleSeeding;

/**
 * On a home with demo data, seeds each plugin's demo roles when its {@link DistrictPlugin} service appears — on the
 * thread that registers it, so that the roles are there when the plugin's screens are (a demo account signing in
 * right after a hot deploy finds its rights). Seeding is once per database; a failure is logged and leaves the plugin
 * running without its demo roles.
 */
final class PluginDemoRoles extends ServiceTracker<DistrictPlugin, DistrictPlugin> {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDemoRoles.class);

    private final DemoRoleSeeding seeding;
    private final AccessControl access;

    PluginDemoRoles(BundleContext context, DemoRoleSeeding seeding, AccessControl access) {
        super(context, DistrictPlugin.class, null);
        this.seeding = seeding;
        this.access = access;
    }

    @Override
    public DistrictPlugin addingService(ServiceReference<DistrictPlugin> reference) {
        DistrictPlugin plugin = context.getService(reference);
        if (plugin == null) {
            return null;
        }
        try {
            List<DemoRole> roles = plugin.demoRoles();
            if (!roles.isEmpty()) {
                String id = plugin.descriptor().id();
                access.asSystem(() -> seeding.seed(id, roles));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.error("cannot seed the demo roles of bundle {}", reference.getBundle().getSymbolicName(), e);
        }
        return plugin;
    }

    @Override
    public void removedService(ServiceReference<DistrictPlugin> reference, DistrictPlugin plugin) {
        context.ungetService(reference);
    }
}
