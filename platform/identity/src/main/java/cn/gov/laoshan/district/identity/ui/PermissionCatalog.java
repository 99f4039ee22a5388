package cn.gov.laoshan.district.identity.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;

/** Every permission the running plugins and modules declare, grouped by who declares it. */
public final class PermissionCatalog {

    /** One declaring plugin with its permissions. */
    public record Group(PluginDescriptor plugin, List<PermissionDefinition> permissions) {
    }

    private final BundleContext bundles;

    public PermissionCatalog(BundleContext bundles) {
        this.bundles = bundles;
    }

    public List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        try {
            for (ServiceReference<DistrictPlugin> reference : bundles.getServiceReferences(DistrictPlugin.class, null)) {
                DistrictPlugin plugin = bundles.getService(reference);
                if (plugin == null) {
                    continue;
                }
                try {
                    if (!plugin.permissions().isEmpty()) {
                        groups.put(plugin.descriptor().id(), new Group(plugin.descriptor(), plugin.permissions()));
                    }
                } finally {
                    bundles.ungetService(reference);
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort((a, b) -> a.plugin().id().compareTo(b.plugin().id()));
        return sorted;
    }
}
