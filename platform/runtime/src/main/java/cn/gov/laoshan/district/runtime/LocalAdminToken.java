package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * The local administrator's token: fresh and random at every start, written to {@code <home>/data/admin.token}
 * (mode 600, deleted at stop), so that whoever can read that file on this machine — the platform's own OS account —
 * may use {@code /admin/*} ({@code bin/district backup}) and see the full {@code /health}. It travels only in the
 * header {@value #HEADER}, never on a command line (which other users see with {@code ps}).
 */
final class LocalAdminToken {

    static final String HEADER = "X-District-Admin-Token";

    private final byte[] token;

    private LocalAdminToken(String token) {
        this.token = token.getBytes(StandardCharsets.US_ASCII);
    }

    /** A new token, written to {@code file} (owner-only). */
    static LocalAdminToken create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        SecretFiles.write(file, token + System.lineSeparator());
        return new LocalAdminToken(token);
    }

    /** For tests of the servlets. */
    static LocalAdminToken of(String token) {
        return new LocalAdminToken(token);
    }

    /** The request comes from a loopback address, not through a proxy, and carries the token. */
    boolean presentedBy(HttpServletRequest request) {
        if (request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null) {
            return false;
        }
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        String given = request.getHeader(HEADER);
        return given != null && MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
