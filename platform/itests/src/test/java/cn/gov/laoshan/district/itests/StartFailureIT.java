package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;

/**
 * A start that fails while its start-up threads still run (the port is taken when the web server starts, while the
 * database and the framework start beside it) ends promptly: the threads are waited for, the database is shut
 * down (the home can be opened again at once), nothing is left running.
 */
class StartFailureIT {

    @Test
    void aTakenPortFailsTheStartPromptlyAndLeavesTheHomeUsable() throws Exception {
        Path home = Files.createTempDirectory("district-start-failure");
        System.setProperty("district.home", home.toString());
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            RuntimeOptions options = RuntimeOptions.forHome(home).withPort(taken.getLocalPort());
            long begin = System.nanoTime();
            assertThrows(Exception.class, () -> PlatformRuntime.start(options));
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "the failed start ended after " + took);
        }
        // the embedded database was shut down: a new start on the same home opens it
        try (PlatformRuntime again = PlatformRuntime.start(RuntimeOptions.forHome(home).withPort(0))) {
            assertTrue(again.isUp());
        }
    }

    /** Issue 23, item 6: a feature that does not exist fails the start, before anything is opened or written. */
    @Test
    void anUnknownFeatureFailsTheStartWithAClearMessage(@TempDir Path tmp) throws Exception {
        Path home = tmp.resolve("home");
        Path features = Files.createDirectories(tmp.resolve("features"));
        Files.writeString(features.resolve("standard.feature.json"), "{\"id\":\"standard\",\"name\":{\"zh-CN\":"
                + "\"标准功能集\",\"en\":\"Standard\"},\"plugins\":[],\"configuration\":{}}");
        RuntimeOptions options = RuntimeOptions.forHome(home).withPort(0)
                .withFeatures(features, tmp.resolve("bundles"), List.of("standard", "nonexistent"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PlatformRuntime.start(options));
        assertEquals("unknown feature nonexistent (features=): not in " + features + "; available: standard",
                refused.getMessage());
        assertFalse(Files.exists(home.resolve("data")), "nothing was created in the home");
        try (PlatformRuntime started = PlatformRuntime.start(options.withFeatures(features, tmp.resolve("bundles"),
                List.of("standard")))) {
            assertTrue(started.isUp(), "a known feature starts");
        }
    }

    /** Issue 23, item 6: a data directory the platform cannot write is named in the message. */
    @Test
    void aReadOnlyDataDirectoryIsNamed(@TempDir Path tmp) throws Exception {
        Path home = tmp.resolve("home");
        Path data = Files.createDirectories(home.resolve("data"));
        // (the tests may run as root, whom file modes do not stop; the immutable attribute does)
        boolean immutable = new ProcessBuilder("chattr", "+i", data.toString()).start().waitFor() == 0;
        Assumptions.assumeTrue(immutable, "chattr +i is not available here");
        try {
            Exception refused = assertThrows(Exception.class,
                    () -> PlatformRuntime.start(RuntimeOptions.forHome(home).withPort(0)));
            assertTrue(refused.getMessage().startsWith("cannot write to " + data + " ("), refused.getMessage());
            assertTrue(refused.getMessage().contains("must be writable"), refused.getMessage());
        } finally {
            new ProcessBuilder("chattr", "-i", data.toString()).start().waitFor();
        }
    }
}
