package cn.gov.laoshan.district.testkit;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import cn.gov.laoshan.district.core.db.DatabaseSettings;

/**
 * A fresh, empty database for a data-layer test: Derby, or PostgreSQL when {@code DISTRICT_TEST_POSTGRES_URL} is set.
 * The integration tests' name for {@link cn.gov.laoshan.district.testdoubles.TestDatabase}, which holds the code (in
 * the small test-doubles module, so that a plugin's own unit tests reach it too); closing drops it.
 */
public final class TestDatabase implements AutoCloseable {

    private final cn.gov.laoshan.district.testdoubles.TestDatabase database;

    private TestDatabase(cn.gov.laoshan.district.testdoubles.TestDatabase database) {
        this.database = database;
    }

    /** The databases this machine offers: Derby always, PostgreSQL when configured. */
    public static List<TestDatabase> available() throws IOException, SQLException {
        return cn.gov.laoshan.district.testdoubles.TestDatabase.available().stream().map(TestDatabase::new).toList();
    }

    public static TestDatabase derby() throws IOException {
        return new TestDatabase(cn.gov.laoshan.district.testdoubles.TestDatabase.derby());
    }

    public static TestDatabase postgresql() throws SQLException {
        return new TestDatabase(cn.gov.laoshan.district.testdoubles.TestDatabase.postgresql());
    }

    /** The same database, for the test doubles' helpers ({@code PluginSchema}). */
    public cn.gov.laoshan.district.testdoubles.TestDatabase unwrap() {
        return database;
    }

    public DatabaseSettings settings() {
        return database.settings();
    }

    @Override
    public void close() {
        database.close();
    }

    /** "Derby" or "PostgreSQL", for test names. */
    @Override
    public String toString() {
        return database.toString();
    }
}
