package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void installsMigratesSeedsGuardsUninstallsAndFindsItsDataAgain(TestDatabase database) throws Exception {
        Path home = Files.createTempDirectory("district-housing");
        Files.createDirectories(home.resolve("conf"));
        if (!database.settings().embedded()) {
            Files.writeString(home.resolve("conf/database.properties"), "url=" + database.settings().url() + "\nuser="
                    + database.settings().user() + "\n", StandardCharsets.UTF_8);
            Files.writeString(home.resolve("conf/database.password"), database.settings().password(),
                    StandardCharsets.UTF_8);
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
                    "zjj-admin", List.of("templates"),
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
