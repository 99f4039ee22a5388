package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.runtime.Main;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A platform killed with SIGKILL (a real separate JVM, {@code destroyForcibly}) at the worst moment, then started
 * again: what it was doing is either recorded or completed — the audit log and the plugins agree after a kill during
 * an install; the first start's demo seeding carries on to the end after a kill half-way.
 */
class CrashRecoveryIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String HELLO = "cn.gov.laoshan.district.test.hello";

    /** Starts the platform in a JVM of its own on {@code home}; its output goes to {@code home/console.out}. */
    private static Process fork(Path home, int port, String... extra) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx768m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--home", home.toString(), "--port",
                Integer.toString(port)));
        command.addAll(List.of(extra));
        Files.createDirectories(home);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Optional<String> health(int port) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Optional.of(response.body());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean stop
        assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    }

    private static TestPlatform restart(Path home, boolean demo) throws Exception {
        RuntimeOptions options = RuntimeOptions.forHome(home);
        return TestPlatform.start(options.withDemo(demo));
    }

    @Test
    void killedDuringAnInstallTheAuditLogAndThePluginsAgreeAfterTheRestart(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        int port = freePort();
        Process platform = fork(home, port, "--no-demo");
        try {
            TestPlatform.await(() -> health(port).map(h -> h.contains("\"status\":\"UP\"")).orElse(false), WAIT,
                    "the forked platform up");
            int shellPort = Integer.parseInt(Files.readString(home.resolve("data/shell.port")).trim());
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), shellPort)) {
                PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                out.println(Files.readString(home.resolve("data/shell.token")).trim());
                out.println("install " + PluginJars.named("district-test-plugin-hello"));
                // the jar is kept in plugins/ before the bundle is installed, started and the install recorded:
                // killed in between
                Path kept = home.resolve("plugins/" + HELLO + ".jar");
                TestPlatform.await(() -> Files.exists(kept), WAIT, "the install under way");
                kill(platform);
            }
        } finally {
            platform.destroyForcibly();
        }

        try (TestPlatform again = restart(home, false)) {
            boolean installed = List.of(again.runtime().bundleContext().getBundles()).stream()
                    .anyMatch(b -> HELLO.equals(b.getSymbolicName()));
            AuditQuery query = again.runtime().service(AuditQuery.class).orElseThrow();
            AccessControl access = again.runtime().service(AccessControl.class).orElseThrow();
            List<AuditEntry> records = access.asSystem(() -> query.find(new AuditFilter(null, "console", "plugin.",
                    null, null), 0, 100)).stream().filter(e -> HELLO.equals(e.objectId())).toList();
            // what the audit log last says of the plugin is what is there
            Optional<AuditEntry> last = records.stream().reduce((a, b) -> a.id() > b.id() ? a : b);
            boolean recordedInstalled = last.map(e -> e.action().equals("plugin.install")
                    || e.action().equals("plugin.reconcile") && e.after().startsWith("installed at start")).orElse(false);
            assertEquals(installed, recordedInstalled, "installed " + installed + ", audit " + records);
            assertTrue(installed, "the kept jar was complete, so the plugin is back; the audit log says so: " + records);
        }
    }

    @Test
    void theFirstStartsDemoSeedingKilledHalfWayCarriesOnToTheEnd(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("deploy"));
        Files.copy(PluginJars.named("district-plugin-mediation"), home.resolve("deploy/mediation.jar"));
        Files.copy(PluginJars.named("district-plugin-housing"), home.resolve("deploy/housing.jar"));
        int port = freePort();
        Process platform = fork(home, port, "--demo"); // demo data only when asked for (bin/district start --demo)
        try {
            // the seeding starts when the plugin activates: killed as soon as both serve
            TestPlatform.await(() -> health(port).map(h -> active(h, "mediation") && active(h, "housing")).orElse(false),
                    WAIT, "mediation and housing active");
            kill(platform);
        } finally {
            platform.destroyForcibly();
        }

        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Logger seedingLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(cn.gov.laoshan.district.uikit.DemoSeeding.class);
        seedingLog.addAppender(log);
        try (TestPlatform again = restart(home, true)) {
            Jdbi mediation = again.runtime().database().jdbi("mediation");
            Jdbi housing = again.runtime().database().jdbi("housing");
            TestPlatform.await(() -> finished(mediation) && finished(housing), WAIT, "both seedings finished");
            assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith("mediation-demo-data: an earlier start did not finish")),
                    "the mediation seeding was cut short and carried on");
            assertEquals(240, (int) mediation.withHandle(h -> h.createQuery("select count(*) from mediation_case")
                    .mapTo(Integer.class).one()));
            assertEquals(3, (int) mediation.withHandle(h -> h.createQuery("select count(*) from mediation_group")
                    .mapTo(Integer.class).one()));
            // the last six are the demo enterprise accounts' enterprises' cases, three each (made after the restart)
            assertEquals(6, (int) mediation.withHandle(h -> h.createQuery("select count(distinct c.id) from "
                    + "mediation_case c join party p on p.case_id = c.id where p.uscc in ('91370212MA3C4XK2QQ', "
                    + "'91370212MA3D0WPHWP')").mapTo(Integer.class).one()));
            assertEquals(8, (int) housing.withHandle(h -> h.createQuery("select count(*) from project")
                    .mapTo(Integer.class).one()));
            assertTrue(housing.withHandle(h -> h.createQuery("select count(*) from blocking_issue")
                    .mapTo(Integer.class).one()) > 0);
        } finally {
            seedingLog.detachAppender(log);
        }
    }

    private static boolean active(String health, String plugin) {
        try {
            for (var p : new com.fasterxml.jackson.databind.ObjectMapper().readTree(health).path("plugins")) {
                if (p.path("id").asText().equals(plugin)) {
                    return p.path("state").asText().equals("ACTIVE");
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean finished(Jdbi jdbi) {
        try {
            return jdbi.withHandle(h -> h.createQuery("select finished from demo_seeding").mapTo(Integer.class)
                    .findOne()).map(f -> f == 1).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
