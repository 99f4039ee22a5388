package cn.gov.laoshan.district.servicehall.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells open hall displays and clerk screens of this node that a hall's queue changed (a ticket drawn, called,
 * ended), so that they refresh at once over the shell's push connection rather than by polling. Listeners must
 * return quickly (a screen hands the refresh to its UI's {@code access}).
 */
public class QueueSignals {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Registers {@code listener} (given the hall's code); the returned handle removes it. */
    public Runnable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void changed(String hallCode) {
        for (Consumer<String> l : listeners) {
            try {
                l.accept(hallCode);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(QueueSignals.class).warn("a queue listener failed", e);
            }
        }
    }
}
