package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A plugin's demo roles come with the plugin (issue 14): on a home with demo data, mediation's roles and its demo
 * accounts' rights appear when the plugin is installed, not before, and only once; housing's, not installed, never.
 */
class PluginDemoRolesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void mediationsRolesAppearWithTheInstalledPlugin() throws Exception {
        try (TestPlatform platform = TestPlatform.start(
                RuntimeOptions.forHome(Files.createTempDirectory("district-demo-roles")).withDemo(true))) {
            Jdbi identity = platform.runtime().database().jdbi("platform");
            assertEquals(List.of(), roles(identity, "lixiumei"), "no mediation role before mediation");
            assertEquals(List.of(), permissions(identity, "mediator"));
            assertEquals(List.of("registry.facts.read"), permissions(identity, "enterprise"));

            platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
            platform.awaitPlugin("mediation", "ACTIVE", WAIT);
            // seeded while the plugin's service is registered (the health's listener may hear of it a moment earlier)
            TestPlatform.await(() -> !roles(identity, "lixiumei").isEmpty(), WAIT, "lixiumei's role");
            assertEquals(List.of("mediator"), roles(identity, "lixiumei"));
            assertEquals(List.of("mediation-lead"), roles(identity, "wangjianguo"));
            assertEquals(List.of("department-admin", "justice-admin"), roles(identity, "sfj-admin"));
            assertEquals(List.of("mediation.case.mediate", "mediation.case.read", "mediation.case.register",
                    "registry.enterprise.read"), permissions(identity, "mediator"));
            assertEquals(List.of("mediation.case.read", "registry.facts.read"), permissions(identity, "enterprise"));
            assertEquals(List.of(), permissions(identity, "housing-staff"), "housing is not installed");
            assertEquals(List.of(), roles(identity, "zhanghua"));
            platform.awaitDemoData("mediation", WAIT);

            // once: a role an administrator changed stays so when the plugin starts again
            identity.useHandle(h -> h.execute("delete from role_permission where role_code = 'mediator' "
                    + "and permission = 'mediation.case.register'"));
            platform.undeploy("mediation.jar");
            platform.awaitPluginGone("mediation", WAIT);
            platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
            platform.awaitPlugin("mediation", "ACTIVE", WAIT);
            assertTrue(!permissions(identity, "mediator").contains("mediation.case.register"));
            assertEquals(List.of("mediator"), roles(identity, "lixiumei"));
        }
    }

    private static List<String> roles(Jdbi identity, String login) {
        return identity.withHandle(h -> h.createQuery("select role_code from user_role where login = :login "
                + "order by role_code").bind("login", login).mapTo(String.class).list());
    }

    private static List<String> permissions(Jdbi identity, String role) {
        return identity.withHandle(h -> h.createQuery("select permission from role_permission where role_code = :role "
                + "order by permission").bind("role", role).mapTo(String.class).list());
    }
}
