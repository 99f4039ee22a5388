package cn.gov.laoshan.district.runtime;

import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.shell.security.SignedInUser;

class BootstrapAdminTest {

    /** A light cost keeps the test fast; the runtime uses {@link PasswordCost#OWASP}. */
    private static final PasswordCost ITERATIONS = PasswordCost.light();

    @TempDir
    Path dir;

    @Test
    void freshHomeGetsARandomPasswordReadableByTheOwnerOnly() throws IOException {
        DistrictHome home = new DistrictHome(dir).prepare();
        BootstrapAdmin admin = new BootstrapAdmin(home, ITERATIONS);
        String password = admin.ensureCreated().orElseThrow();

        assertTrue(password.length() >= 16);
        assertEquals(password, Files.readString(admin.passwordFile()).trim());
        Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertEquals(ownerOnly, Files.getPosixFilePermissions(admin.passwordFile()));
        assertEquals(ownerOnly, Files.getPosixFilePermissions(home.data().resolve("admin.credential")));
        assertFalse(Files.readString(home.data().resolve("admin.credential")).contains(password));

        assertEquals(Optional.empty(), new BootstrapAdmin(home, ITERATIONS).ensureCreated());
        String other = new BootstrapAdmin(new DistrictHome(dir.resolve("other")).prepare(), ITERATIONS)
                .ensureCreated().orElseThrow();
        assertNotEquals(password, other);
    }

    /** Issue 12, item 10: what was typed as the login is not written to the log (a password, or forged lines). */
    @Test
    void aFailedSignInDoesNotLogTheTypedLogin() throws IOException {
        DistrictHome home = new DistrictHome(dir).prepare();
        BootstrapAdmin admin = new BootstrapAdmin(home, ITERATIONS);
        admin.ensureCreated();
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                BootstrapAdmin.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            String typed = "My-Secret-Passw0rd\n2026-12-07 INFO sign-in of admin";
            admin.authenticate(typed, "x".toCharArray(), "192.0.2.7");
            admin.authenticate("admin", "wrong".toCharArray(), "192.0.2.7");
            List<String> lines = log.list.stream().map(e -> e.getFormattedMessage()).toList();
            assertEquals(List.of("failed sign-in for an unknown login from 192.0.2.7",
                    "failed sign-in for login 'admin' from 192.0.2.7"), lines);
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void onlyTheRightPasswordOfAdminSignsIn() throws IOException {
        DistrictHome home = new DistrictHome(dir).prepare();
        BootstrapAdmin admin = new BootstrapAdmin(home, ITERATIONS);
        String password = admin.ensureCreated().orElseThrow();

        Optional<SignedInUser> user = admin.authenticate("admin", password.toCharArray(), "127.0.0.1");
        assertTrue(user.orElseThrow().platformAdmin());
        assertTrue(admin.authenticate("admin", (password + "x").toCharArray(), "127.0.0.1").isEmpty());
        assertTrue(admin.authenticate("root", password.toCharArray(), "127.0.0.1").isEmpty());
    }
}
