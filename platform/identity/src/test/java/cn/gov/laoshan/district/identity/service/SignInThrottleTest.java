package cn.gov.laoshan.district.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.shell.security.SignInThrottledException;

/** The bounds of sign-in work: per address, the hashing pool and its queue, and the CPU-free pause. */
class SignInThrottleTest {

    @Test
    void anAddressGetsItsLimitUnderWayAndTheNextIsRefusedAtOnce() throws Exception {
        SignInThrottle throttle = new SignInThrottle(2, 1, 10, Duration.ofSeconds(1));
        AutoCloseable first = throttle.enter("203.0.113.7");
        AutoCloseable second = throttle.enter("203.0.113.7");
        long start = System.nanoTime();
        assertThrows(SignInThrottledException.class, () -> throttle.enter("203.0.113.7"));
        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(200), "refused quickly");
        // another address is not affected, and a finished sign-in frees its place
        throttle.enter("198.51.100.1").close();
        first.close();
        throttle.enter("203.0.113.7").close();
        second.close();
    }

    @Test
    void hashesRunOnTheBoundedPoolAndAFullQueueIsRefused() throws Exception {
        SignInThrottle throttle = new SignInThrottle(100, 1, 1, Duration.ofMillis(300));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> throttle.hash(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }));
            holding.await();
            // one waits (the queue holds one) and gives up after the wait; with it waiting, the next is refused at once
            var waiting = pool.submit(() -> throttle.hash(() -> true));
            Thread.sleep(100);
            long start = System.nanoTime();
            assertThrows(SignInThrottledException.class, () -> throttle.hash(() -> true));
            assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(200), "refused without waiting");
            Exception timedOut = assertThrows(Exception.class, () -> waiting.get(5, TimeUnit.SECONDS));
            assertTrue(timedOut.getCause() instanceof SignInThrottledException, timedOut.toString());
            release.countDown();
            assertEquals(true, throttle.hash(() -> true));
            assertEquals(2, throttle.hashes());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void thePauseMeasuresOneHashThenCostsNoHash() {
        SignInThrottle throttle = new SignInThrottle(100, 1, 10, Duration.ofSeconds(1));
        throttle.pause(() -> sleep(60));
        assertEquals(1, throttle.hashes(), "the first pause measures one check");
        long start = System.nanoTime();
        throttle.pause(() -> sleep(60));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(1, throttle.hashes(), "later pauses check nothing");
        assertTrue(took >= 50, "but take about as long: " + took + " ms");
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Test
    void onTwoCoresOneHashesSoThatNavigationKeepsACore() {
        // issue 22's storm: 300 sign-ins in 60 s while 300 others navigate, on the district's 2-core machine
        assertEquals(1, SignInThrottle.forCores(2).hashers());
        assertEquals(1, SignInThrottle.forCores(1).hashers());
        assertEquals(4, SignInThrottle.forCores(8).hashers());
    }
}
