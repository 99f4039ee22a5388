package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.TestAccess;


class DemoSeedingTest {

    @Test
    void theWorkRunsAsTheSystemOnItsOwnThread() throws Exception {
        TestAccess access = TestAccess.nobody();
        CountDownLatch done = new CountDownLatch(1);
        String[] thread = new String[1];
        try (DemoSeeding seeding = DemoSeeding.start("test demo data", access, stopping -> {
            thread[0] = Thread.currentThread().getName();
            done.countDown();
            return "3 records";
        })) {
            assertTrue(done.await(10, TimeUnit.SECONDS));
        }
        assertEquals("test demo data", thread[0]);
        assertEquals(1, access.systemRuns());
    }

    @Test
    void closingStopsTheWorkAtItsNextStepAndWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger steps = new AtomicInteger();
        AtomicBoolean ended = new AtomicBoolean();
        DemoSeeding seeding = DemoSeeding.start("test demo data", TestAccess.nobody(), stopping -> {
            started.countDown();
            while (!stopping.getAsBoolean() && steps.get() < 1_000_000) {
                steps.incrementAndGet();
                sleep(5);
            }
            sleep(50); // the step under way when the stop was asked for
            ended.set(true);
            return steps.get() + " steps";
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(seeding.running());
        seeding.close();
        assertTrue(ended.get(), "close() returned only after the work ended");
        assertFalse(seeding.running());
        assertTrue(steps.get() < 1_000_000, "the work stopped early: " + steps.get());
    }

    @Test
    void aFailureAfterTheStopEndsTheThreadQuietly() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        DemoSeeding seeding = DemoSeeding.start("test demo data", TestAccess.nobody(), stopping -> {
            started.countDown();
            while (!stopping.getAsBoolean()) {
                sleep(5);
            }
            throw new IllegalStateException("Invalid BundleContext.");
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        seeding.close();
        assertFalse(seeding.running());
    }

    @Test
    void retriesWaitLongerEachTimeForAboutFortyFiveSecondsInAll() {
        assertEquals(1_000, DemoSeeding.retryPause(1));
        assertEquals(2_000, DemoSeeding.retryPause(2));
        assertEquals(8_000, DemoSeeding.retryPause(4));
        assertEquals(10_000, DemoSeeding.retryPause(5), "at most 10 s");
        long total = 0;
        for (int attempt = 1; attempt < DemoSeeding.ATTEMPTS; attempt++) {
            total += DemoSeeding.retryPause(attempt);
        }
        assertTrue(total >= 30_000 && total <= 60_000, "waits " + total + " ms in all");
    }

    @Test
    void aLockLostToAnotherTransactionIsTransientOtherFailuresAreNot() {
        RuntimeException lock = new RuntimeException("batch failed", new java.sql.BatchUpdateException(
                new java.sql.SQLTransactionRollbackException("A lock could not be obtained within the time requested",
                        "40XL1")));
        assertTrue(DemoSeeding.transientFailure(lock));
        assertTrue(DemoSeeding.transientFailure(new IllegalStateException(new java.sql.SQLException("deadlock", "40001"))));
        assertFalse(DemoSeeding.transientFailure(new IllegalStateException(new java.sql.SQLException("no table", "42X05"))));
        assertFalse(DemoSeeding.transientFailure(new IllegalArgumentException("a bad demo record")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
