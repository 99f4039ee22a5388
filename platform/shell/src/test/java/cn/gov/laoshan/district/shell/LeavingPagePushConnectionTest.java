package cn.gov.laoshan.district.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.Broadcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * A push connection whose last message was never confirmed (the page is gone): Vaadin's own connection waits up to a
 * second for it when the UI is removed; ours lets a UI the browser has left go without waiting.
 */
class LeavingPagePushConnectionTest {

    /** What the fake Atmosphere resource saw. */
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    /** Closes handed to the closer thread, run when the test says. */
    private final List<Runnable> closes = new ArrayList<>();

    @BeforeEach
    void vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aPageTheBrowserLeftIsLetGoWithoutWaitingForItsLastMessage() {
        UI ui = UI.getCurrent();
        Sender connection = new Sender(ui);
        connection.connect(resource());
        connection.send("{}");
        ui.close(); // what the leaving page's beacon does

        connection.disconnect();

        assertFalse(calls.contains("wait for the message"), calls.toString());
        assertFalse(connection.isConnected());
        // closed afterwards on the closer thread, not while the request that removed the UI holds the session lock
        assertFalse(calls.contains("close"), calls.toString());
        assertEquals(1, closes.size());
        closes.remove(0).run();
        assertTrue(calls.contains("close"), calls.toString());
    }

    @Test
    void theCloserThreadClosesTheResource() throws InterruptedException {
        UI ui = UI.getCurrent();
        LeavingPagePushConnection connection = new LeavingPagePushConnection(ui);
        connection.connect(resource());
        ui.close();

        connection.disconnect();

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!closed() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertTrue(closed(), calls.toString());
    }

    private boolean closed() {
        synchronized (calls) {
            return calls.contains("close");
        }
    }

    @Test
    void aUiStillOpenIsDisconnectedAsBeforeAfterItsLastMessage() {
        Sender connection = new Sender(UI.getCurrent());
        connection.connect(resource());
        connection.send("{}");

        connection.disconnect();

        assertEquals(List.of("broadcast", "wait for the message", "close"),
                calls.stream().filter(c -> !c.startsWith("other")).toList());
        assertTrue(closes.isEmpty());
    }

    @Test
    void vaadinsBootstrapFindsTheFactory() {
        PushConnectionFactory factory = ServiceLoader.load(PushConnectionFactory.class).findFirst().orElseThrow();
        assertTrue(factory.apply(UI.getCurrent()) instanceof LeavingPagePushConnection);
    }

    /** Sends a message as {@code push()} does at its end, without a whole UIDL response around it. */
    private final class Sender extends LeavingPagePushConnection {
        private static final long serialVersionUID = 1L;

        Sender(UI ui) {
            super(ui, closes::add);
        }

        void send(String message) {
            sendMessage(message);
        }
    }

    /** An open WebSocket whose messages are never confirmed; {@code get} with a timeout times out at once. */
    private AtmosphereResource resource() {
        Future<?> neverConfirmed = (Future<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Future.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get") && args != null && args.length == 2) {
                        calls.add("wait for the message");
                        throw new TimeoutException("waited " + args[0] + " " + (TimeUnit) args[1]);
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
        Broadcaster broadcaster = (Broadcaster) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Broadcaster.class}, (proxy, method, args) -> {
                    if (method.getName().equals("broadcast")) {
                        calls.add("broadcast");
                        return neverConfirmed;
                    }
                    return defaultFor(method.getReturnType());
                });
        return (AtmosphereResource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AtmosphereResource.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBroadcaster":
                            return broadcaster;
                        case "close":
                            calls.add("close");
                            return null;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "fake resource";
                        default:
                            calls.add("other " + method.getName());
                            return defaultFor(method.getReturnType());
                    }
                });
    }

    private static Object defaultFor(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }
}
