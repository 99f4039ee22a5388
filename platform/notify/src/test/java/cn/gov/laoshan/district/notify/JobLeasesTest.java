package cn.gov.laoshan.district.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.DatabaseSettings;
import cn.gov.laoshan.district.notify.scheduler.JobLeases;
import cn.gov.laoshan.district.notify.scheduler.JobScheduler;

/** The lease rules on an embedded Derby (the ITs run the same on PostgreSQL). */
class JobLeasesTest {

    @TempDir
    static Path dir;
    static Database database;
    static JobLeases leases;

    @BeforeAll
    static void open() throws Exception {
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        database = Database.open(DatabaseSettings.embeddedDerby(dir));
        database.migrateFromClassPath("platform", "migrations_notify", JobLeasesTest.class.getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
        leases = new JobLeases(database.jdbi("platform"));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void oneNodeTakesADueJobAndTheOtherDoesNot() {
        leases.ensure("a", 1000);
        leases.ensure("a", 5000); // idempotent: stays due at 1000
        assertTrue(leases.tryAcquire("a", "node1", 1000, 61_000));
        assertFalse(leases.tryAcquire("a", "node2", 1001, 61_001), "held by node1");
        assertFalse(leases.tryAcquire("a", "node1", 1002, 61_002), "not even node1 twice");
        assertTrue(leases.finish("a", "node1", 2000, 12_000, null));
        assertFalse(leases.tryAcquire("a", "node2", 11_999, 71_999), "not due before next_run_at");
        assertTrue(leases.tryAcquire("a", "node2", 12_000, 72_000));
        JobLeases.Lease lease = leases.lease("a").orElseThrow();
        assertEquals("node2", lease.owner());
        assertEquals(1, lease.runs());
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheDeadHolderCannotFinish() {
        leases.ensure("b", 0);
        assertTrue(leases.tryAcquire("b", "node1", 0, 100));
        assertTrue(leases.renew("b", "node1", 200));
        assertFalse(leases.tryAcquire("b", "node2", 150, 250), "renewed lease still valid");
        assertTrue(leases.tryAcquire("b", "node2", 201, 300), "expired: taken over");
        assertFalse(leases.renew("b", "node1", 400), "node1 lost it");
        assertFalse(leases.finish("b", "node1", 202, 1000, null));
        assertTrue(leases.finish("b", "node2", 203, 1000, "java.lang.IllegalStateException: boom"));
        JobLeases.Lease lease = leases.lease("b").orElseThrow();
        assertNull(lease.owner());
        assertEquals(1000, lease.nextRunAt());
        assertEquals("java.lang.IllegalStateException: boom", lease.lastError());
    }

    @Test
    void releaseFreesWithoutCountingARun() {
        leases.ensure("c", 0);
        assertTrue(leases.tryAcquire("c", "node1", 0, 100_000));
        leases.release("c", "node1");
        assertTrue(leases.tryAcquire("c", "node2", 1, 100_001));
        assertEquals(0, leases.lease("c").orElseThrow().runs());
    }

    @Test
    void tickIsAQuarterOfTheIntervalWithinBounds() {
        assertEquals(Duration.ofMillis(50), cn.gov.laoshan.district.notify.scheduler.JobSchedulerAccessHelper.tick(Duration.ofMillis(100)));
        assertEquals(Duration.ofMillis(250), cn.gov.laoshan.district.notify.scheduler.JobSchedulerAccessHelper.tick(Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(5), cn.gov.laoshan.district.notify.scheduler.JobSchedulerAccessHelper.tick(Duration.ofHours(1)));
        assertTrue(JobScheduler.defaultNodeId().contains("@"));
    }
}
