package cn.gov.laoshan.district.runtime;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        try {
            Path defaultHome = Path.of(System.getProperty("district.default-home", "home"));
            options = RuntimeOptions.parse(args, System.getenv(), defaultHome);
        } catch (IllegalArgumentException e) {
            System.err.println("district: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Logback's configuration reads the home to put logs/ there: set it before the first logger.
        System.setProperty("district.home", options.home().toAbsolutePath().toString());

        PlatformRuntime runtime;
        try {
            runtime = PlatformRuntime.start(options);
        } catch (Exception e) {
            System.err.println("district: the platform could not start: " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(Main.class).error("start failed", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            stopped.countDown();
        }, "district-shutdown"));

        String host = "0.0.0.0".equals(options.host()) ? "localhost" : options.host();
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
