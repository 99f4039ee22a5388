package cn.gov.laoshan.district.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The start-up's threads of their own (the database, the OSGi framework, the administrator's hash): started as
 * daemons, their result joined with its failure thrown as it was, and, when a failed start is undone, waited for
 * (bounded) so that they end before what they use is closed.
 */
final class StartupThreads {

    private StartupThreads() {
    }

    /** Runs {@code work} on a daemon thread named {@code name}. */
    static <T> CompletableFuture<T> background(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** The result of a start-up thread; its failure is thrown as it was. */
    static <T> T join(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits (bounded) for a start-up thread that may still run when a failed start is undone. */
    static <T> T settled(CompletableFuture<T> future) {
        if (future == null) {
            return null;
        }
        try {
            return future.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
