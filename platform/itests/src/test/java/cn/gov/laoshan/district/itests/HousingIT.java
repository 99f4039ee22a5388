package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import com.vaadin.flow.server.VaadinSession;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.plugins.ActivePlugin;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The housing plugin in a real platform with demo data, on Derby and (when configured) PostgreSQL: its migrations
 * run, its two menus are stored, its screens are served and guarded per demo role, its demo projects are planned,
 * tailored (simulated approval), worked (actuals, stages completed) and dispatched (issues, meetings) through its
 * services on the real database; it uninstalls cleanly and, installed again, finds its data.
 */
class HousingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /**
     * The plugin's own service objects (as its screens get them), called on a thread whose Vaadin session holds a
     * demo user signed in through the platform's sign-in: the platform's AccessControl decides, as it does for a
     * screen. Refusals change nothing; the department admin edits a menu item and that is stored and audited.
     */
    private static void servicesRefuseUsersWithoutThePermission(TestPlatform platform, Jdbi housing, Jdbi platformDb)
            throws Throwable {
        IdentityService identity = platform.runtime().service(IdentityService.class).orElseThrow();
        SignIn signIn = (SignIn) platform.runtime().service(Authenticator.class).orElseThrow();
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        DistrictPlugin plugin = platform.runtime().bundleContext().getServiceReferences(DistrictPlugin.class, null)
                .stream().map(r -> platform.runtime().bundleContext().getService(r))
                .filter(p -> p.descriptor().id().equals("housing")).findFirst().orElseThrow();
        Object projects = field(plugin, "projects");
        Object templates = field(plugin, "templates");
        Object issues = field(plugin, "issues");
        long projectId = housing.withHandle(h -> h.createQuery("select min(id) from project").mapTo(Long.class).one());
        long templateId = housing.withHandle(h -> h.createQuery("select min(id) from template").mapTo(Long.class).one());
        String itemsBefore = menuState(housing);
        String projectBefore = housing.withHandle(h -> h.createQuery("select name || '|' || location || '|' || status "
                + "from project where id = :id").bind("id", projectId).mapTo(String.class).one());

        // 住建项目专员 zhanghua: projects yes, menus no
        as(platform, identity, signIn, access, "zhanghua", () -> {
            assertTrue(((java.util.Optional<?>) call(projects, "find", projectId)).isPresent());
            assertEquals("housing.template.manage", denied(() -> call(templates, "create", "x", null)));
            assertEquals("housing.template.manage", denied(() -> call(templates, "saveItem", templateId, "A01", null)));
            assertEquals("housing.template.manage", denied(() -> call(templates, "removeItem", templateId, "A01")));
            assertEquals("housing.template.manage", denied(() -> call(templates, "rename", templateId, "x", null)));
            return null;
        });
        // another bureau's admin (scj-admin, 市场监管局): nothing of housing, not even its approval menus
        as(platform, identity, signIn, access, "scj-admin", () -> {
            assertEquals("housing.project.view", denied(() -> call(projects, "find", projectId)));
            assertEquals("housing.template.manage", denied(() -> call(templates, "saveItem", templateId, "A01", null)));
            assertEquals("housing.project.manage", denied(() -> call(projects, "update", projectId, null, null)));
            assertEquals("housing.project.manage", denied(() -> call(issues, "resolve", 1L, "x")));
            return null;
        });
        // a user of another department: nothing
        as(platform, identity, signIn, access, "lixiumei", () -> {
            assertEquals("housing.project.view", denied(() -> call(projects, "find", projectId)));
            assertEquals("housing.project.view", denied(() -> call(templates, "list")));
            assertEquals("housing.project.manage", denied(() -> call(projects, "update", projectId, null, null)));
            assertEquals("housing.template.manage", denied(() -> call(templates, "saveItem", templateId, "A01", null)));
            return null;
        });
        assertEquals(itemsBefore, menuState(housing),
                "refusals change no menu");
        assertEquals(projectBefore, housing.withHandle(h -> h.createQuery("select name || '|' || location || '|' || "
                + "status from project where id = :id").bind("id", projectId).mapTo(String.class).one()));
        assertTrue(platformDb.withHandle(h -> h.createQuery("select count(*) from audit_record where action = "
                + "'access.denied' and object_id = 'housing.template.manage'").mapTo(Integer.class).one()) > 0,
                "denials are audited");

        // the department admin changes an item's duration: stored and audited
        as(platform, identity, signIn, access, "zjj-admin", () -> {
            Object template = ((java.util.Optional<?>) call(templates, "find", templateId)).orElseThrow();
            Object first = ((List<?>) call(template, "items")).get(0);
            String key = (String) call(first, "key");
            int days = (Integer) call(first, "durationDays");
            call(templates, "saveItem", templateId, key, withDuration(first, days + 2));
            assertEquals(days + 2, (int) housing.withHandle(h -> h.createQuery("select duration_days from template_item "
                    + "where template_id = :t and item_key = :k").bind("t", templateId).bind("k", key)
                    .mapTo(Integer.class).one()));
            Object cyclic = withPrerequisites(first, java.util.Set.of((String) call(((List<?>) call(template, "items"))
                    .get(((List<?>) call(template, "items")).size() - 1), "key")));
            Throwable refused = assertThrows(Throwable.class, () -> call(templates, "saveItem", templateId, key, cyclic));
            assertEquals("RefusedException", refused.getClass().getSimpleName(), refused.toString());
            assertTrue(refused.getMessage().contains("housing.error.template-cycle"), refused.getMessage());
            assertEquals(days + 2, (int) housing.withHandle(h -> h.createQuery("select duration_days from template_item "
                    + "where template_id = :t and item_key = :k").bind("t", templateId).bind("k", key)
                    .mapTo(Integer.class).one()), "a cycle saves nothing");
            call(templates, "saveItem", templateId, key, withDuration(first, days));
            return null;
        });
        assertTrue(platformDb.withHandle(h -> h.createQuery("select count(*) from audit_record where source = 'housing' "
                + "and action = 'template.item.update' and actor_login = 'zjj-admin'").mapTo(Integer.class).one()) >= 2,
                "the menu edit is audited with its author");
    }

    private static String menuState(Jdbi housing) {
        return housing.withHandle(h -> h.createQuery("select template_id, item_key, duration_days, prerequisites from "
                + "template_item order by template_id, item_key").map((rs, ctx) -> rs.getLong(1) + "/" + rs.getString(2)
                        + ":" + rs.getInt(3) + "<" + rs.getString(4)).list()).toString();
    }

    interface Step {
        Object run() throws Throwable;
    }

    /** Runs a step with {@code login} signed in to a Vaadin session bound to this thread, as a screen would. */
    static void as(TestPlatform platform, IdentityService identity, SignIn signIn, AccessControl access,
            String login, Step step) throws Throwable {
        User user = access.asSystem(() -> identity.user(login)).orElseThrow();
        asUser(signIn.signedIn(user, false), step);
    }

    /** Runs {@code step} on a thread whose Vaadin session holds {@code signedIn}, as a screen's call would. */
    static void asUser(SignedInUser signedIn, Step step) throws Throwable {
        VaadinSession session = new VaadinSession(null) {
            @Override
            public void checkHasLock() {
            }

            @Override
            public boolean hasLock() {
                return true;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getAttribute(Class<T> type) {
                return type == SignedInUser.class ? (T) signedIn : null;
            }
        };
        VaadinSession.setCurrent(session);
        try {
            step.run();
        } finally {
            VaadinSession.setCurrent(null);
        }
    }

    /** The permission of the AccessDeniedException the step throws. */
    static String denied(Step step) {
        return assertThrows(AccessDeniedException.class, step::run).permission();
    }

    static Object field(Object target, String name) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    static Object call(Object target, String name, Object... args) throws Throwable {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    /** A copy of a (plugin-side) TemplateItem record with one component replaced. */
    static Object with(Object item, String component, Object value) throws ReflectiveOperationException {
        RecordComponent[] parts = item.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = parts[i].getName().equals(component) ? value : parts[i].getAccessor().invoke(item);
        }
        java.lang.reflect.Constructor<?> c = item.getClass().getDeclaredConstructor(types);
        c.setAccessible(true);
        return c.newInstance(values);
    }

    private static Object withDuration(Object item, int days) throws ReflectiveOperationException {
        return with(item, "durationDays", days);
    }

    private static Object withPrerequisites(Object item, java.util.Set<String> keys) throws ReflectiveOperationException {
        return with(item, "prerequisites", keys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void installsMigratesSeedsGuardsUninstallsAndFindsItsDataAgain(TestDatabase database) throws Throwable {
        Path home = Files.createTempDirectory("district-housing");
        Files.createDirectories(home.resolve("conf"));
        if (!database.settings().embedded()) {
            Files.writeString(home.resolve("conf/database.properties"), "url=" + database.settings().url() + "\nuser="
                    + database.settings().user() + "\n", StandardCharsets.UTF_8);
            SecretFiles.write(home.resolve("conf/database.password"), database.settings().password());
        }
        try (database; TestPlatform platform = TestPlatform.start(RuntimeOptions.forHome(home).withDemo(true))) {
            platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
            JsonNode health = platform.awaitPlugin("housing", "ACTIVE", WAIT);
            assertEquals("重点项目全生命周期代办", health.path("name").asText());
            for (String route : List.of("housing/projects", "housing/projects/new", "housing/projects/:id",
                    "housing/issues", "housing/meetings", "housing/meetings/:id", "housing/meetings/:id/minutes",
                    "housing/templates")) {
                assertTrue(health.path("routes").toString().contains(route), route + " in " + health);
            }
            platform.awaitStatus("/housing/projects", 200, WAIT);

            // migrations and the shipped menus
            Jdbi housing = platform.runtime().database().jdbi("housing");
            assertEquals(2, count(housing, "select count(*) from template where active = true"));
            assertTrue(count(housing, "select count(*) from template_item") >= 40);

            // the demo projects went through the real services: planned, tailored, worked, dispatched
            // the last thing seeded is the second meeting's last action item
            TestPlatform.await(() -> count(housing, "select count(*) from action_item") == 6, WAIT, "demo data seeded");
            assertEquals(2, count(housing, "select count(*) from meeting"));
            assertEquals(8, count(housing, "select count(*) from project"));
            assertEquals(8, count(housing, "select count(*) from project where template_id is not null "
                    + "and baseline_completion is not null"));
            // the demo enterprise accounts' enterprises (海澜智联, 明德长青) invest in one planned project each
            for (String uscc : List.of("91370212MA3C4XK2QQ", "91370212MA3D0WPHWP")) {
                assertEquals(1, count(housing, "select count(*) from project where investor_uscc = '" + uscc
                        + "' and template_id is not null and baseline_completion is not null"), uscc);
            }
            assertTrue(count(housing, "select count(*) from plan_item where simulated = true") > 0);
            assertTrue(count(housing, "select count(*) from plan_item where actual_finish is not null") > 20);
            assertEquals(0, count(housing, "select count(*) from plan_item where baseline_finish is null"));
            assertTrue(count(housing, "select count(*) from blocking_issue where status = 'RESOLVED'") >= 2);
            assertTrue(count(housing, "select count(*) from blocking_issue where status <> 'RESOLVED'") >= 3);
            Jdbi platformDb = platform.runtime().database().jdbi("platform");
            for (String action : List.of("register", "plan", "tailor-simulate", "actual-start", "actual-finish",
                    "stage-complete", "issue-raise", "meeting-action", "meeting-resolve")) {
                assertTrue(platformDb.withHandle(h -> h.createQuery("select count(*) from timeline_event where "
                        + "source = 'housing' and action = :a").bind("a", action).mapTo(Integer.class).one()) > 0,
                        "timeline has " + action);
            }
            assertTrue(platformDb.withHandle(h -> h.createQuery("select count(*) from audit_record where source = 'housing'")
                    .mapTo(Integer.class).one()) > 0, "changes are audited");

            // screens per demo role
            IdentityService identity = platform.runtime().service(IdentityService.class).orElseThrow();
            SignIn signIn = (SignIn) platform.runtime().service(Authenticator.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            ActivePlugin plugin = platform.runtime().activePlugins().stream().filter(p -> p.id().equals("housing"))
                    .findFirst().orElseThrow();
            Map<String, List<String>> reachable = Map.of(
                    "zhanghua", List.of("projects", "projects/new", "projects/:id", "issues", "meetings", "meetings/:id",
                            "meetings/:id/minutes"),
                    // the bureau's own admin role (housing-admin) holds all of housing; another bureau's, nothing
                    "zjj-admin", List.of("projects", "projects/new", "projects/:id", "issues", "meetings",
                            "meetings/:id", "meetings/:id/minutes", "templates"),
                    "scj-admin", List.of(),
                    "lixiumei", List.of());
            for (Map.Entry<String, List<String>> who : reachable.entrySet()) {
                User user = access.asSystem(() -> identity.user(who.getKey())).orElseThrow();
                SignedInUser signedIn = signIn.signedIn(user, false);
                for (Screen screen : plugin.screens()) {
                    assertEquals(who.getValue().contains(screen.path()),
                            ViewAccess.permission(screen.permission()).allows(Optional.of(signedIn)),
                            screen.path() + " for " + who.getKey());
                }
            }
            for (Screen screen : plugin.screens()) {
                assertFalse(ViewAccess.permission(screen.permission()).allows(Optional.empty()), screen.path());
            }

            servicesRefuseUsersWithoutThePermission(platform, housing, platformDb);

            platform.undeploy("housing.jar");
            platform.awaitPluginGone("housing", WAIT);
            platform.awaitStatus("/housing/projects", 404, WAIT);

            platform.deploy(PluginJars.named("district-plugin-housing"), "housing.jar");
            platform.awaitPlugin("housing", "ACTIVE", WAIT);
            assertEquals(8, count(housing, "select count(*) from project"));
            assertEquals(2, count(housing, "select count(*) from template"), "the menus are not seeded twice");
        }
    }
}
