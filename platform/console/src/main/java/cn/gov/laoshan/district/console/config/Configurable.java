package cn.gov.laoshan.district.console.config;

/**
 * A configurable service or plugin: a PID (or a factory PID, or an instance of one) that a bundle describes with
 * Metatype.
 *
 * @param pid            the PID; for a factory entry, the factory PID
 * @param factoryPid     for an instance of a factory configuration, its factory PID; else {@code null}
 * @param factory        whether this is the factory itself (instances are created from it)
 * @param bundle         the describing bundle's symbolic name ({@code org.apache.felix.framework} for the platform)
 * @param pluginId       the plugin (or platform module) it belongs to, or "" if the bundle has no plugin
 * @param pluginNameKey  message key of the plugin's name, or {@code null}
 * @param departmentKey  message key of its department ({@code shell.department.platform}, ...), or {@code null}
 * @param name           the localised name
 * @param description    the localised description
 * @param configured     whether a configuration exists
 */
public record Configurable(String pid, String factoryPid, boolean factory, String bundle, String pluginId,
        String pluginNameKey, String departmentKey, String name, String description, boolean configured) {
}
