package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.testkit.TestDatabase;

/** The data layer on every database this machine has: Derby always, PostgreSQL where configured (CI). */
class DatabaseIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsCreateTheSchemaAndRunOnceInOrder(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            ClassLoader loader = DatabaseIT.class.getClassLoader();
            assertEquals(2, database.migrateFromClassPath("mediation", "flyway_schema_history", loader, "db/ok"));
            assertEquals(0, database.migrateFromClassPath("mediation", "flyway_schema_history", loader, "db/ok"));

            String phone = database.jdbi("mediation").withHandle(h -> h.createQuery(
                    "select phone from party where id = 1").mapTo(String.class).one());
            assertEquals("0532-88886666", phone);
            assertEquals(test.toString().equals("Derby") ? "MEDIATION" : "mediation", database.schemaName("mediation"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingMigrationKeepsNothingOfItsBatch(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            ClassLoader loader = DatabaseIT.class.getClassLoader();
            database.migrateFromClassPath("cases", "flyway_schema_history", loader, "db/ok");
            database.jdbi("cases").useHandle(h -> h.execute("insert into party (id, name) values (7, '张三')"));

            FlywayException failure = assertThrows(FlywayException.class,
                    () -> database.migrateFromClassPath("cases", "flyway_schema_history", loader, "db/broken"));
            assertTrue(failure.getMessage().contains("V3__broken.sql"), failure.getMessage());

            // the data is there, the new column and the new row are not
            List<Integer> ids = database.jdbi("cases").withHandle(h -> h.createQuery("select id from party order by id")
                    .mapTo(Integer.class).list());
            assertEquals(List.of(1, 7), ids);
            assertThrows(Exception.class, () -> database.jdbi("cases").withHandle(h -> h.createQuery(
                    "select email from party").mapTo(String.class).list()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void modulesShareThePlatformSchemaWithTheirOwnHistories(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            ClassLoader loader = DatabaseIT.class.getClassLoader();
            assertEquals(2, database.migrateFromClassPath("platform", "migrations_registry", loader, "db/ok"));
            // a second module's history in the same, no longer empty schema
            assertThrows(FlywayException.class,
                    () -> database.migrateFromClassPath("platform", "migrations_identity", loader, "db/ok"),
                    "the same tables cannot be created twice");
            database.dropSchema("platform");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void droppingASchemaRemovesItsData(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            ClassLoader loader = DatabaseIT.class.getClassLoader();
            database.migrateFromClassPath("notes", "flyway_schema_history", loader, "db/ok");
            database.dropSchema("notes");
            assertEquals(2, database.migrateFromClassPath("notes", "flyway_schema_history", loader, "db/ok"),
                    "after the drop the schema starts again from nothing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlineBackupOfTheEmbeddedDatabaseRestores(TestDatabase test, @TempDir Path backups) throws Exception {
        Assumptions.assumeTrue(test.settings().embedded(), "the platform backs up the embedded database only");
        Path copy;
        try (test; Database database = Database.open(test.settings())) {
            assertEquals(DatabaseKind.DERBY, database.kind());
            database.migrateFromClassPath("platform", "flyway_schema_history", DatabaseIT.class.getClassLoader(), "db/ok");
            copy = database.backup(backups);
            database.jdbi("platform").useHandle(h -> h.execute("delete from party"));
            assertEquals(0, count(database));

            // restore: boot the backup copy as the database (Derby's documented restore is copying it back)
            Path restored = backups.resolve("restored");
            Files.move(copy, restored);
            try (Database fromBackup = Database.open(new DatabaseSettings("jdbc:derby:" + restored, null, null, null, 2))) {
                assertEquals(1, count(fromBackup));
                assertEquals("青岛崂山某科技有限公司", fromBackup.jdbi("platform").withHandle(h -> h.createQuery(
                        "select name from party").mapTo(String.class).one()));
            }
        }
    }

    private static int count(Database database) {
        return database.jdbi("platform").withHandle(h -> h.createQuery("select count(*) from party")
                .mapTo(Integer.class).one());
    }
}
