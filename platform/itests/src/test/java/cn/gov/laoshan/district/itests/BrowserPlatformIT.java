package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * The browser tests' fixture itself: a start that fails half-way (the platform is up, a plugin cannot be deployed)
 * closes what it had started — the web server no longer answers, the temporary home is gone — and reports the
 * failure; a fixture used outside JUnit's lifecycle says so.
 */
class BrowserPlatformIT {

    /** What JUnit hands the fixture: only the test class is asked for. */
    private static final ExtensionContext CONTEXT = (ExtensionContext) Proxy.newProxyInstance(
            BrowserPlatformIT.class.getClassLoader(), new Class<?>[] {ExtensionContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("getRequiredTestClass")) {
                    return BrowserPlatformIT.class;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void aStartThatFailsHalfWayLeavesNothingRunning() throws Exception {
        assumeTrue(Browser.available(), "Chromium is not installed (.ci/run installs it)");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AtomicReference<Path> home = new AtomicReference<>();
        AtomicInteger started = new AtomicInteger();
        BrowserPlatform fixture = BrowserPlatform.builder().plugin("no-such-plugin").options(defaults -> {
            home.set(defaults.home());
            started.incrementAndGet();
            return defaults.withPort(port);
        }).build();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> fixture.beforeAll(CONTEXT));
        assertTrue(failure.getMessage().contains("district-plugin-no-such-plugin"), failure.getMessage());
        assertEquals(1, started.get(), "the platform was started before the plugin was looked for");
        assertFalse(answers(port), "the web server on port " + port + " was stopped");
        assertFalse(Files.exists(home.get()), "the temporary home " + home.get() + " was deleted");
        assertThrows(IllegalStateException.class, fixture::testPlatform, "nothing is left to use");
        assertThrows(IllegalStateException.class, fixture::browser);
        fixture.afterAll(CONTEXT); // and closing again is harmless
    }

    @Test
    void aFixtureThatWasNeverStartedSaysHowToRegisterIt() {
        BrowserPlatform fixture = BrowserPlatform.builder().build();
        IllegalStateException e = assertThrows(IllegalStateException.class, fixture::baseUrl);
        assertTrue(e.getMessage().contains("@RegisterExtension static"), e.getMessage());
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
