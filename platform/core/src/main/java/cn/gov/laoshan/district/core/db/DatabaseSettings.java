package cn.gov.laoshan.district.core.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * Where the database is, from {@code <home>/conf/database.properties}; secrets come from files readable by the
 * owner only (a secret file that other users may read or write is refused), never from the properties file.
 *
 * <pre>
 * url=jdbc:derby://db.example:1527/district      # default: embedded Derby under data/district
 * url=jdbc:postgresql://db.example:5432/district
 * user=district                                   # password in conf/database.password
 * derby.authentication=true                       # embedded Derby only: Derby's NATIVE authentication, the user
 *                                                 # and password above required to open the database
 * derby.encryption=true                           # embedded Derby only: encrypted at rest (AES), boot password in
 *                                                 # conf/database.boot-password; an existing database is
 *                                                 # encrypted at the next start
 * pool.max-size=20
 * </pre>
 *
 * @param url                 JDBC URL without secrets
 * @param user                user name, or {@code null}
 * @param password            password, or {@code null}
 * @param bootPassword        Derby boot password of an encrypted embedded database, or {@code null}
 * @param maxPoolSize         connections in the platform's pool
 * @param derbyAuthentication whether embedded Derby requires the user and password (NATIVE authentication; never
 *                            Derby's LDAP authentication)
 */
public record DatabaseSettings(String url, String user, String password, String bootPassword, int maxPoolSize,
        boolean derbyAuthentication) {

    public static final String FILE = "database.properties";

    public DatabaseSettings {
        if (derbyAuthentication && (user == null || password == null || !user.matches("[A-Za-z][A-Za-z0-9_]{0,127}"))) {
            throw new IllegalArgumentException("derby.authentication=true needs user= (letters, digits, _) in "
                    + FILE + " and the password in conf/database.password");
        }
    }

    /** Settings without Derby authentication. */
    public DatabaseSettings(String url, String user, String password, String bootPassword, int maxPoolSize) {
        this(url, user, password, bootPassword, maxPoolSize, false);
    }

    public DatabaseKind kind() {
        if (url.startsWith("jdbc:derby:")) {
            return DatabaseKind.DERBY;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return DatabaseKind.POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (Derby or PostgreSQL): " + url);
    }

    /** Whether the database lives in this process (embedded Derby), which can then be backed up online from here. */
    public boolean embedded() {
        return url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
    }

    /** The embedded database's directory, for its size and backups. */
    public Path embeddedDirectory() {
        String path = url.substring("jdbc:derby:".length());
        int semicolon = path.indexOf(';');
        return Path.of(semicolon < 0 ? path : path.substring(0, semicolon));
    }

    /** An embedded Derby database under {@code dataDir}; for tests and the default. */
    public static DatabaseSettings embeddedDerby(Path dataDir) {
        return new DatabaseSettings("jdbc:derby:" + dataDir.resolve("district").toAbsolutePath(), null, null, null, 20);
    }

    /** Reads the settings of a home: {@code conf/database.properties} and the secret files beside it. */
    public static DatabaseSettings read(Path conf, Path data) throws IOException {
        Properties properties = new Properties();
        Path file = conf.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        DatabaseSettings defaults = embeddedDerby(data);
        String url = properties.getProperty("url", defaults.url()).trim();
        if (url.contains("password=")) {
            throw new IllegalArgumentException(FILE + ": put the password in conf/database.password, not in the URL");
        }
        String user = blankToNull(properties.getProperty("user"));
        String password = secret(conf.resolve("database.password"));
        String bootPassword = null;
        if (Boolean.parseBoolean(properties.getProperty("derby.encryption", "false"))) {
            bootPassword = secret(conf.resolve("database.boot-password"));
            if (bootPassword == null) {
                throw new IllegalArgumentException("derby.encryption=true needs the boot password in conf/database.boot-password");
            }
        }
        boolean authentication = Boolean.parseBoolean(properties.getProperty("derby.authentication", "false").trim());
        int pool = Integer.parseInt(properties.getProperty("pool.max-size", "20").trim());
        DatabaseSettings settings = new DatabaseSettings(url, user, password, bootPassword, pool, authentication);
        settings.kind();
        if ((authentication || bootPassword != null) && !settings.embedded()) {
            throw new IllegalArgumentException("derby.authentication and derby.encryption apply to the embedded Derby "
                    + "database only; configure a database server's own security on the server");
        }
        return settings;
    }

    /** The name Derby knows the user by: an ordinary SQL identifier, in upper case. */
    String derbyUserName() {
        return user.toUpperCase(Locale.ROOT);
    }

    /** The URL with what Derby needs to create and boot the database; holds secrets, never log it. */
    String connectUrl() {
        if (!embedded()) {
            return url;
        }
        StringBuilder full = new StringBuilder(url).append(";create=true");
        if (bootPassword != null) {
            full.append(";dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=").append(bootPassword);
        }
        return full.toString();
    }

    private static String secret(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        SecretFiles.requireOwnerOnly(file);
        return blankToNull(Files.readString(file).trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + (derbyAuthentication ? ", Derby authentication" : "")
                + (bootPassword != null ? ", encrypted" : "") + "]";
    }
}
