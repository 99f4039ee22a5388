package cn.gov.laoshan.district.testdoubles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.data.DatabaseKind;

/**
 * A plugin's migrations (this module's test resources stand for one) applied as the platform applies them: the
 * portable folder and the database's own, statements as the database parses them, on Derby and PostgreSQL.
 */
class PluginSchemaTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratesThePortableAndTheDatabasesOwnFilesInOneGo(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, "notes", PluginSchemaTest.class)) {
            assertEquals(2, schema.applied(), "V1 and the kind's V2");
            assertEquals(schema.kind() == DatabaseKind.DERBY ? "NOTES" : "notes", schema.schema());
            assertEquals("第一条;不是两条", schema.jdbi().withHandle(h -> h.createQuery("select text from note where id = 1")
                    .mapTo(String.class).one()), "a ';' in a literal is not split");
            schema.jdbi().useHandle(h -> h.execute("insert into attachment (id, content) values (1, ?)",
                    (Object) new byte[] {1, 2, 3}));
            assertEquals(1, (int) schema.jdbi().withHandle(h -> h.createQuery("select count(*) from attachment")
                    .mapTo(Integer.class).one()));
            assertEquals(0, schema.database().migrate("notes", "flyway_schema_history",
                    cn.gov.laoshan.district.core.db.MigrationFiles.ofPlugin(PluginSchemaTest.class.getClassLoader(),
                            schema.kind())), "nothing twice");
        }
    }
}
