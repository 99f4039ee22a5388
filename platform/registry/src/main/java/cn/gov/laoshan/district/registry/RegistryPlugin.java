package cn.gov.laoshan.district.registry;

import java.util.List;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.ui.EnterpriseListView;
import cn.gov.laoshan.district.registry.ui.EnterprisePageView;

/** The registry's contributions to the shell: the 市场主体库 screen, an enterprise's page and their permissions. */
final class RegistryPlugin implements DistrictPlugin {

    private final EnterpriseRegistry registry;
    private final EnterpriseFactsService facts;
    private final AccessControl access;

    RegistryPlugin(EnterpriseRegistry registry, EnterpriseFactsService facts, AccessControl access) {
        this.registry = registry;
        this.facts = facts;
        this.access = access;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("registry", "registry.plugin.name", "platform", "shell.department.platform");
    }

    @Override
    public List<Screen> screens() {
        return List.of(Screen.builder("enterprises", EnterpriseListView.class, () -> new EnterpriseListView(registry, access))
                .title("registry.screen.enterprises").icon("vaadin:building").order(20)
                .permission(EnterpriseRegistry.PERMISSION_READ).build(),
                // an enterprise's page with the plugins' sections; the list opens it
                Screen.builder("enterprises/:" + EnterprisePageView.USCC, EnterprisePageView.class,
                        () -> new EnterprisePageView(registry, facts, access))
                        .title("registry.page.title").permission(EnterpriseRegistry.PERMISSION_READ).build());
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(EnterpriseRegistry.PERMISSION_READ, "registry.permission.read"),
                new PermissionDefinition(EnterpriseRegistry.PERMISSION_EDIT, "registry.permission.edit"),
                new PermissionDefinition(EnterpriseRegistry.PERMISSION_IMPORT, "registry.permission.import"),
                new PermissionDefinition(EnterpriseFactsService.PERMISSION_READ, "registry.permission.facts-read"),
                new PermissionDefinition(EnterpriseFactsService.PERMISSION_EDIT, "registry.permission.facts-edit"),
                new PermissionDefinition(EnterpriseFactsService.PERMISSION_IMPORT, "registry.permission.facts-import"));
    }

    @Override
    public String messagesBaseName() {
        return "cn/gov/laoshan/district/registry/i18n/messages";
    }
}
