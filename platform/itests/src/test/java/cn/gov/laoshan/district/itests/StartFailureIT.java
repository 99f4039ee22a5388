package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

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
}
