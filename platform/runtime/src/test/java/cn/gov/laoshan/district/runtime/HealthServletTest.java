package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/** {@code /health}: a stranger's answer is computed at most once a second and holds no details. */
class HealthServletTest {

    private final AtomicInteger pluginReads = new AtomicInteger();
    private final AtomicInteger systemReads = new AtomicInteger();

    private final PlatformStatus status = new PlatformStatus() {
        @Override
        public Instant startedAt() {
            return Instant.parse("2026-12-07T01:00:00Z");
        }

        @Override
        public List<PluginStatus> plugins() {
            pluginReads.incrementAndGet();
            return List.of(new PluginStatus("mediation", "矛盾纠纷调解", "1.0.0", "FAILED", List.of(),
                    "java.sql.SQLException: secret detail"));
        }
    };

    @Test
    void strangersGetStatusAndStatesComputedOnceASecond() throws Exception {
        HealthServlet servlet = new HealthServlet(status, () -> true, () -> false, () -> {
            systemReads.incrementAndGet();
            return Map.of("jobsNode", "4711@host");
        }, request -> "token".equals(request.getHeader("X-District-Admin-Token")), "node-a", () -> true);
        String body = "";
        for (int i = 0; i < 50; i++) {
            body = get(servlet, null);
        }
        assertEquals("{\"status\":\"UP\",\"plugins\":[{\"id\":\"mediation\",\"state\":\"FAILED\"}]}", body);
        assertEquals(1, pluginReads.get(), "fifty requests within a second: computed once");
        assertEquals(0, systemReads.get(), "no system facts (no directory walk) for strangers");

        String details = get(servlet, "token");
        assertTrue(details.contains("secret detail") && details.contains("4711@host"), details);
        assertTrue(details.contains("\"node\":\"node-a\""), "the node's name is a detail: " + details);
        assertFalse(body.contains("node-a"), "by default a node is named after its host: not for strangers");
        get(servlet, "token");
        assertEquals(1, systemReads.get(), "the system facts too are computed at most once a second");

        Thread.sleep(1100);
        get(servlet, null);
        assertEquals(4, pluginReads.get(), "recomputed after a second (two detailed answers in between)");
        assertFalse(get(servlet, null).contains("secret"));
    }

    @Test
    void aDatabaseThatDoesNotAnswerMakesTheNodeDegradedForTheLoadBalancer() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean answers = new java.util.concurrent.atomic.AtomicBoolean(false);
        HealthServlet servlet = new HealthServlet(status, () -> true, () -> false, Map::of, request -> false, "node-b",
                answers::get);
        assertEquals("{\"status\":\"DEGRADED\",\"plugins\":[{\"id\":\"mediation\",\"state\":\"FAILED\"}]}",
                get(servlet, null));
        assertEquals(503, lastStatus, "HAProxy takes the node out while its database does not answer");
        answers.set(true);
        Thread.sleep(1100);
        assertTrue(get(servlet, null).startsWith("{\"status\":\"UP\""));
        assertEquals(200, lastStatus);
    }

    @Test
    void theEndOfTheStartIsAnsweredAtOnceNotASecondLater() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean(false);
        HealthServlet servlet = new HealthServlet(status, started::get, () -> !started.get(), Map::of,
                request -> false, "node-c", () -> true);
        assertTrue(get(servlet, null).startsWith("{\"status\":\"STARTING\""));
        assertEquals(503, lastStatus);
        started.set(true);
        assertTrue(get(servlet, null).startsWith("{\"status\":\"UP\""), "the start has ended: UP at once");
        assertEquals(200, lastStatus, "bin/district start and a load balancer see it without waiting a second");
        int reads = pluginReads.get();
        for (int i = 0; i < 20; i++) {
            get(servlet, null);
        }
        assertEquals(reads, pluginReads.get(), "while the state holds, still computed at most once a second");
    }

    private static int lastStatus;

    private static String get(HealthServlet servlet, String token) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HealthServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") && "X-District-Admin-Token".equals(args[0])
                        ? token : null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HealthServletTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setStatus")) {
                        lastStatus = (Integer) args[0];
                    }
                    return method.getName().equals("getOutputStream") ? out : null;
                });
        servlet.doGet(request, response);
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
