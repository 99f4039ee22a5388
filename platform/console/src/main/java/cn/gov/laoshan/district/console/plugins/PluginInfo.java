package cn.gov.laoshan.district.console.plugins;

import java.util.List;

/**
 * One installed plugin bundle as the plugins screen shows it.
 *
 * @param bundleId      the OSGi bundle id
 * @param symbolicName  its Bundle-SymbolicName
 * @param id            the plugin id, or the symbolic name while no plugin service is known
 * @param nameZh        name in Chinese
 * @param nameEn        name in English
 * @param departmentCode owning department's code ("" when unknown)
 * @param departmentZh  department name in Chinese
 * @param departmentEn  department name in English
 * @param version       bundle version
 * @param state         ACTIVE, STARTING, STOPPING, STOPPED, INSTALLED or FAILED
 * @param problem       why it does not serve, or {@code null}
 * @param routes        its screens' routes
 * @param permissions   the permission ids it declares
 * @param schemaVersion the version of its schema (Flyway history), "" when it has none
 * @param managedBy     {@code console} (installed here, kept under plugins/), {@code deploy} or {@code other}
 * @param library       a bundle that declares no {@code DistrictPlugin} (a library such as commons-lang3)
 */
public record PluginInfo(long bundleId, String symbolicName, String id, String nameZh, String nameEn,
        String departmentCode, String departmentZh, String departmentEn, String version, String state,
        String problem, List<String> routes, List<String> permissions, String schemaVersion, String managedBy,
        boolean library) {

    public PluginInfo {
        routes = List.copyOf(routes);
        permissions = List.copyOf(permissions);
    }

    public boolean consoleManaged() {
        return "console".equals(managedBy);
    }
}
