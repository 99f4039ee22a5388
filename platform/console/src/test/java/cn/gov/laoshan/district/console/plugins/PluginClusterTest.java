package cn.gov.laoshan.district.console.plugins;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.console.ConsoleModule;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Convergence;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Desired;
import cn.gov.laoshan.district.console.plugins.PluginCluster.NodeState;
import cn.gov.laoshan.district.console.plugins.PluginCluster.Wanted;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.MigrationFiles;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The plugins' desired state for every node (issue 24 item 2) on Derby and PostgreSQL: changes numbered by the
 * counter in commit order, the jar kept once by SHA-256 and read back byte for byte, a change the database refuses
 * leaves nothing, concurrent changes of two nodes get numbers of their own, each node's state one row per plugin; and
 * the claim the convergence rests on — two nodes migrating one plugin schema at the same moment apply each migration
 * once (Flyway's history and lock).
 */
class PluginClusterTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static Database migrated(TestDatabase test) throws Exception {
        Database database = Database.open(test.settings());
        new ConsoleModule().migrateDatabase(database);
        return database;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theDesiredStateIsNumberedAndTheJarKeptOnce(TestDatabase test, @TempDir Path dir) throws Exception {
        try (test; Database database = migrated(test)) {
            SettableClock clock = new SettableClock();
            clock.set(Instant.parse("2026-12-07T20:00:00Z"));
            Jdbi jdbi = database.jdbi(Database.PLATFORM_SCHEMA);
            PluginCluster cluster = new PluginCluster(jdbi, clock);
            assertEquals(0, cluster.revision());
            assertTrue(cluster.desired().isEmpty());

            byte[] content = new byte[300_000];
            new Random(24).nextBytes(content);
            Path jar = Files.write(dir.resolve("notes.jar"), content);
            String sha = PluginJar.sha256(jar);
            assertEquals(1, cluster.publish("cn.example.notes", "1.0.0", sha, Wanted.STARTED, jar, "node-a", "admin"));
            Desired installed = cluster.desired("cn.example.notes").orElseThrow();
            assertEquals(new Desired("cn.example.notes", "1.0.0", sha, Wanted.STARTED, 1, "node-a", "admin",
                    clock.instant()), installed);
            assertTrue(cluster.hasJar(sha));
            Path fetched = cluster.fetchJar(sha, dir.resolve("fetched.jar")).orElseThrow();
            assertArrayEquals(content, Files.readAllBytes(fetched), "the jar as stored");
            assertTrue(cluster.fetchJar("0".repeat(64), dir.resolve("none.jar")).isEmpty());
            assertFalse(Files.exists(dir.resolve("none.jar")));

            // stopped on node-b: the same jar, not stored twice
            assertEquals(2, cluster.publish("cn.example.notes", "1.0.0", sha, Wanted.STOPPED, null, "node-b", "sunwei"));
            assertEquals(Wanted.STOPPED, cluster.desired("cn.example.notes").orElseThrow().wanted());
            int jars = jdbi.withHandle(h -> h.createQuery("select count(*) from plugin_jar").mapTo(Integer.class).one());
            assertEquals(1, jars);

            // a jar the cluster lacks and that is not given: refused, and nothing changed (not even the counter)
            assertThrows(IllegalArgumentException.class, () -> cluster.publish("cn.example.other", "1.0.0",
                    "f".repeat(64), Wanted.STARTED, null, "node-a", "admin"));
            assertEquals(2, cluster.revision());
            assertTrue(cluster.desired("cn.example.other").isEmpty());

            assertEquals(3, cluster.publish("cn.example.notes", null, null, Wanted.REMOVED, null, "node-a", "admin"));
            Desired removed = cluster.desired("cn.example.notes").orElseThrow();
            assertEquals(Wanted.REMOVED, removed.wanted());
            assertNull(removed.sha256());
            assertTrue(cluster.hasJar(sha), "a jar stays: a roll back may name it again");

            // two nodes changing plugins at the same moment: every change has a number of its own, in commit order
            int changes = 12;
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<List<Long>>> nodes = new ArrayList<>();
                for (String node : List.of("node-a", "node-b")) {
                    nodes.add(pool.submit(() -> {
                        start.await();
                        List<Long> numbers = new ArrayList<>();
                        for (int i = 0; i < changes / 2; i++) {
                            numbers.add(cluster.publish("cn.example." + node.replace("-", "") + i, "1.0." + i, null,
                                    Wanted.STARTED, null, node, "admin"));
                        }
                        return numbers;
                    }));
                }
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> numbers : nodes) {
                    all.addAll(numbers.get());
                }
                assertEquals(changes, all.stream().distinct().count(), "no number twice: " + all);
                assertEquals(3 + changes, cluster.revision());
                List<Long> inOrder = cluster.desired().stream().map(Desired::revision).toList();
                assertEquals(inOrder.stream().sorted().toList(), inOrder);
            } finally {
                pool.shutdownNow();
            }

            // each node's state: one row per node and plugin, the newest
            cluster.record(new NodeState("node-b", "cn.example.notes", "1.0.0", "ACTIVE", Convergence.FAILED,
                    "database migration V2__x.sql failed: " + "x".repeat(5000), 1, clock.instant()));
            cluster.record(new NodeState("node-b", "cn.example.notes", null, "ABSENT", Convergence.IN_STEP, null, 3,
                    clock.instant()));
            cluster.record(new NodeState("node-a", "cn.example.notes", null, "ABSENT", Convergence.IN_STEP, null, 3,
                    clock.instant()));
            List<NodeState> states = cluster.nodeStates();
            assertEquals(List.of("node-a", "node-b"), states.stream().map(NodeState::node).toList());
            assertEquals(new NodeState("node-b", "cn.example.notes", null, "ABSENT", Convergence.IN_STEP, null, 3,
                    clock.instant()), states.get(1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesMigratingOneSchemaAtOnceApplyEachMigrationOnce(TestDatabase test, @TempDir Path dir)
            throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            Map<String, URL> migrations = new TreeMap<>();
            migrations.put("V1__note.sql", Files.writeString(dir.resolve("V1__note.sql"),
                    "create table note (id int not null primary key, text varchar(100) not null);\n").toUri().toURL());
            migrations.put("V2__first_note.sql", Files.writeString(dir.resolve("V2__first_note.sql"),
                    "insert into note (id, text) values (1, '社区议事会纪要');\n").toUri().toURL());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Integer> node = () -> {
                    start.await();
                    return database.migrate("notes", "flyway_schema_history", new MigrationFiles(migrations));
                };
                Future<Integer> a = pool.submit(node);
                Future<Integer> b = pool.submit(node);
                assertEquals(2, a.get() + b.get(), "two migrations applied in all, by whichever node came first");
            } finally {
                pool.shutdownNow();
            }
            Jdbi notes = database.jdbi("notes");
            assertEquals(List.of("1", "2"), notes.withHandle(h -> h.createQuery("select \"version\" from "
                    + "\"flyway_schema_history\" where \"success\" = true and \"version\" <> '0' order by "
                    + "\"installed_rank\"").mapTo(String.class).list()), "one history row per version");
            int rows = notes.withHandle(h -> h.createQuery("select count(*) from note").mapTo(Integer.class).one());
            assertEquals(1, rows, "the data migration ran once");
        }
    }
}
