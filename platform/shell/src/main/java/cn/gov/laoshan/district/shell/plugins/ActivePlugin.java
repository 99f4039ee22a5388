package cn.gov.laoshan.district.shell.plugins;

import java.util.List;
import java.util.Objects;

import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.PublicScreen;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.plugin.Section;

/**
 * A started plugin as the shell sees it: what its {@code DistrictPlugin} service declared, its version, and the
 * class loader that finds its message bundles ({@code messagesBaseName}), its sections of the platform's pages and
 * its public screens (opened without sign-in, api.plugin 1.6).
 */
public record ActivePlugin(PluginDescriptor descriptor, String version, List<Screen> screens,
        List<DashboardWidget> widgets, List<PermissionDefinition> permissions, ClassLoader classLoader,
        String messagesBaseName, List<Section> sections, List<PublicScreen> publicScreens) {

    public ActivePlugin {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(messagesBaseName, "messagesBaseName");
        screens = List.copyOf(screens);
        widgets = List.copyOf(widgets);
        permissions = List.copyOf(permissions);
        sections = sections == null ? List.of() : List.copyOf(sections);
        publicScreens = publicScreens == null ? List.of() : List.copyOf(publicScreens);
    }

    /** A plugin without public screens (tests, and plugins built against api.plugin 1.5 or older). */
    public ActivePlugin(PluginDescriptor descriptor, String version, List<Screen> screens, List<DashboardWidget> widgets,
            List<PermissionDefinition> permissions, ClassLoader classLoader, String messagesBaseName,
            List<Section> sections) {
        this(descriptor, version, screens, widgets, permissions, classLoader, messagesBaseName, sections, List.of());
    }

    /** A plugin without sections (tests, and plugins built against api.plugin 1.3). */
    public ActivePlugin(PluginDescriptor descriptor, String version, List<Screen> screens, List<DashboardWidget> widgets,
            List<PermissionDefinition> permissions, ClassLoader classLoader, String messagesBaseName) {
        this(descriptor, version, screens, widgets, permissions, classLoader, messagesBaseName, List.of(), List.of());
    }

    public String id() {
        return descriptor.id();
    }

    /** The Vaadin route of one of this plugin's screens: {@code mediation/cases}. */
    public String route(Screen screen) {
        return screen.path().isEmpty() ? id() : id() + "/" + screen.path();
    }

    /** The Vaadin route of one of this plugin's public screens: {@code servicehall/book}. */
    public String route(PublicScreen screen) {
        return id() + "/" + screen.path();
    }

    /** Every route of the plugin: its screens', then its public screens'. */
    public List<String> routes() {
        return java.util.stream.Stream.concat(screens.stream().map(this::route),
                publicScreens.stream().map(this::route)).toList();
    }
}
