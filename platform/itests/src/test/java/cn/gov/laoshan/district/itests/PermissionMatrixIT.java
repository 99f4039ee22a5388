package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.ColleagueService;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Generated from what is running: every screen the shell serves × every role the platform has. A user holding
 * only that role reaches a screen exactly when the role holds the screen's permission (platform administrators
 * reach all; a screen without a permission is for administrators only), and each protected service method throws
 * for the others.
 */
class PermissionMatrixIT {

    private static TestPlatform platform;
    private static IdentityService identity;
    private static SignIn signIn;
    private static AccessControl access;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-matrix")).withDemo(true));
        identity = platform.runtime().service(IdentityService.class).orElseThrow();
        signIn = (SignIn) platform.runtime().service(Authenticator.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /**
     * A member of the market bureau holding only {@code role}; for an enterprise role, a user of a demo enterprise
     * (青岛明德长青海洋生物科技有限公司, in the registry's demo data).
     */
    private static SignedInUser holderOf(Role role) {
        String login = "matrix-" + role.code();
        boolean external = role.kind() == UserKind.EXTERNAL;
        User user = new User(login, "测试 " + role.code(), role.kind(), external ? null : "market",
                external ? SeedData.MINGDE : null, null, null, UserStatus.ACTIVE, false, null, 0, null);
        if (identity.departments().stream().noneMatch(d -> d.code().equals("market"))) {
            throw new IllegalStateException("demo departments missing");
        }
        access.asSystem(() -> {
            if (platform.runtime().database().jdbi("platform").withHandle(h -> h.createQuery(
                    "select count(*) from app_user where login = :l").bind("l", login).mapTo(Integer.class).one()) == 0) {
                identity.createUser(user, Set.of(role.code()));
            }
            return null;
        });
        User stored = access.asSystem(() -> identity.user(login)).orElseThrow();
        return signIn.signedIn(stored, false);
    }

    @Test
    void everyScreenIsReachableExactlyByTheRolesHoldingItsPermission() {
        List<Role> roles = access.asSystem(identity::roles);
        // the platform's demo roles; a plugin brings its own when it is installed (PluginDemoRolesIT)
        assertTrue(roles.size() >= 6, "the demo cast brings its roles: " + roles.size());
        List<String> checked = new ArrayList<>();
        int screens = 0;
        for (ActivePlugin plugin : platform.runtime().activePlugins()) {
            for (Screen screen : plugin.screens()) {
                screens++;
                // the guard the shell built for the screen: its permission and its audience
                ViewAccess guard = ViewAccess.permission(screen.permission(), screen.audience());
                for (Role role : roles) {
                    SignedInUser user = holderOf(role);
                    // the side of the table of the role's holder: staff, enterprise or individual user
                    boolean expected = screen.audience().admits(user.asCurrentUser())
                            && (role.platformAdmin() || SignIn.PROFILE.equals(screen.permission())
                            || (screen.permission() != null && role.permissions().contains(screen.permission())));
                    assertEquals(expected, guard.allows(Optional.of(user)),
                            plugin.route(screen) + " for role " + role.code());
                    checked.add(plugin.route(screen) + "×" + role.code());
                }
                assertFalse(guard.allows(Optional.empty()), plugin.route(screen) + " without sign-in");
            }
        }
        assertTrue(screens >= 4, "at least the identity screens are served: " + screens);
        assertEquals(screens * roles.size(), checked.size());
    }

    /** Issue 16: an enterprise user opens no staff screen even holding every permission there is (by mistake). */
    @Test
    void anEnterpriseUserHoldingEveryPermissionOpensNoStaffScreen() {
        Map<String, DepartmentScope> everything = new java.util.HashMap<>();
        List<Screen> screens = platform.runtime().activePlugins().stream().flatMap(p -> p.screens().stream()).toList();
        screens.stream().filter(s -> s.permission() != null).forEach(s -> everything.put(s.permission(), DepartmentScope.ALL));
        SignedInUser enterprise = new SignedInUser("matrix-enterprise", "企业用户", null, SeedData.MINGDE, false,
                everything, false);
        int staffScreens = 0;
        for (Screen screen : screens) {
            boolean opens = ViewAccess.permission(screen.permission(), screen.audience()).allows(Optional.of(enterprise));
            if (screen.audience() == Audience.STAFF || screen.audience() == Audience.INDIVIDUAL) {
                staffScreens++;
                assertFalse(opens, screen.path() + " opened for an enterprise user");
            } else if (screen.permission() != null) {
                assertTrue(opens, screen.path() + " is for enterprise users");
            }
        }
        assertTrue(staffScreens >= 4, "the platform's staff screens at least: " + staffScreens);
    }

    @Test
    void protectedServiceMethodsThrowForEveryRoleWithoutThePermission() {
        Map<String, Consumer<IdentityService>> calls = Map.of(
                IdentityService.USERS_VIEW, s -> s.users(null, "login", true, 0, 10),
                IdentityService.USERS_MANAGE, s -> s.resetPassword("admin"),
                IdentityService.DEPARTMENTS_MANAGE, s -> s.saveDepartment(s.departments().get(0), false),
                IdentityService.ROLES_MANAGE, s -> s.saveRole(new Role("nobody-role", "无", "none", RoleScope.OWN, null,
                        false, Set.of()), true));
        for (Role role : access.asSystem(identity::roles)) {
            SignedInUser user = holderOf(role);
            IdentityService asUser = new IdentityService(
                    new IdentityStore(platform.runtime().database().jdbi("platform")),
                    new UserAccessControl(user), Optional::empty, Clock.systemUTC(), IdentityIT.ITERATIONS, Optional::empty);
            for (Map.Entry<String, Consumer<IdentityService>> call : calls.entrySet()) {
                if (!user.may(call.getKey())) {
                    assertThrows(AccessDeniedException.class, () -> call.getValue().accept(asUser),
                            call.getKey() + " for role " + role.code());
                }
            }
            if (!user.may(ColleagueService.COLLEAGUES_MANAGE)) {
                ColleagueService colleagues = new ColleagueService(
                        new IdentityStore(platform.runtime().database().jdbi("platform")),
                        new UserAccessControl(user), Optional::empty, Clock.systemUTC(), IdentityIT.ITERATIONS, Optional::empty);
                assertThrows(AccessDeniedException.class, () -> colleagues.disableColleague("hailan-cw"),
                        "colleagues for role " + role.code());
            }
        }
    }

    @Test
    void theConfigurationScreenIsForPlatformAdministratorsOnly() {
        Screen screen = platform.runtime().activePlugins().stream().filter(p -> p.id().equals("console"))
                .flatMap(p -> p.screens().stream()).filter(s -> s.path().equals("configuration")).findFirst()
                .orElseThrow(() -> new AssertionError("console/configuration is not served"));
        assertEquals(ConfigService.VIEW, screen.permission());
        ConfigService asSystem = platform.runtime().service(ConfigService.class).orElseThrow();
        int refused = 0;
        List<Role> roles = access.asSystem(identity::roles);
        for (Role role : roles) {
            if (!role.platformAdmin()) {
                assertFalse(role.permissions().contains(ConfigService.MANAGE), role.code() + " may change configuration");
            }
            SignedInUser user = holderOf(role);
            ConfigService asUser = new ConfigService(platform.runtime().bundleContext(),
                    platform.home().resolve("conf"), new UserAccessControl(user), Optional::empty);
            if (!user.may(ConfigService.VIEW)) {
                assertThrows(AccessDeniedException.class, () -> asUser.configurables(Locale.ENGLISH), role.code());
                assertThrows(AccessDeniedException.class, () -> asUser.form("cn.gov.laoshan.district.identity",
                        Locale.ENGLISH), role.code());
                refused++;
            }
            if (!user.may(ConfigService.MANAGE)) {
                assertThrows(AccessDeniedException.class, () -> asUser.save("cn.gov.laoshan.district.identity",
                        Map.of("password.min-length", List.of("8")), Set.of(), Locale.ENGLISH), role.code());
                assertThrows(AccessDeniedException.class, () -> asUser.reset("cn.gov.laoshan.district.identity"),
                        role.code());
            }
        }
        assertEquals(roles.stream().filter(r -> !r.platformAdmin()).count(), refused,
                "no role but the platform administrators' may even look");
        assertTrue(access.asSystem(() -> asSystem.configurables(Locale.ENGLISH)).size() >= 1);
    }
}
