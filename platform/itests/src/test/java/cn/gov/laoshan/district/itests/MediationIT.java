package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The mediation plugin in a real platform: its migrations run, its screens are served, it uninstalls cleanly and,
 * installed again, finds its data.
 */
class MediationIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void installsMigratesServesUninstallsAndFindsItsDataAgain() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
            JsonNode health = platform.awaitPlugin("mediation", "ACTIVE", WAIT);
            assertEquals("矛盾纠纷调解", health.path("name").asText());
            List<String> routes = List.of("mediation/mine", "mediation/cases", "mediation/cases/new",
                    "mediation/cases/:id", "mediation/cases/:id/agreement", "mediation/groups", "mediation/relations",
                    "mediation/groups/relations");
            for (String route : routes) {
                assertTrue(health.path("routes").toString().contains(route), health.toString());
            }
            platform.awaitStatus("/mediation/cases", 200, WAIT);

            Jdbi mediation = platform.runtime().database().jdbi("mediation");
            mediation.useHandle(h -> h.execute("insert into mediation_group (name_zh, name_en, speciality, active) "
                    + "values ('劳动争议调解组', 'Labour group', 'LABOUR', true)"));
            List<String> tables = List.of("mediation_case", "party", "case_session", "attachment", "mediator_relation");
            for (String table : tables) {
                assertEquals(0, (int) mediation.withHandle(h -> h.createQuery("select count(*) from " + table)
                        .mapTo(Integer.class).one()), table);
            }
            // V3: the columns for department scoping, attachment kinds and declared relationships
            assertEquals(0, (int) mediation.withHandle(h -> h.createQuery("select count(*) from mediation_case "
                    + "where department_code is not null").mapTo(Integer.class).one()));
            assertEquals(0, (int) mediation.withHandle(h -> h.createQuery("select count(*) from attachment "
                    + "where kind is not null or uploader_name is not null").mapTo(Integer.class).one()));
            assertEquals(0, (int) mediation.withHandle(h -> h.createQuery("select count(*) from mediator_relation "
                    + "where is_enterprise is not null or party_name is not null or declared_by is not null")
                    .mapTo(Integer.class).one()));

            platform.undeploy("mediation.jar");
            platform.awaitPluginGone("mediation", WAIT);
            platform.awaitStatus("/mediation/cases", 404, WAIT);

            platform.deploy(PluginJars.named("district-plugin-mediation"), "mediation.jar");
            platform.awaitPlugin("mediation", "ACTIVE", WAIT);
            assertEquals("劳动争议调解组", mediation.withHandle(h -> h.createQuery("select name_zh from mediation_group")
                    .mapTo(String.class).one()));
        }
    }
}
