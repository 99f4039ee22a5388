package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.Grants;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Issue 12 item 1, generated from what runs: every role of the demo cast held by a member of every other department
 * (one user per role × department) against the mediation and housing plugins' records — each demo case, project,
 * issue, meeting and approval menu read through the plugins' own service objects, and the changes the issue names
 * (a mediator's 回避 declaration removed, a mediation group joined, a menu switched off, a plan re-baselined, an issue
 * resolved) attempted. Leaks: a read that returns a record of the plugin's department or a change that goes
 * through. There must be none; the plugin's own staff do see and change the same records (the check is not vacuous).
 * Screens: a user reaches a screen exactly when one of their roles holds its permission (what the screen then shows
 * comes from these services).
 */
class DepartmentIsolationIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static TestPlatform platform;
    private static IdentityService identity;
    private static SignIn signIn;
    private static AccessControl access;
    private static Jdbi housing;
    private static Jdbi mediation;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start(RuntimeOptions.forHome(Files.createTempDirectory("district-isolation"))
                .withDemo(true));
        platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
        platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
        platform.awaitPlugin("mediation", "ACTIVE", WAIT);
        platform.awaitPlugin("housing", "ACTIVE", WAIT);
        identity = platform.runtime().service(IdentityService.class).orElseThrow();
        signIn = (SignIn) platform.runtime().service(Authenticator.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
        housing = platform.runtime().database().jdbi("housing");
        mediation = platform.runtime().database().jdbi("mediation");
        TestPlatform.await(() -> ids(housing, "select id from action_item").size() == 6, WAIT, "housing demo seeded");
        TestPlatform.await(() -> ids(mediation, "select id from mediation_case").size() >= 5, WAIT,
                "mediation demo seeded");
        // a mediator's declared relationship (回避), as lixiumei would have declared it
        mediation.useHandle(h -> h.createUpdate("insert into mediator_relation (login, party_key, description, "
                + "is_enterprise, party_name, declared_at, declared_by) values ('lixiumei', '370212199001011237', "
                + "'表兄', false, '张三', :at, 'lixiumei')").bind("at", Timestamp.from(Instant.now())).execute());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static List<Long> ids(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    private static DistrictPlugin plugin(String id) throws Exception {
        return platform.runtime().bundleContext().getServiceReferences(DistrictPlugin.class, null).stream()
                .map(r -> platform.runtime().bundleContext().getService(r))
                .filter(p -> p.descriptor().id().equals(id)).findFirst().orElseThrow();
    }

    /** A member of {@code department} holding only {@code role}, as the identity module signs them in. */
    private static SignedInUser holder(Role role, String department) {
        String login = ("iso-" + role.code() + "-" + department);
        login = login.length() > 40 ? login.substring(0, 40) : login;
        String name = login;
        IdentityStore store = new IdentityStore(platform.runtime().database().jdbi("platform"));
        if (store.user(login).isEmpty()) {
            User user = new User(login, name, UserKind.STAFF, department, null, null, null, UserStatus.ACTIVE, false,
                    Instant.now(), 0, null);
            store.jdbi().useTransaction(h -> {
                // no hash worth computing: these users never sign in with a password
                store.insertUser(h, user, "x", Instant.now());
                store.setRoles(h, user.login(), List.of(role.code()));
            });
        }
        return signIn.signedIn(store.user(login).orElseThrow(), false);
    }

    /** Runs {@code step} as {@code user}; a leak when it returns something present or non-empty, or goes through. */
    private static boolean leaks(SignedInUser user, HousingIT.Step step) throws Throwable {
        boolean[] leaked = {false};
        HousingIT.asUser(user, () -> {
            try {
                Object result = step.run();
                leaked[0] = result instanceof Optional<?> o ? o.isPresent()
                        : result instanceof Collection<?> c ? !c.isEmpty()
                        : result instanceof Integer n ? n > 0
                        : true;
            } catch (AccessDeniedException e) {
                leaked[0] = false;
            } catch (RuntimeException e) {
                // the plugins' refusals ("no such project": the api's RefusedException) change nothing
                if (!(e instanceof RefusedException)) {
                    throw e;
                }
                leaked[0] = false;
            }
            return null;
        });
        return leaked[0];
    }

    @Test
    void noRoleOfAnotherDepartmentReadsOrChangesMediationOrHousingRecords() throws Throwable {
        DistrictPlugin mediationPlugin = plugin("mediation");
        DistrictPlugin housingPlugin = plugin("housing");
        Object cases = HousingIT.field(mediationPlugin, "cases");
        Object groups = HousingIT.field(mediationPlugin, "groups");
        Object relations = HousingIT.field(mediationPlugin, "relations");
        Object projects = HousingIT.field(housingPlugin, "projects");
        Object plans = HousingIT.field(housingPlugin, "plans");
        Object issues = HousingIT.field(housingPlugin, "issues");
        Object meetings = HousingIT.field(housingPlugin, "meetings");
        Object templates = HousingIT.field(housingPlugin, "templates");

        List<Long> caseIds = ids(mediation, "select id from mediation_case");
        long relation = ids(mediation, "select id from mediator_relation").get(0);
        List<Long> projectIds = ids(housing, "select id from project");
        List<Long> issueIds = ids(housing, "select id from blocking_issue");
        List<Long> meetingIds = ids(housing, "select id from meeting");
        long menu = ids(housing, "select min(id) from template").get(0);
        long planned = ids(housing, "select min(id) from project where baseline_completion is not null").get(0);
        long openIssue = ids(housing, "select min(id) from blocking_issue where status <> 'RESOLVED'").get(0);
        String plannedItem = housing.withHandle(h -> h.createQuery("select min(item_key) from plan_item where "
                + "project_id = :p and actual_finish is null").bind("p", planned).mapTo(String.class).one());
        int finishedBefore = housing.withHandle(h -> h.createQuery("select count(*) from plan_item where "
                + "actual_finish is not null").mapTo(Integer.class).one());
        Object everyProject = projects.getClass().getClassLoader()
                .loadClass("cn.gov.laoshan.district.housing.service.ProjectFilter").getMethod("all").invoke(null);
        Object group = ((List<?>) access.asSystem(() -> {
            try {
                return HousingIT.call(groups, "all");
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        })).get(0);

        List<Department> departments = identity.departments();
        Grants tree = new Grants(departments);
        List<Role> roles = access.asSystem(identity::roles).stream().filter(r -> !r.platformAdmin()).toList();
        List<String> leaks = new ArrayList<>();
        int checks = 0;
        for (Object[] owner : List.of(new Object[] {"justice", true}, new Object[] {"housing", false})) {
            String home = (String) owner[0];
            boolean isMediation = (Boolean) owner[1];
            Set<String> own = tree.subtree(home);
            for (Department department : departments) {
                if (own.contains(department.code()) || department.parentCode() == null) {
                    continue; // the plugin's own department, and the district above every bureau
                }
                for (Role role : roles) {
                    if (role.scope() == RoleScope.DEPARTMENT && own.contains(role.departmentCode())) {
                        continue; // a role of the plugin's own department: its records are that role's to see
                    }
                    SignedInUser user = holder(role, department.code());
                    String who = role.code() + "@" + department.code();
                    List<Object[]> steps = new ArrayList<>();
                    if (isMediation) {
                        for (long id : caseIds) {
                            steps.add(new Object[] {"case " + id, (HousingIT.Step) () -> HousingIT.call(cases, "find", id)});
                            steps.add(new Object[] {"accept case " + id,
                                    (HousingIT.Step) () -> HousingIT.call(cases, "accept", id)});
                        }
                        steps.add(new Object[] {"all declarations", (HousingIT.Step) () -> HousingIT.call(relations, "all")});
                        steps.add(new Object[] {"remove lixiumei's declaration",
                                (HousingIT.Step) () -> { HousingIT.call(relations, "remove", relation); return null; }});
                        steps.add(new Object[] {"join a mediation group", (HousingIT.Step) () -> {
                            HousingIT.call(groups, "save", joined(group, user.login()));
                            return null;
                        }});
                    } else {
                        for (long id : projectIds) {
                            steps.add(new Object[] {"project " + id, (HousingIT.Step) () -> HousingIT.call(projects, "find", id)});
                        }
                        for (long id : issueIds) {
                            steps.add(new Object[] {"issue " + id, (HousingIT.Step) () -> HousingIT.call(issues, "find", id)});
                        }
                        for (long id : meetingIds) {
                            steps.add(new Object[] {"meeting " + id, (HousingIT.Step) () -> HousingIT.call(meetings, "find", id)});
                        }
                        steps.add(new Object[] {"list projects", (HousingIT.Step) () -> HousingIT.call(projects, "list",
                                everyProject, "code", true, 0, 100)});
                        steps.add(new Object[] {"count projects",
                                (HousingIT.Step) () -> HousingIT.call(projects, "count", everyProject)});
                        steps.add(new Object[] {"open projects", (HousingIT.Step) () -> HousingIT.call(projects, "openProjects")});
                        steps.add(new Object[] {"record an actual finish", (HousingIT.Step) () -> HousingIT.call(plans,
                                "recordFinish", planned, plannedItem, java.time.LocalDate.now())});
                        steps.add(new Object[] {"menus", (HousingIT.Step) () -> HousingIT.call(templates, "list")});
                        steps.add(new Object[] {"switch a menu off",
                                (HousingIT.Step) () -> HousingIT.call(templates, "setActive", menu, false)});
                        steps.add(new Object[] {"re-baseline a plan",
                                (HousingIT.Step) () -> HousingIT.call(plans, "rebaseline", planned, "越权")});
                        steps.add(new Object[] {"resolve an issue",
                                (HousingIT.Step) () -> HousingIT.call(issues, "resolve", openIssue, "越权")});
                    }
                    for (Object[] step : steps) {
                        checks++;
                        if (leaks(user, (HousingIT.Step) step[1])) {
                            leaks.add(who + ": " + step[0]);
                        }
                    }
                }
            }
        }
        assertTrue(checks > 1000, "checked " + checks);
        assertEquals(List.of(), leaks, leaks.size() + " leaks of " + checks + " checks");
        System.out.printf("department isolation: %d checks, %d leaks%n", checks, leaks.size());

        // not vacuous: the plugins' own staff read the same records and the justice bureau's group admin manages
        SignedInUser zhanghua = signIn.signedIn(access.asSystem(() -> identity.user("zhanghua")).orElseThrow(), false);
        assertTrue(leaks(zhanghua, () -> HousingIT.call(projects, "find", planned)), "zhanghua sees the project");
        assertTrue(leaks(zhanghua, () -> HousingIT.call(issues, "find", openIssue)));
        SignedInUser wang = signIn.signedIn(access.asSystem(() -> identity.user("wangjianguo")).orElseThrow(), false);
        assertTrue(leaks(wang, () -> HousingIT.call(cases, "find", caseIds.get(0))), "the lead sees the case");
        SignedInUser justiceAdmin = signIn.signedIn(access.asSystem(() -> identity.user("sfj-admin")).orElseThrow(),
                false);
        assertTrue(leaks(justiceAdmin, () -> HousingIT.call(relations, "all")), "the group admin sees declarations");
        assertEquals(1, ids(mediation, "select id from mediator_relation").size(), "the declaration is still there");
        assertFalse(mediation.withHandle(h -> h.createQuery("select count(*) from group_member where login like 'iso-%'")
                .mapTo(Integer.class).one()) > 0, "nobody joined a group");
        assertEquals(0, (int) housing.withHandle(h -> h.createQuery("select count(*) from template where active = false")
                .mapTo(Integer.class).one()), "no menu switched off");
        assertEquals(finishedBefore, (int) housing.withHandle(h -> h.createQuery("select count(*) from plan_item where "
                + "actual_finish is not null").mapTo(Integer.class).one()), "no actual date recorded");
        assertTrue(leaks(zhanghua, () -> HousingIT.call(projects, "list", everyProject, "code", true, 0, 100)),
                "zhanghua lists the projects");
    }

    @Test
    void aScreenOpensExactlyForHoldersOfItsPermission() throws Exception {
        int checked = 0;
        for (String id : List.of("mediation", "housing")) {
            for (Screen screen : plugin(id).screens()) {
                for (Role role : access.asSystem(identity::roles)) {
                    SignedInUser user = holder(role, "market");
                    boolean expected = role.platformAdmin()
                            || (screen.permission() != null && role.permissions().contains(screen.permission()));
                    assertEquals(expected, ViewAccess.permission(screen.permission()).allows(Optional.of(user)),
                            id + "/" + screen.path() + " for " + role.code());
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    /** A copy of a (plugin-side) MediationGroup with one more member. */
    private static Object joined(Object group, String login) throws ReflectiveOperationException {
        List<?> members = (List<?>) group.getClass().getMethod("members").invoke(group);
        Object first = members.get(0);
        Object me = first.getClass().getDeclaredConstructor(String.class, String.class, boolean.class, String.class)
                .newInstance(login, "越权者", false, null);
        List<Object> more = new ArrayList<>(members);
        more.add(me);
        return HousingIT.with(group, "members", more);
    }
}
