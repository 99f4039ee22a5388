package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;

/**
 * Embedded Derby's own security, as {@code conf/database.properties} turns it on: encryption at rest (no data readable
 * in the files; opens only with its boot password; an existing database gets encrypted) and NATIVE authentication
 * (the user and password from {@code conf/} required; a database owned by another user is refused with the reason).
 */
class DerbySecurityIT {

    /** A value that shows in the database's files when they are not encrypted. */
    private static final String MARKER = "LAOSHAN-MARKER-7c1f0e";

    @TempDir
    Path home;

    private Path conf() throws IOException {
        return Files.createDirectories(home.resolve("conf"));
    }

    private DatabaseSettings settings(String properties) throws IOException {
        Files.writeString(conf().resolve(DatabaseSettings.FILE), properties);
        return DatabaseSettings.read(conf(), home.resolve("data"));
    }

    private static void writeRows(Database database) {
        database.jdbi("app").useHandle(h -> {
            h.execute("create table note (id int primary key, text varchar(100))");
            for (int i = 0; i < 200; i++) {
                h.execute("insert into note values (?, ?)", i, MARKER + "-" + i);
            }
        });
    }

    private static int rows(Database database) {
        return database.jdbi("app").withHandle(h -> h.createQuery("select count(*) from note where text like :m")
                .bind("m", MARKER + "%").mapTo(Integer.class).one());
    }

    /** Whether any file of the database holds the marker in plain bytes. */
    private static boolean markerOnDisk(Path directory) throws IOException {
        return onDisk(directory, MARKER);
    }

