package cn.gov.laoshan.district.shell.plugins;

import java.util.List;
import java.util.Objects;

import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;

/**
 * A started plugin as the shell sees it: what its {@code DistrictPlugin} service declared, its version, and the
 * class loader that finds its message bundles ({@code messagesBaseName}).
 */
public record ActivePlugin(PluginDescriptor descriptor, String version, List<Screen> screens,
        List<DashboardWidget> widgets, List<PermissionDefinition> permissions, ClassLoader classLoader,
        String messagesBaseName) {

    public ActivePlugin {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(messagesBaseName, "messagesBaseName");
        screens = List.copyOf(screens);
        widgets = List.copyOf(widgets);
        permissions = List.copyOf(permissions);
    }

    public String id() {
        return descriptor.id();
    }

    /** The Vaadin route of one of this plugin's screens: {@code mediation/cases}. */
    public String route(Screen screen) {
        return screen.path().isEmpty() ? id() : id() + "/" + screen.path();
    }

    public List<String> routes() {
        return screens.stream().map(this::route).toList();
    }
}
