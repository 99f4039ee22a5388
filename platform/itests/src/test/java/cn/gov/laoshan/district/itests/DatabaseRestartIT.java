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
 * runs as the {@code postgres} user). Under load: three writers create and read enterprises without pause through the
 * restart; once the node is UP again each of them writes again through the reconnected pool, and every write a writer
 * was told is committed is found afterwards (the failures meanwhile are printed).
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

    /**
     * Writers calling the registry as a busy node's users would, each without pause: create an enterprise, read it
     * back. What was committed is kept; what failed is kept with its message (while PostgreSQL is down).
     */
    private static final class Load {
        private final java.util.concurrent.ExecutorService workers;
        private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        private final java.util.concurrent.atomic.AtomicLong succeeded = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.Queue<Enterprise> committed = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.Queue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();

        Load(EnterpriseRegistry registry, AccessControl access, int threads) {
            workers = java.util.concurrent.Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                java.util.Iterator<Enterprise> next = DemoEnterprises.generate(500L + t, 5_000).iterator();
                workers.submit(() -> {
                    while (running.get() && next.hasNext()) {
                        Enterprise e = next.next();
                        try {
                            access.asSystem(() -> {
                                registry.create(e);
                                return null;
                            });
                            committed.add(e);
                            access.asSystem(() -> registry.count(EnterpriseQuery.all()
                                    .withCodePrefix(e.uscc().value())));
                            succeeded.incrementAndGet();
                            Thread.sleep(20); // a busy node, not a benchmark: the machine is shared
                        } catch (InterruptedException interrupted) {
                            return;
                        } catch (RuntimeException failed) {
                            failures.add(failed.getClass().getSimpleName() + ": "
                                    + String.valueOf(failed.getMessage()).lines().findFirst().orElse(""));
                            try {
                                Thread.sleep(100);
                            } catch (InterruptedException interrupted) {
                                return;
                            }
                        }
                    }
                });
            }
        }

        long succeeded() {
            return succeeded.get();
        }

        java.util.List<String> failures() {
            return List.copyOf(failures);
        }

        /** Each kind of failure once, with how often. */
        java.util.Map<String, Long> failureKinds() {
            return failures.stream().collect(java.util.stream.Collectors.groupingBy(
                    f -> f.length() > 120 ? f.substring(0, 120) : f, java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
        }

        List<Enterprise> stop() throws InterruptedException {
            running.set(false);
            workers.shutdown();
            assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS), "the writers end");
            return List.copyOf(committed);
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

                // under load: writers that create an enterprise and read it back, without pause, through the restart
                Load load = new Load(registry, access, 3);
                TestPlatform.await(() -> load.succeeded() >= 6, WAIT, "the load running");
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
                // the pool reconnected for every writer, not only for the probe: each goes on writing
                long upAt = load.succeeded();
                TestPlatform.await(() -> load.succeeded() >= upAt + 12, WAIT, "the writers write again");
                List<Enterprise> committed = load.stop();
                System.out.printf("database restart under load: %d writes committed, %d calls failed meanwhile %s%n",
                        committed.size(), load.failures().size(), load.failureKinds());
                // what a writer was told is committed is there, after the restart as before it (a write whose answer
                // was lost with the connection may be there too: at least as many)
                assertTrue(access.asSystem(() -> registry.count(EnterpriseQuery.all())) >= committed.size());
                for (Enterprise e : committed.subList(Math.max(0, committed.size() - 30), committed.size())) {
                    assertEquals(1, access.asSystem(() -> registry.count(EnterpriseQuery.all()
                            .withCodePrefix(e.uscc().value()))), e.uscc().value());
                }
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
