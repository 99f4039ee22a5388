package cn.gov.laoshan.district.registry;

import java.util.List;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.facts.FactHistory;
import cn.gov.laoshan.district.registry.ui.EnterpriseListView;
import cn.gov.laoshan.district.registry.ui.EnterprisePageView;
import cn.gov.laoshan.district.registry.ui.FactImportView;
import cn.gov.laoshan.district.registry.ui.FactsPanel;

/** The registry's contributions to the shell: the 市场主体库 screen, an enterprise's page and their permissions. */
final class RegistryPlugin implements DistrictPlugin {

    private final EnterpriseRegistry registry;
    private final EnterpriseFactsService facts;
    private final FactHistory history;
    private final FactImportView.Importer factImport;
    private final AccessControl access;

    /**
     * @param facts   the facts service ({@code null}: none)
     * @param history the facts' history (the enterprise page shows it to editors)
     * @param factImport the fact files' import with its progress (the 事实导入 screen; {@code null}: no screen)
     */
    RegistryPlugin(EnterpriseRegistry registry, EnterpriseFactsService facts, FactHistory history,
            FactImportView.Importer factImport, AccessControl access) {
        this.registry = registry;
        this.facts = facts;
        this.history = history;
        this.factImport = factImport;
        this.access = access;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("registry", "registry.plugin.name", "platform", "shell.department.platform");
    }

    @Override
    public List<Screen> screens() {
        List<Screen> screens = new java.util.ArrayList<>(List.of(Screen.builder("enterprises", EnterpriseListView.class, () -> new EnterpriseListView(registry, access))
                .title("registry.screen.enterprises").icon("vaadin:building").order(20)
                .permission(EnterpriseRegistry.PERMISSION_READ).build(),
                // an enterprise's page with the plugins' sections; the list opens it
                Screen.builder("enterprises/:" + EnterprisePageView.USCC, EnterprisePageView.class,
                        () -> new EnterprisePageView(registry, facts, history, access))
                        .title("registry.page.title").permission(EnterpriseRegistry.PERMISSION_READ).build()));
        if (factImport != null) {
            // the fact files (figures, qualifications, grades, sizes): staff holding the facts' import permission
            screens.add(Screen.builder("facts/import", FactImportView.class, () -> new FactImportView(factImport))
                    .title("registry.screen.fact-import").icon("vaadin:upload").order(21)
                    .permission(EnterpriseFactsService.PERMISSION_IMPORT).build());
        }
        return List.copyOf(screens);
    }

    /**
     * An enterprise user's own enterprise's facts on 我的企业, read-only, after the plugins' sections (staff read and
     * edit them on the registry's page, its own tab). The facts service refuses another enterprise's (enterprise
     * scope, checked on the server).
     */
    @Override
    public List<Section> sections() {
        if (facts == null) {
            return List.of();
        }
        return List.of(Section.enterprise("facts", "registry.tab.facts", 100, EnterpriseFactsService.PERMISSION_READ,
                Audience.ENTERPRISE, uscc -> {
                    access.checkEnterprise(EnterpriseFactsService.PERMISSION_READ, uscc);
                    Uscc code = Uscc.parse(uscc);
                    // the grade is the registration's, which an enterprise user does not read otherwise: their own only
                    CreditGrade grade = access.asSystem(() -> registry.find(code)).map(e -> e.creditGrade()).orElse(null);
                    return new FactsPanel(facts, code, grade);
                }));
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