    /** Whether any file under {@code directory} holds {@code text} in UTF-8 (as Derby stores ASCII and Chinese). */
    private static boolean onDisk(Path directory, String text) throws IOException {
        byte[] marker = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                outer:
                for (int i = 0; i + marker.length <= content.length; i++) {
                    for (int j = 0; j < marker.length; j++) {
                        if (content[i + j] != marker[j]) {
                            continue outer;
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** An embedded database without encryption or authentication, holding the marked rows. */
    private DatabaseSettings plainDatabaseWithRows() throws Exception {
        DatabaseSettings plain = settings("");
        try (Database database = Database.open(plain)) {
            writeRows(database);
        }
        return plain;
    }

    /** The refusal names what to look at and never shows the secret it was given. */
    private static void assertSaysWithoutTheSecret(SQLException refusal, String says, String secret) {
        assertTrue(refusal.getMessage().contains(says), refusal.getMessage());
        assertFalse(refusal.getMessage().contains(secret), refusal.getMessage());
    }

    @Test
    void anEncryptedDatabaseShowsNothingInItsFilesAndOpensOnlyWithItsBootPassword() throws Exception {
        // the check can see plain data: a database without encryption shows the marker
        DatabaseSettings plain = plainDatabaseWithRows();
        assertTrue(markerOnDisk(plain.embeddedDirectory()), "the check finds plain data");

        Path encryptedData = home.resolve("encrypted");
        SecretFiles.write(conf().resolve("database.boot-password"), "Laoshan-boot-phrase-2026");
        Files.writeString(conf().resolve(DatabaseSettings.FILE), "derby.encryption=true\n");
        DatabaseSettings encrypted = DatabaseSettings.read(conf(), encryptedData);
        try (Database database = Database.open(encrypted)) {
            writeRows(database);
        }
        assertFalse(markerOnDisk(encrypted.embeddedDirectory()), "nothing readable in the encrypted database's files");
        try (Database database = Database.open(encrypted)) {
            assertEquals(200, rows(database), "opened again with its boot password");
        }

        SecretFiles.write(conf().resolve("database.boot-password"), "not-the-boot-phrase");
        SQLException wrong = assertThrows(SQLException.class,
                () -> Database.open(DatabaseSettings.read(conf(), encryptedData)).close());
        assertSaysWithoutTheSecret(wrong, "conf/database.boot-password", "not-the-boot-phrase");
    }

    @Test
    void turningEncryptionOnEncryptsAnExistingDatabaseAtItsNextStart() throws Exception {
        DatabaseSettings plain = plainDatabaseWithRows();
        assertTrue(markerOnDisk(plain.embeddedDirectory()));

        SecretFiles.write(conf().resolve("database.boot-password"), "Laoshan-boot-phrase-2026");
        DatabaseSettings encrypted = settings("derby.encryption=true\n");
        try (Database database = Database.open(encrypted)) {
            assertEquals(200, rows(database));
        }
        assertFalse(markerOnDisk(encrypted.embeddedDirectory()), "the existing data was encrypted");
        try (Database database = Database.open(encrypted)) {
            assertEquals(200, rows(database));
        }
    }

    @Test
    void derbyAuthenticationRequiresTheConfiguredUserAndPassword() throws Exception {
        SecretFiles.write(conf().resolve("database.password"), "Laoshan-db-Pa55-2026");
        DatabaseSettings secured = settings("user=district\nderby.authentication=true\n");
        try (Database database = Database.open(secured)) {
            writeRows(database);
        }
        try (Database database = Database.open(secured)) {
            assertEquals(200, rows(database), "the configured user and password open it");
        }

        String url = secured.url();
        SQLException anonymous = assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        assertEquals("08004", anonymous.getSQLState(), anonymous.getMessage());
        SQLException guessed = assertThrows(SQLException.class,
                () -> DriverManager.getConnection(url, "district", "district").close());
        assertEquals("08004", guessed.getSQLState(), guessed.getMessage());

        SecretFiles.write(conf().resolve("database.password"), "wrong-Pa55");
        SQLException refused = assertThrows(SQLException.class,
                () -> Database.open(DatabaseSettings.read(conf(), home.resolve("data"))).close());
        assertSaysWithoutTheSecret(refused, "refused user district", "wrong-Pa55");
    }

    @Test
    void authenticationCannotBeTurnedOnByAUserThatDoesNotOwnTheDatabase() throws Exception {
        DatabaseSettings open = plainDatabaseWithRows();
        SecretFiles.write(conf().resolve("database.password"), "Laoshan-db-Pa55-2026");
        SQLException refused = assertThrows(SQLException.class,
                () -> Database.open(settings("user=district\nderby.authentication=true\n")).close());
        assertTrue(refused.getMessage().contains("belongs to user APP"), refused.getMessage());
        // nothing was turned on: the database still opens as before
        try (Database database = Database.open(open)) {
            assertEquals(200, rows(database));
            assertEquals(List.of(), database.jdbi("app").withHandle(h -> h.createQuery(
                    "select username from sys.sysusers").mapTo(String.class).list()));
        }
    }

    @Test
    void thePlatformRunsWithDemoDataOnAnEncryptedDatabaseThatRequiresItsUser() throws Exception {
        SecretFiles.write(conf().resolve("database.password"), "Laoshan-db-Pa55-2026");
        SecretFiles.write(conf().resolve("database.boot-password"), "Laoshan-boot-phrase-2026");
        Files.writeString(conf().resolve(DatabaseSettings.FILE),
                "user=district\nderby.authentication=true\nderby.encryption=true\n");
        String name;
        Path data;
        Path backup;
        // the runtime itself (a TestPlatform would delete its home on close, and the files are what is checked)
        try (PlatformRuntime platform = PlatformRuntime.start(RuntimeOptions.forHome(home).withDemo(true))) {
            name = platform.database().jdbi("platform").withHandle(h -> h.createQuery(
                    "select name from enterprise order by uscc fetch first 1 rows only").mapTo(String.class).one());
            assertTrue(name.contains("崂山") || name.contains("青岛"), name);
            data = platform.database().settings().embeddedDirectory();
            backup = platform.database().backup(home.resolve("backups"));
            // /health's details (and the console's system screen) say how the database is protected
            String health = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + platform.port() + "/health")).header(
                            "X-District-Admin-Token", Files.readString(platform.adminTokenFile()).strip()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(health.contains("\"databaseEncrypted\":true") && health.contains("\"databaseAuthentication\":true"),
                    health);
        }
        // the backup is as protected as the database: encrypted, and it opens with the same secrets
        assertFalse(onDisk(backup, name), "the backup holds no readable data either");
        DatabaseSettings secured = DatabaseSettings.read(conf(), home.resolve("data"));
        DatabaseSettings fromBackup = new DatabaseSettings("jdbc:derby:" + backup.toAbsolutePath(), secured.user(),
                secured.password(), secured.bootPassword(), 2, true);
        try (Database restored = Database.open(fromBackup)) {
            assertEquals(name, restored.jdbi("platform").withHandle(h -> h.createQuery(
                    "select name from enterprise order by uscc fetch first 1 rows only").mapTo(String.class).one()));
        }
        assertFalse(onDisk(data, name), "the demo enterprise's name is nowhere in the files: " + name);
        SQLException anonymous = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:derby:" + data.toAbsolutePath() + ";bootPassword="
                        + "Laoshan-boot-phrase-2026").close());
        assertEquals("08004", anonymous.getSQLState(), anonymous.getMessage());
    }
}
