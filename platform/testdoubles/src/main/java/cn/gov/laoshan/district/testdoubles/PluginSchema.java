package cn.gov.laoshan.district.testdoubles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.SQLException;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.core.db.SchemaDatabase;

/**
 * A plugin's schema on a test database, migrated the way the platform migrates it when the plugin starts: the same
 * Flyway set-up ({@link Database#migrate}: one transaction, the schema created, history in
 * {@code flyway_schema_history}) over the same files (those directly in {@code db/migration/} and in
 * {@code db/migration/derby/} or {@code db/migration/postgresql/}), so a migration that fails on the platform fails
 * here too — no splitting SQL on {@code ;}. It is the plugin's {@link PluginDatabase}: hand it to the repositories
 * and services under test ({@link #database()} is the platform's database object underneath: other schemas,
 * {@link Database#migrate} again). Closing closes the pools and drops the test database.
 *
 * <pre>{@code
 * static List<TestDatabase> databases() throws Exception { return TestDatabase.available(); }
 *
 * @ParameterizedTest @MethodSource("databases")
 * void casesAreKeptPerDepartment(TestDatabase database) {
 *     try (PluginSchema schema = PluginSchema.migrate(database, "mediation", MediationPlugin.class)) {
 *         CaseRepository cases = new CaseRepository(schema.jdbi());
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class PluginSchema extends SchemaDatabase implements AutoCloseable {

    private final TestDatabase testDatabase;
    private final String schemaId;
    private final int applied;

    private PluginSchema(TestDatabase testDatabase, Database database, String schemaId, int applied) {
        super(database, schemaId);
        this.testDatabase = testDatabase;
        this.schemaId = schemaId;
        this.applied = applied;
    }

    /**
     * Opens {@code testDatabase} and applies the migrations of the plugin whose classes hold {@code pluginClass}
     * (its {@code target/classes} or jar; other jars' {@code db/migration} are not looked at) to the schema
     * {@code schemaId} (the plugin's id, as the platform names it: {@code mediation}).
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails, as the platform would refuse the plugin
     */
    public static PluginSchema migrate(TestDatabase testDatabase, String schemaId, Class<?> pluginClass) {
        URL classes = pluginClass.getProtectionDomain().getCodeSource().getLocation();
        Database database;
        try {
            database = Database.open(testDatabase.settings());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the test database " + testDatabase + ": " + e.getMessage(), e);
        }
        // a loader over the plugin's own classes only: its db/migration, not the first one on the test class path
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {classes}, null)) {
            int applied = database.migrate(schemaId, "flyway_schema_history",
                    MigrationFiles.ofPlugin(plugin, database.kind()));
            return new PluginSchema(testDatabase, database, schemaId, applied);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** How many migrations were applied. */
    public int applied() {
        return applied;
    }

    /** Closes the connections and drops the test database. */
    @Override
    public void close() {
        try {
            database().close();
        } finally {
            testDatabase.close();
        }
    }

    @Override
    public String toString() {
        return schemaId + " on " + testDatabase;
    }
}
