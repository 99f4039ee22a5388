package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java cn.gov.laoshan.district.runtime.Main [--home DIR] [--port N] [--host H] [--no-demo]
 * [--features a,b --features-dir DIR --bundles DIR]}: runs the platform in the foreground until SIGTERM or
 * Ctrl-C, then stops it gracefully. {@code bin/district} wraps it.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // for the start-up timeline: the JVM's own start ends here
        System.setProperty(StartupTimeline.MAIN_ENTERED, Long.toString(System.currentTimeMillis()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RuntimeOptions options;
        List<String> warnings = new ArrayList<>();
        try {
            Path defaultHome = Path.of(System.getProperty("district.default-home", "home"));
            options = RuntimeOptions.parse(args, System.getenv(), defaultHome, warnings);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("district: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Before anything is written to the home, the log included: a second start on a running home stops here.
        HomeLock lock;
        try {
            lock = HomeLock.acquire(options.home());
        } catch (IOException e) {
            System.err.println("district: " + e.getMessage());
            System.exit(1);
            return;
        }
        // Logback's configuration reads the home to put logs/ there: set it before the first logger.
        System.setProperty("district.home", options.home().toAbsolutePath().toString());
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Main.class);
        for (String warning : warnings) {
            System.err.println("district: " + warning);
            log.warn(warning);
        }

        PlatformRuntime runtime;
        try {
            runtime = PlatformRuntime.start(options, lock);
        } catch (Exception e) {
            String reason = e instanceof FileSystemException fs ? HomeLock.notWritable(options.home(), fs).getMessage()
                    : e.getMessage();
            System.err.println("district: the platform could not start: " + reason);
            if (e instanceof IllegalArgumentException || e instanceof IOException) {
                log.error("start failed: {}", reason); // the operator's to mend; a stack trace would hide it
            } else {
                log.error("start failed", e);
            }
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "district-shutdown"));

        String host = switch (options.host()) {
            case "0.0.0.0", "127.0.0.1", "::", "::1" -> "localhost";
            default -> options.host();
        };
        out.println();
        out.println("  崂山区政务协同平台 District Platform is running");
        out.println("  URL:  http://" + host + ":" + runtime.port() + "/");
        out.println("  Home: " + runtime.home().root());
        runtime.newAdminPassword().ifPresentOrElse(
                password -> {
                    out.println("  Administrator 'admin' created. Initial password (shown only this once): " + password);
                    out.println("  It is also in " + runtime.adminPasswordFile() + " (readable by you only).");
                },
                () -> out.println("  Sign in as 'admin'; the initial password is in " + runtime.adminPasswordFile()));
        out.println();
        stopped.await();
    }
}
