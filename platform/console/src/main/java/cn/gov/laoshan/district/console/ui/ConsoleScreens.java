package cn.gov.laoshan.district.console.ui;

import java.util.List;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.features.FeatureService;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.console.system.SystemFacts;

/** The console's screens and permissions, contributed to the shell like a plugin's. */
public final class ConsoleScreens implements DistrictPlugin {

    private final PluginManager plugins;
    private final SystemFacts system;
    private final FeatureService features;
    private final ConfigService config;
    private final ApprovedCatalogue catalogue;

    public ConsoleScreens(PluginManager plugins, SystemFacts system, FeatureService features, ConfigService config,
            ApprovedCatalogue catalogue) {
        this.catalogue = catalogue;
        this.config = config;
        this.plugins = plugins;
        this.system = system;
        this.features = features;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("console", "console.plugin.name", "platform", "shell.department.platform");
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                Screen.builder("plugins", PluginsView.class, () -> new PluginsView(plugins, catalogue))
                        .title("console.screen.plugins").icon("vaadin:puzzle-piece").order(10)
                        .permission(PluginManager.VIEW).build(),
                // the departments' administrators' way in: what their department may install (platform administrators
                // hold every permission, so they see it too, with the upload and the approval)
                Screen.builder("catalogue", CatalogueView.class, () -> new CatalogueView(catalogue))
                        .title("console.screen.catalogue").icon("vaadin:shop").order(12)
                        .permission(PluginManager.SELF_INSTALL).build(),
                Screen.builder("features", FeaturesView.class, () -> new FeaturesView(features, plugins))
                        .title("console.screen.features").icon("vaadin:package").order(15)
                        .permission(FeatureService.VIEW).build(),
                Screen.builder("configuration", ConfigurationView.class, () -> new ConfigurationView(config))
                        .title("console.screen.configuration").icon("vaadin:cogs").order(18)
                        .permission(ConfigService.VIEW).build(),
                Screen.builder("system", SystemView.class, () -> new SystemView(system))
                        .title("console.screen.system").icon("vaadin:server").order(20)
                        .permission(SystemFacts.VIEW).build());
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PluginManager.VIEW, "console.permission.plugins-view"),
                new PermissionDefinition(PluginManager.OPERATE, "console.permission.plugins-operate"),
                new PermissionDefinition(PluginManager.INSTALL, "console.permission.plugins-install"),
                new PermissionDefinition(PluginManager.SELF_INSTALL, "console.permission.plugins-self-install"),
                new PermissionDefinition(FeatureService.VIEW, "console.permission.features-view"),
                new PermissionDefinition(SystemFacts.VIEW, "console.permission.system-view"),
                new PermissionDefinition(ConfigService.VIEW, "console.permission.config-view"),
                new PermissionDefinition(ConfigService.MANAGE, "console.permission.config-manage"));
    }

    @Override
    public String messagesBaseName() {
        return "cn/gov/laoshan/district/console/i18n/messages";
    }
}
