package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.testkit.TestDatabase;

/**
 * The lease across processes: two JVMs ("nodes") on one PostgreSQL database run the same job for 6 s. Every run
 * happens once, runs never overlap, and each starts at least an interval after the previous one ended.
 */
class SchedulerProcessesIT {

    @Test
    void twoProcessesRunTheJobOncePerInterval() throws Exception {
        assumeTrue(System.getenv("DISTRICT_TEST_POSTGRES_URL") != null, "needs PostgreSQL (. .ci/postgres.sh)");
        try (TestDatabase test = TestDatabase.postgresql(); Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            database.jdbi("platform").useHandle(h -> h.execute(
                    "create table run_log (node varchar(20) not null, started bigint not null, ended bigint not null)"));
            long interval = 500;
            List<Process> nodes = new ArrayList<>();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            for (String node : List.of("proc-1", "proc-2")) {
                nodes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                        SchedulerNodeMain.class.getName(), test.settings().url(), test.settings().user(),
                        test.settings().password(), Long.toString(interval), "6000", node)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (Process node : nodes) {
                assertTrue(node.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, node.exitValue());
            }
            List<long[]> runs = database.jdbi("platform").withHandle(h -> h.createQuery(
                    "select started, ended from run_log order by started").map((rs, ctx) -> new long[] {rs.getLong(1),
                            rs.getLong(2)}).list());
            List<String> who = database.jdbi("platform").withHandle(h -> h.createQuery(
                    "select distinct node from run_log").mapTo(String.class).list());
            // about 6 s / 550 ms, less the JVMs' start: at least 4
            assertTrue(runs.size() >= 4 && runs.size() <= 13, "runs: " + runs.size());
            for (int i = 1; i < runs.size(); i++) {
                long gap = runs.get(i)[0] - runs.get(i - 1)[1];
                assertTrue(gap >= interval - 5, "run " + i + " started " + gap + " ms after the previous one ended");
            }
            assertEquals(runs.size(), database.jdbi("platform").withHandle(h -> h.createQuery(
                    "select runs from job_lease where job_id = 'test/log'").mapTo(Long.class).one()).intValue());
            System.out.printf("two processes: %d runs by %s%n", runs.size(), who);
        }
    }
}
