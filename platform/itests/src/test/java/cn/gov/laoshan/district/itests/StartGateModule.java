package cn.gov.laoshan.district.itests;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.gov.laoshan.district.core.PlatformContext;
import cn.gov.laoshan.district.core.PlatformModule;

/**
 * A platform module of the tests only (listed in the itests' {@code META-INF/services}): it does nothing unless a
 * test {@link #close closes} the gate, and then holds the platform's start among the modules until the test
 * {@link #open opens} it again, so that a test sees the platform while it is still starting. Every other test's
 * platform passes it at once.
 */
public final class StartGateModule implements PlatformModule {

    private static volatile CountDownLatch gate;
    private static volatile CountDownLatch reached = new CountDownLatch(1);

    /** The next platform's start waits in this module until {@link #open()}. */
    static void close() {
        reached = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    static void open() {
        CountDownLatch current = gate;
        gate = null;
        if (current != null) {
            current.countDown();
        }
    }

    /** Waits until a start is held at the gate. */
    static boolean awaitReached(long seconds) throws InterruptedException {
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public String name() {
        return "test-start-gate";
    }

    @Override
    public int order() {
        // after identity (15) and the registry (20), before the console (40)
        return 35;
    }

    @Override
    public void start(PlatformContext context) throws Exception {
        CountDownLatch current = gate;
        if (current != null) {
            reached.countDown();
            if (!current.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never opened the start gate");
            }
        }
    }
}
