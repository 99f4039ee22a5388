package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * PostgreSQL restarted under a running node (issue 24 item 5): {@code /health} says {@code DEGRADED} (HTTP 503: HAProxy
 * takes the node out) while the database is down, and {@code UP} again once it is back, with writes going through the
 * same connection pool — no node restart. The PostgreSQL here is one of the test's own (initdb into a temporary
 * directory, another port), never the machine's shared one. Needs Debian's PostgreSQL binaries, run as root (initdb
 * runs as the {@code postgres} user).
 */
class DatabaseRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Path binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return null;
        }
        try (Stream<Path> list = Files.list(versions)) {
            // the newest major version (directories named 15, 16, ...)
            return list.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl"))).orElse(null);
        }
    }

    private static void asPostgres(Path bin, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--",
                bin.resolve(command[0]).toString()));
        line.addAll(List.of(command).subList(1, command.length));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", line));
        assertEquals(0, process.exitValue(), String.join(" ", line) + ": " + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void theNodeIsDegradedWhilePostgresqlRestartsAndServesAgainWithoutARestart() throws Exception {
        Path bin = binaries();
        assumeTrue(bin != null, "needs PostgreSQL's binaries (apt-get install postgresql)");
        assumeTrue("root".equals(System.getProperty("user.name")), "initdb runs as postgres: the test must be root");
        Path cluster = Files.createTempDirectory("district-pg-");
        Path home = Files.createTempDirectory("district-pg-home-");
        new ProcessBuilder("chown", "postgres", cluster.toString()).start().waitFor();
        int port = freePort();
        String[] start = {"pg_ctl", "-D", cluster.resolve("data").toString(), "-l", cluster.resolve("log").toString(),
                "-o", "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1", "-w", "start"};
        String[] stop = {"pg_ctl", "-D", cluster.resolve("data").toString(), "-m", "fast", "-w", "stop"};
        try {
            asPostgres(bin, "initdb", "-D", cluster.resolve("data").toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C.UTF-8");
            asPostgres(bin, start);
            Path conf = Files.createDirectories(home.resolve("conf"));
            Files.writeString(conf.resolve("database.properties"),
                    "url=jdbc:postgresql://127.0.0.1:" + port + "/postgres\nuser=postgres\n");
            try (TestPlatform node = TestPlatform.start(RuntimeOptions.forHome(home))) {
                assertEquals("UP", node.health().path("status").asText());
                EnterpriseRegistry registry = node.runtime().service(EnterpriseRegistry.class).orElseThrow();
                AccessControl access = node.runtime().service(AccessControl.class).orElseThrow();

                asPostgres(bin, stop);
                long stopped = System.nanoTime();
                TestPlatform.await(() -> node.status("/health") == 503, WAIT, "/health DEGRADED (503)");
                assertEquals("DEGRADED", node.health().path("status").asText());
                System.out.printf("database restart: DEGRADED %d ms after PostgreSQL stopped%n",
                        (System.nanoTime() - stopped) / 1_000_000);

                asPostgres(bin, start);
                long started = System.nanoTime();
                TestPlatform.await(() -> node.status("/health") == 200, WAIT, "/health UP again");
                System.out.printf("database restart: UP %d ms after PostgreSQL started%n",
                        (System.nanoTime() - started) / 1_000_000);
                // the same pool writes and reads again: no node restart
                Enterprise written = DemoEnterprises.generate(5L, 1).get(0);
                access.asSystem(() -> {
                    registry.create(written);
                    return null;
                });
                assertEquals(1, access.asSystem(() -> registry.count(EnterpriseQuery.all()
                        .withCodePrefix(written.uscc().value()))));
            }
        } finally {
            try {
                asPostgres(bin, stop);
            } catch (AssertionError | Exception alreadyStopped) {
                // stopped by the test, or never started
            }
            new ProcessBuilder("rm", "-rf", cluster.toString(), home.toString()).start().waitFor();
        }
    }
}
