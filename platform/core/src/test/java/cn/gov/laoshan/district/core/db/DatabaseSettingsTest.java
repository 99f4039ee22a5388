package cn.gov.laoshan.district.core.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.core.security.SecretFiles;

class DatabaseSettingsTest {

    @TempDir
    Path home;

    private Path conf() throws IOException {
        return Files.createDirectories(home.resolve("conf"));
    }

    private DatabaseSettings read(String properties) throws IOException {
        Files.writeString(conf().resolve(DatabaseSettings.FILE), properties);
        return DatabaseSettings.read(conf(), home.resolve("data"));
    }

    @Test
    void withoutAFileTheDatabaseIsEmbeddedDerbyUnderData() throws IOException {
        DatabaseSettings settings = DatabaseSettings.read(conf(), home.resolve("data"));
        assertEquals("jdbc:derby:" + home.resolve("data/district").toAbsolutePath(), settings.url());
        assertTrue(settings.embedded());
        assertFalse(settings.derbyAuthentication());
        assertNull(settings.bootPassword());
        assertEquals(settings.url() + ";create=true", settings.connectUrl());
    }

    @Test
    void secretsComeFromOwnerOnlyFilesAndNeverShowInToString() throws IOException {
        SecretFiles.write(conf().resolve("database.password"), "Pa55-word-of-district\n");
        SecretFiles.write(conf().resolve("database.boot-password"), "boot-Pa55-phrase-2026");
        DatabaseSettings settings = read("user=district\nderby.authentication=true\nderby.encryption=true\n");
        assertEquals("Pa55-word-of-district", settings.password());
        assertEquals("boot-Pa55-phrase-2026", settings.bootPassword());
        assertTrue(settings.derbyAuthentication());
        assertEquals("DISTRICT", settings.derbyUserName());
        assertTrue(settings.connectUrl().endsWith(
                ";create=true;dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=boot-Pa55-phrase-2026"));
        assertFalse(settings.toString().contains("Pa55"), settings.toString());
    }

    @Test
    void aSecretFileOtherUsersCanReadIsRefused() throws IOException {
        Path password = conf().resolve("database.password");
        Files.writeString(password, "Pa55-word-of-district");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read("user=district\n"));
        assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Pa55"), refused.getMessage());

        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        assertEquals("Pa55-word-of-district", read("user=district\n").password());
    }

    @Test
    void derbySecurityNeedsItsSecretsAndAnEmbeddedDatabase() throws IOException {
        IllegalArgumentException noPassword = assertThrows(IllegalArgumentException.class,
                () -> read("user=district\nderby.authentication=true\n"));
        assertTrue(noPassword.getMessage().contains("conf/database.password"), noPassword.getMessage());
        IllegalArgumentException noBootPassword = assertThrows(IllegalArgumentException.class,
                () -> read("derby.encryption=true\n"));
        assertTrue(noBootPassword.getMessage().contains("conf/database.boot-password"), noBootPassword.getMessage());

        SecretFiles.write(conf().resolve("database.password"), "Pa55-word-of-district");
        IllegalArgumentException server = assertThrows(IllegalArgumentException.class,
                () -> read("url=jdbc:postgresql://db.example:5432/district\nuser=district\nderby.authentication=true\n"));
        assertTrue(server.getMessage().contains("embedded Derby"), server.getMessage());
        IllegalArgumentException inUrl = assertThrows(IllegalArgumentException.class,
                () -> read("url=jdbc:derby://db.example:1527/district;password=x\n"));
        assertTrue(inUrl.getMessage().contains("conf/database.password"), inUrl.getMessage());
    }
}
