package cn.gov.laoshan.district.identity.service;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import cn.gov.laoshan.district.shell.security.SignInThrottledException;

/**
 * Keeps sign-in work bounded, so that strangers cannot use up the CPU with password guesses:
 * <ul>
 * <li>by address: at most {@code perAddress} sign-ins of one remote address are under way at once; more are refused
 * at once;</li>
 * <li>globally: password hashes (Argon2id, 19 MiB each) run on at most {@code hashers} threads at once;
 * a sign-in waits at most {@code maxWait} for one and is refused when more than {@code maxQueue} are already
 * waiting;</li>
 * <li>attempts that need no hash (unknown login, disabled or locked account) cost no CPU: they wait as long as a
 * hash takes ({@link #pause()}, a running average of the real ones), so that the answer does not tell them apart by
 * its timing more than the machine's load does.</li>
 * </ul>
 * A real sign-in during a flood of unknown logins therefore waits for its own hash only; during a flood of guesses at
 * real accounts (at most the lockout allowance each) it waits at most {@code maxWait}.
 */
public final class SignInThrottle {

    private final int perAddress;
    private final Semaphore hashers;
    private final int maxQueue;
    private final Duration maxWait;
    private final ConcurrentHashMap<String, AtomicInteger> underWay = new ConcurrentHashMap<>();
    private final AtomicLong typicalNanos = new AtomicLong();
    private final AtomicLong hashes = new AtomicLong();
    private final AtomicInteger hashing = new AtomicInteger();
    private final AtomicInteger peakHashing = new AtomicInteger();
    private final int hasherCount;

    public SignInThrottle(int perAddress, int hashers, int maxQueue, Duration maxWait) {
        this.perAddress = perAddress;
        this.hashers = new Semaphore(hashers, true);
        this.hasherCount = hashers;
        this.maxQueue = maxQueue;
        this.maxWait = maxWait;
    }

    /**
     * For this machine: hashes on half its cores (at least one), so that a storm of sign-ins never takes the cores
     * that signed-in users' navigation needs — on the district's 2-core machine one hashing thread, which serves ~30
     * Argon2id checks a second (32 ms of CPU each), six times the 5 a second of issue 22's storm (300 in 60 s); the
     * permits are handed out in arrival order (a fair semaphore), 16 waiting per hashing thread (about half a second's
     * work on a quiet machine: the bound on a flood) and a wait of at most ten seconds — on a machine starved of CPU a
     * check takes seconds of wall time, and a three-second wait behind one thread refused most of a 20-user ramp
     * (16 of 20, load ~40), where a refused person only comes back and asks again.
     */
    public static SignInThrottle forThisMachine() {
        return forCores(Runtime.getRuntime().availableProcessors());
    }

    static SignInThrottle forCores(int cores) {
        int hashers = Math.max(1, cores / 2);
        return new SignInThrottle(4, hashers, hashers * 16, Duration.ofSeconds(10));
    }

    /**
     * Counts a sign-in of {@code address} as under way until the returned handle is closed.
     *
     * @throws SignInThrottledException when that address has {@code perAddress} under way already
     */
    public AutoCloseable enter(String address) {
        String key = address == null ? "-" : address;
        AtomicInteger count = underWay.computeIfAbsent(key, k -> new AtomicInteger());
        if (count.incrementAndGet() > perAddress) {
            leave(key, count);
            throw new SignInThrottledException("too many sign-ins under way from " + key);
        }
        return () -> leave(key, count);
    }

    private void leave(String key, AtomicInteger count) {
        if (count.decrementAndGet() <= 0) {
            underWay.remove(key, count);
        }
    }

    /**
     * Runs a password check on one of the bounded hashing threads' permits.
     *
     * @throws SignInThrottledException when none frees up in time or too many are waiting already
     */
    public boolean hash(BooleanSupplier check) {
        if (hashers.getQueueLength() >= maxQueue) {
            throw new SignInThrottledException("too many password checks waiting");
        }
        try {
            if (!hashers.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SignInThrottledException("no password check free within " + maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInThrottledException("interrupted");
        }
        long start = System.nanoTime();
        hashes.incrementAndGet();
        peakHashing.accumulateAndGet(hashing.incrementAndGet(), Math::max);
        try {
            return check.getAsBoolean();
        } finally {
            hashing.decrementAndGet();
            hashers.release();
            long took = System.nanoTime() - start;
            typicalNanos.getAndUpdate(before -> before == 0 ? took : (before * 7 + took) / 8);
        }
    }

    /**
     * Lets an attempt that needs no hash take about as long as one, without using the CPU; the very first such
     * attempt runs {@code measureOnce} (a hash) to learn how long that is.
     */
    public void pause(BooleanSupplier measureOnce) {
        if (typicalNanos.get() == 0) {
            // the first attempt of all measures one hash (once), so that the pause has a real length from the start
            hash(measureOnce);
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(typicalNanos.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many password checks ran so far, for tests. */
    public long hashes() {
        return hashes.get();
    }

    /** The most password checks that ran at the same moment so far, for tests. */
    public int peakHashing() {
        return peakHashing.get();
    }

    /** How many password checks may run at once. */
    public int hashers() {
        return hasherCount;
    }

    /** The running average of a password check, for tests and the log. */
    public Duration typicalHash() {
        return Duration.ofNanos(typicalNanos.get());
    }
}
