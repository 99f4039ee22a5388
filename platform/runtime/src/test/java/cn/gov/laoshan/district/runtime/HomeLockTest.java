package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {

    @TempDir
    Path home;

    @Test
    void oneHolderAtATimeWhoSaysWhoItIs() throws IOException {
        long pid = ProcessHandle.current().pid();
        try (HomeLock lock = HomeLock.acquire(home)) {
            assertEquals("pid=" + pid + "\n", Files.readString(home.resolve("district.lock")));
            lock.listening(8123);
            assertEquals("pid=" + pid + "\nport=8123\n", Files.readString(home.resolve("district.lock")));
            assertEquals(pid + "\n", Files.readString(home.resolve("district.pid")));
            assertEquals("8123\n", Files.readString(home.resolve("district.port")));
            HomeLock.AlreadyRunningException refused = assertThrows(HomeLock.AlreadyRunningException.class,
                    () -> HomeLock.acquire(home));
            assertTrue(refused.getMessage().startsWith("already running (pid " + pid + ", port 8123) for home "),
                    refused.getMessage());
        }
        assertFalse(Files.exists(home.resolve("district.pid")), "the pid file goes with the platform");
        assertTrue(Files.exists(home.resolve("district.lock")), "the lock file stays");
        HomeLock.acquire(home).close();
    }

    @Test
    void aHomeThatCannotBeWrittenIsNamed() throws Exception {
        // (the tests may run as root, whom file modes do not stop; the immutable attribute does)
        Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", home.toString()).start().waitFor() == 0,
                "chattr +i is not available here");
        try {
            IOException refused = assertThrows(IOException.class, () -> HomeLock.acquire(home));
            assertTrue(refused.getMessage().startsWith("cannot write to " + home.resolve("district.lock") + " ("),
                    refused.getMessage());
        } finally {
            new ProcessBuilder("chattr", "-i", home.toString()).start().waitFor();
        }
    }
}
