package cn.gov.laoshan.district.shell.plugins;

import java.util.List;

/**
 * One installed plugin bundle as reported by {@code /health} and the admin screens.
 *
 * @param id      plugin id, or the bundle's symbolic name while the plugin has not announced itself
 * @param name    the plugin's name in the default language (zh-CN)
 * @param version bundle version
 * @param state   ACTIVE (serving), STARTING, STOPPING, STOPPED, INSTALLED (not resolved) or FAILED
 * @param routes  the routes it serves now
 * @param error   why it is not serving, in plain words; {@code null} when it is
 */
public record PluginStatus(String id, String name, String version, String state, List<String> routes, String error) {
    public PluginStatus {
        routes = List.copyOf(routes);
    }

    public boolean failed() {
        return error != null;
    }
}
