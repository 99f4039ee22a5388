package cn.gov.laoshan.district.notify.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * A job whose node dies while running it (the lease taken, never renewed, never finished: a kill -9) is taken over by
 * another node once the lease has run out, and not before; the schedule then names the node that ran it. On Derby and
 * PostgreSQL, with a clock the test moves.
 */
class JobTakeOverTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aJobOfADeadNodeIsTakenOverWhenItsLeaseRunsOut(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            SettableClock clock = new SettableClock();
            clock.set(Instant.parse("2026-12-07T08:00:00Z"));
            Duration lease = Duration.ofSeconds(60);
            JobLeases leases = new JobLeases(database.jdbi("platform"));
            AtomicInteger runs = new AtomicInteger();
            String nodeB = JobScheduler.nodeId("node-b");
            try (JobScheduler b = JobScheduler.manual(leases, nodeB, clock, lease)) {
                b.register("test/report", Duration.ofMinutes(5), runs::incrementAndGet);
                // node-a took the job and was killed in the middle of it
                long now = clock.millis();
                assertTrue(leases.tryAcquire("test/report", "node-a/4711/dead", now, now + lease.toMillis()));

                clock.set(clock.instant().plusSeconds(59));
                assertFalse(b.runIfDue("test/report"), "the lease still holds: node-a might only be slow");
                assertEquals(0, runs.get());
                assertEquals("node-a/4711/dead", b.jobs().get(0).leaseHolder());

                clock.set(clock.instant().plusSeconds(2));
                assertTrue(b.runIfDue("test/report"), "the lease ran out: node-b takes the job over");
                assertEquals(1, runs.get());
                assertEquals(nodeB, b.jobs().get(0).lastNode(), "the schedule names the node that ran it");
                assertTrue(nodeB.startsWith("node-b/"), "the node's name first: " + nodeB);
                assertFalse(b.runIfDue("test/report"), "then every five minutes again, not at once");
            }
        }
    }
}
