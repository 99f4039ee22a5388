package cn.gov.laoshan.district.testdoubles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import cn.gov.laoshan.district.core.db.DatabaseSettings;

/**
 * A fresh, empty database for a data-layer test: an embedded Derby in a temporary directory, or a new PostgreSQL
 * database on the server named by {@code DISTRICT_TEST_POSTGRES_URL} (a JDBC URL of an existing database the
 * test user may connect to, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}; user and password in
 * {@code DISTRICT_TEST_POSTGRES_USER} and {@code DISTRICT_TEST_POSTGRES_PASSWORD}; the user needs CREATEDB).
 * Closing drops it. {@code .ci/run} starts PostgreSQL and sets these ({@code . .ci/postgres.sh} by hand), so that
 * CI runs every data test on both. A plugin's tests take its schema migrated with {@link PluginSchema}.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger IN_MEMORY = new AtomicInteger();

    private final String name;
    private final DatabaseSettings settings;
    private final Runnable drop;

    private TestDatabase(String name, DatabaseSettings settings, Runnable drop) {
        this.name = name;
        this.settings = settings;
        this.drop = drop;
    }

    /** The databases this machine offers: Derby always, PostgreSQL when configured (required when
     * {@code DISTRICT_TEST_POSTGRES_REQUIRED=true}, as in CI). */
    public static List<TestDatabase> available() throws IOException, SQLException {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(derby());
        if (System.getenv("DISTRICT_TEST_POSTGRES_URL") != null) {
            databases.add(postgresql());
        } else if (Boolean.parseBoolean(System.getenv("DISTRICT_TEST_POSTGRES_REQUIRED"))) {
            throw new IllegalStateException("DISTRICT_TEST_POSTGRES_REQUIRED is set but DISTRICT_TEST_POSTGRES_URL is not");
        }
        return databases;
    }

    public static TestDatabase derby() throws IOException {
        Path dir = Files.createTempDirectory("district-test-derby");
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        return new TestDatabase("Derby", DatabaseSettings.embeddedDerby(dir), () -> deleteTree(dir));
    }

    /**
     * An embedded Derby database in memory: for unit tests that make many small databases (a fixture per test),
     * where a directory each would cost disk and time. Closing drops it.
     */
    public static TestDatabase derbyInMemory() {
        String url = "jdbc:derby:memory:district-test-" + IN_MEMORY.incrementAndGet();
        return new TestDatabase("Derby", new DatabaseSettings(url, null, null, null, 5), () -> {
            try {
                DriverManager.getConnection(url + ";drop=true").close();
            } catch (SQLException expected) {
                // Derby reports a dropped database with SQL state 08006
            }
        });
    }

    public static TestDatabase postgresql() throws SQLException {
        String adminUrl = System.getenv("DISTRICT_TEST_POSTGRES_URL");
        String user = System.getenv("DISTRICT_TEST_POSTGRES_USER");
        String password = System.getenv("DISTRICT_TEST_POSTGRES_PASSWORD");
        String database = "district_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl, user, password, "CREATE DATABASE " + database);
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
        return new TestDatabase("PostgreSQL", new DatabaseSettings(url, user, password, null, 5), () -> {
            try {
                execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                // a leftover test database is not worth failing a test for
            }
        });
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Deletes a directory and everything in it; nothing when it is gone. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary directory is not worth failing a test for
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        drop.run();
    }

    /** "Derby" or "PostgreSQL", for test names. */
    @Override
    public String toString() {
        return name;
    }
}
