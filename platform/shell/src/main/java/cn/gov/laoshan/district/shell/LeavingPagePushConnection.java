package cn.gov.laoshan.district.shell;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.atmosphere.cpr.AtmosphereResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Vaadin's push connection, except that a UI the browser has left is let go at once, and its WebSocket is closed
 * on a thread of its own, outside the session's lock.
 * <p>
 * Why: on every full page load the old page's beacon closes its UI, and at the end of the next request Vaadin
 * removes that UI and disconnects its push connection — waiting up to a second, while it holds the session's lock,
 * for the last message pushed to the page to be confirmed. A message pushed while the page was going away (the
 * notification bell's refresh, a menu rebuilt, the changes of the UI's own close) never is, so the new page's
 * requests in the same session waited that second: Java Flight Recorder showed 1.00 s parks in
 * {@code AtmospherePushConnection.disconnect} (BroadcasterFuture.get) and the new page's requests parked on the
 * session lock behind them (docs/performance.md, "First views"). Nothing more can reach a page that has gone: the
 * connection is marked lost at once (under the lock, as Vaadin calls {@code disconnect}, so no {@code push} overlaps
 * it) and the resource is closed afterwards on the closer thread, so that Atmosphere's own disconnect handling (its
 * listeners, the WebSocket close, Vaadin's {@code PushHandler} which takes the session's lock to find the UI, gone by
 * then) never runs while this request holds that lock. A UI removed for another reason (missed heartbeats) is
 * disconnected as before.
 */
public class LeavingPagePushConnection extends AtmospherePushConnection {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LeavingPagePushConnection.class);

    /**
     * One daemon thread, started on demand and ended after 30 s without work: closes are rare (one per page left)
     * and short; the thread does not outlive the platform's stop by more than that.
     */
    private static final Executor CLOSER = closer();

    private final transient Executor closer;

    public LeavingPagePushConnection(UI ui) {
        this(ui, CLOSER);
    }

    /** With the executor that closes left pages' resources (a test runs them when it chooses). */
    LeavingPagePushConnection(UI ui, Executor closer) {
        super(ui);
        this.closer = closer;
    }

    @Override
    public void disconnect() {
        AtmosphereResource resource = getResource();
        if (!getUI().isClosing() || !isConnected() || resource == null) {
            super.disconnect();
            return;
        }
        connectionLost();
        // the field is transient: a connection read back from a serialized session closes on the shared thread
        (closer == null ? CLOSER : closer).execute(() -> {
            try {
                resource.close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("push connection of a closed UI not closed cleanly", e);
            }
        });
    }

    private static Executor closer() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "district-push-closer");
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /** Registered in META-INF/services: Vaadin's bootstrap takes the push connection factory from there. */
    public static final class Factory implements PushConnectionFactory {

        private static final long serialVersionUID = 1L;

        @Override
        public LeavingPagePushConnection apply(UI ui) {
            return new LeavingPagePushConnection(ui);
        }
    }
}
