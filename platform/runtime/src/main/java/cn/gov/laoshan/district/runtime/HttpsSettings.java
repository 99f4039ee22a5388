package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * HTTPS from {@code conf/district.properties}: {@code https.port}, {@code https.keystore} (PKCS#12, relative to the
 * home), the keystore's password in {@code conf/keystore.password} (readable by the owner only). When HTTPS is on,
 * plain HTTP answers only with a redirect to it, responses carry HSTS, and session cookies are {@code Secure}.
 *
 * @param port             HTTPS port (0 takes a free one)
 * @param keystore         the PKCS#12 keystore with the server's key and certificate
 * @param keystorePassword its password
 */
public record HttpsSettings(int port, Path keystore, String keystorePassword) {

    /** The settings in {@code properties}, or {@code null} when HTTPS is not configured. */
    static HttpsSettings from(Properties properties, Path home) throws IOException {
        String port = properties.getProperty("https.port");
        if (port == null || port.isBlank()) {
            return null;
        }
        String keystore = properties.getProperty("https.keystore", "conf/keystore.p12").trim();
        Path keystorePath = home.resolve(keystore);
        if (!Files.isRegularFile(keystorePath)) {
            throw new IllegalArgumentException("https.keystore " + keystorePath + " does not exist");
        }
        Path passwordFile = home.resolve("conf").resolve("keystore.password");
        if (!Files.isRegularFile(passwordFile)) {
            throw new IllegalArgumentException("HTTPS needs the keystore's password in " + passwordFile);
        }
        // a secret like the database's: refused when other users may read or change it
        SecretFiles.requireOwnerOnly(passwordFile);
        try {
            return new HttpsSettings(Integer.parseInt(port.trim()), keystorePath, Files.readString(passwordFile).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("https.port must be a number: " + port);
        }
    }

    @Override
    public String toString() {
        return "HttpsSettings[port=" + port + ", keystore=" + keystore + "]";
    }
}
