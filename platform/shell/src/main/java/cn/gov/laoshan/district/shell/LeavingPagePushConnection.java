package cn.gov.laoshan.district.shell;

import java.io.IOException;

import org.atmosphere.cpr.AtmosphereResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Vaadin's push connection, except that a UI the browser has left is let go at once.
 * <p>
 * Why: on every full page load the old page's beacon closes its UI, and at the end of the next request Vaadin
 * removes that UI and disconnects its push connection — waiting up to a second, while it holds the session's lock,
 * for the last message pushed to the page to be confirmed. A message pushed while the page was going away (the
 * notification bell's refresh, a menu rebuilt, the changes of the UI's own close) never is, so the new page's
 * requests in the same session waited that second: Java Flight Recorder showed 1.00 s parks in
 * {@code AtmospherePushConnection.disconnect} (BroadcasterFuture.get) and the new page's requests parked on the
 * session lock behind them, the whole difference between the first and later loads of the audit log, the calendar
 * and the new-case form (docs/performance.md, "First views"). Nothing more can reach a page that has gone: the
 * connection is marked lost and its resource closed without waiting. A UI removed for another reason (missed
 * heartbeats) is disconnected as before. Vaadin calls {@code disconnect} with the session locked, as it does
 * {@code push}, so the two do not overlap.
 */
public class LeavingPagePushConnection extends AtmospherePushConnection {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LeavingPagePushConnection.class);

    public LeavingPagePushConnection(UI ui) {
        super(ui);
    }

    @Override
    public void disconnect() {
        AtmosphereResource resource = getResource();
        if (!getUI().isClosing() || !isConnected() || resource == null) {
            super.disconnect();
            return;
        }
        connectionLost();
        try {
            resource.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("push connection of a closed UI not closed cleanly", e);
        }
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
