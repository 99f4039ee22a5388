package cn.gov.laoshan.district.audit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;

import cn.gov.laoshan.district.api.plugin.ClientAddress;

/**
 * The address an audit record names: behind the operator's reverse proxy every request's TCP peer is the proxy, so
 * the records must name the client the platform's {@link ClientAddress} rule finds (as the sign-in throttle does).
 */
class CallerContextTest {

    @AfterEach
    void noRequest() {
        CurrentInstance.clearAll();
    }

    @Test
    void theClientBehindTrustedProxiesIsRecordedNotTheProxy() {
        serving(request("10.0.0.1"));
        ClientAddress behindProxy = () -> Optional.of("203.0.113.7");
        assertEquals("203.0.113.7", new CallerContext(Optional::empty, () -> Optional.of(behindProxy)).clientAddress());
    }

    @Test
    void withoutTheRuleTheSocketPeerIsRecorded() {
        serving(request("10.0.0.1"));
        assertEquals("10.0.0.1", new CallerContext(Optional::empty).clientAddress());
        assertEquals("10.0.0.1", new CallerContext(Optional::empty, Optional::empty).clientAddress());
        ClientAddress none = Optional::empty;
        assertEquals("10.0.0.1", new CallerContext(Optional::empty, () -> Optional.of(none)).clientAddress());
    }

    @Test
    void noRequestNoAddress() {
        ClientAddress any = () -> Optional.of("203.0.113.7");
        assertNull(new CallerContext(Optional::empty, () -> Optional.of(any)).clientAddress());
    }

    private static void serving(VaadinRequest request) {
        CurrentInstance.set(VaadinRequest.class, request);
    }

    /** A request whose only answer that matters is its TCP peer. */
    private static VaadinRequest request(String peer) {
        return (VaadinRequest) Proxy.newProxyInstance(CallerContextTest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
