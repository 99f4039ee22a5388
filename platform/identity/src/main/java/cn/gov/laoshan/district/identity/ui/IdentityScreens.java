package cn.gov.laoshan.district.identity.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import org.osgi.framework.BundleContext;

import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.identity.service.ColleagueService;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.SignIn;

/** The identity module's screens and permissions, contributed to the shell like a plugin's. */
public final class IdentityScreens implements DistrictPlugin {

    private final IdentityService service;
    private final ColleagueService colleagues;
    private final PermissionCatalog permissions;
    private final UnaryOperator<String> maskPhone;

    public IdentityScreens(IdentityService service, ColleagueService colleagues, BundleContext bundles,
            UnaryOperator<String> maskPhone) {
        this.service = service;
        this.colleagues = colleagues;
        this.permissions = new PermissionCatalog(bundles);
        this.maskPhone = maskPhone;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("identity", "identity.plugin.name", "platform", "shell.department.platform");
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                Screen.builder("users", UsersView.class, () -> new UsersView(service, maskPhone))
                        .title("identity.screen.users").icon("vaadin:users").order(10)
                        .permission(IdentityService.USERS_VIEW).build(),
                Screen.builder("departments", DepartmentsView.class, () -> new DepartmentsView(service))
                        .title("identity.screen.departments").icon("vaadin:sitemap").order(20)
                        .permission(IdentityService.DEPARTMENTS_MANAGE).build(),
                Screen.builder("roles", RolesView.class, () -> new RolesView(service, permissions))
                        .title("identity.screen.roles").icon("vaadin:key").order(30)
                        .permission(IdentityService.ROLES_MANAGE).build(),
                Screen.builder("profile", ProfileView.class, () -> new ProfileView(service))
                        .title("identity.screen.profile").icon("vaadin:user-card").order(90)
                        .permission(SignIn.PROFILE).audience(Audience.ANY).build(),
                Screen.builder("colleagues", ColleaguesView.class, () -> new ColleaguesView(colleagues, maskPhone))
                        .title("identity.screen.colleagues").icon("vaadin:group").order(80)
                        .permission(ColleagueService.COLLEAGUES_MANAGE).audience(Audience.ENTERPRISE).build());
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(IdentityService.USERS_VIEW, "identity.permission.users-view"),
                new PermissionDefinition(IdentityService.USERS_MANAGE, "identity.permission.users-manage"),
                new PermissionDefinition(IdentityService.DEPARTMENTS_MANAGE, "identity.permission.departments-manage"),
                new PermissionDefinition(IdentityService.ROLES_MANAGE, "identity.permission.roles-manage"),
                new PermissionDefinition(SignIn.PROFILE, "identity.permission.profile"),
                new PermissionDefinition(ColleagueService.COLLEAGUES_MANAGE, "identity.permission.colleagues-manage"),
                new PermissionDefinition(cn.gov.laoshan.district.api.identity.IndividualAccounts.CREATE,
                        "identity.permission.individuals-create"));
    }

    @Override
    public String messagesBaseName() {
        return "cn/gov/laoshan/district/identity/i18n/messages";
    }
}
