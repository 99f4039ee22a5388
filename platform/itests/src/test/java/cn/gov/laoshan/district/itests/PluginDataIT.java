package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A plugin with data in a real platform: its schema is migrated before it activates; an update whose migration
 * fails is reported with the migration's name and changes no data.
 */
class PluginDataIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void migratedOnStartAndAFailedMigrationIsReportedWithTheDataIntact() {
        platform.deploy(PluginJars.named("district-test-plugin-notes"), "notes.jar");
        platform.awaitPlugin("notes", "ACTIVE", WAIT);
        platform.awaitStatus("/notes/list", 200, WAIT);

        Jdbi notes = platform.runtime().database().jdbi("notes");
        notes.useHandle(h -> h.execute("insert into note (text, created) values ('调度会定于周三上午', current_timestamp)"));
        assertEquals(1, version(notes));

        // an update whose migration fails leaves the running version on its data (deploy/'s safe update) ...
        platform.deploy(PluginJars.named("district-test-plugin-notes-broken"), "notes.jar");
        TestPlatform.await(() -> platform.health().path("system").path("installProblems").toString()
                .contains("database migration V2__broken.sql failed"), WAIT, "the failed update reported");
        assertEquals("ACTIVE", platform.awaitPlugin("notes", "ACTIVE", WAIT).path("state").asText());
        assertEquals(200, platform.status("/notes/list"));
        assertEquals(1, version(notes));
        platform.undeploy("notes.jar");
        platform.awaitPluginGone("notes", WAIT);

        // ... and as a first install, it is reported on the plugin, which does not serve
        platform.deploy(PluginJars.named("district-test-plugin-notes-broken"), "notes.jar");
        JsonNode failed = platform.awaitPlugin("cn.gov.laoshan.district.test.notes", "FAILED", WAIT);
        String error = failed.path("error").asText();
        assertTrue(error.startsWith("database migration V2__broken.sql failed: "), error);
        platform.awaitStatus("/notes/list", 404, WAIT);

        // nothing of the failed migration is kept: same version, same rows, no new column
        assertEquals(1, version(notes));
        assertEquals(List.of("调度会定于周三上午"),
                notes.withHandle(h -> h.createQuery("select text from note").mapTo(String.class).list()));
        assertThrows(Exception.class,
                () -> notes.withHandle(h -> h.createQuery("select author from note").mapTo(String.class).list()));

        // the good version again: it serves on the same data
        platform.deploy(PluginJars.named("district-test-plugin-notes"), "notes.jar");
        platform.awaitPlugin("notes", "ACTIVE", WAIT);
        platform.awaitStatus("/notes/list", 200, WAIT);
        platform.undeploy("notes.jar");
        platform.awaitPluginGone("notes", WAIT);
    }

    private static int version(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery(
                "select max(cast(\"version\" as integer)) from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" <> '0'")
                .mapTo(Integer.class).one());
    }
}
