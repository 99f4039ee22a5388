package cn.gov.laoshan.district.testdoubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;

/**
 * A restart of an existing home (a new {@link Database} on the same data, as a new process has) finds every schema
 * up to date without running Flyway — its configuration, metadata reads and validation cost 50–100 ms a schema and
 * 0.4–3 s for its first use, on every start — while anything not certainly applied still goes to Flyway: a new
 * file is applied, a changed one refused as before, on Derby and PostgreSQL.
 */
class MigrationsAtRestartTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUpToDateSchemaIsCheckedWithoutFlywayAndAnythingElseStillGoesToIt(TestDatabase test, @TempDir Path dir)
            throws Exception {
        try (test) {
            DatabaseKind kind;
            try (Database first = Database.open(test.settings())) {
                kind = first.kind();
                assertEquals(2, first.migrate("notes", "flyway_schema_history", files(kind)), "a fresh schema");
                assertEquals(1, first.flywayRuns());
            }
            try (Database restarted = Database.open(test.settings())) {
                assertEquals(0, restarted.migrate("notes", "flyway_schema_history", files(kind)));
                assertEquals(0, restarted.flywayRuns(), "an existing home's start runs no Flyway");
                // the platform schema's several histories side by side (one a module): one up to date, one new
                MigrationFiles other = new MigrationFiles(Map.of("V1__other.sql", write(dir, "V1__other.sql",
                        "create table other_note (id int not null primary key);")));
                assertEquals(1, restarted.migrate("notes", "other_history", other),
                        "another history of the same schema is its own");
                assertEquals(1, restarted.flywayRuns());
                assertEquals(0, restarted.migrate("notes", "other_history", other));
                assertEquals(1, restarted.flywayRuns(), "found applied without Flyway");

                // a changed file that was applied: Flyway refuses it, as it did before
                Map<String, URL> changed = urls(kind);
                changed.put("V1__notes.sql", write(dir, "V1__notes.sql",
                        "create table note (id int not null primary key, text varchar(300) not null);"));
                FlywayException refused = assertThrows(FlywayException.class,
                        () -> restarted.migrate("notes", "flyway_schema_history", new MigrationFiles(changed)));
                assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("checksum"),
                        refused.getMessage());

                // a new file: applied by Flyway, and the next restart finds it applied
                Map<String, URL> added = urls(kind);
                added.put("V3__note_author.sql", write(dir, "V3__note_author.sql",
                        "alter table note add column author varchar(40);"));
                assertEquals(1, restarted.migrate("notes", "flyway_schema_history", new MigrationFiles(added)));
                try (Database again = Database.open(test.settings())) {
                    assertEquals(0, again.migrate("notes", "flyway_schema_history", new MigrationFiles(added)));
                    assertEquals(0, again.flywayRuns());
                    // an older plugin on the newer schema: not vouched for here, Flyway ignores the future migration
                    assertEquals(0, again.migrate("notes", "flyway_schema_history", files(kind)));
                    assertEquals(1, again.flywayRuns());
                }
            }
        }
    }

    private static MigrationFiles files(DatabaseKind kind) {
        return MigrationFiles.ofPlugin(MigrationsAtRestartTest.class.getClassLoader(), kind);
    }

    /** The test plugin's files by name (V1 and the kind's V2), to be changed. */
    private static Map<String, URL> urls(DatabaseKind kind) {
        Map<String, URL> urls = new TreeMap<>();
        ClassLoader loader = MigrationsAtRestartTest.class.getClassLoader();
        urls.put("V1__notes.sql", loader.getResource("db/migration/V1__notes.sql"));
        urls.put("V2__attachment.sql", loader.getResource("db/migration/" + kind.name().toLowerCase(
                java.util.Locale.ROOT) + "/V2__attachment.sql"));
        return urls;
    }

    private static URL write(Path dir, String name, String sql) throws Exception {
        return Files.writeString(dir.resolve(name), sql, StandardCharsets.UTF_8).toUri().toURL();
    }
}
