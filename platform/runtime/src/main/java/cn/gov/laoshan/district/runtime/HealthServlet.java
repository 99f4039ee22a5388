package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/**
 * {@code GET /health}: whether the platform is up, as JSON. HTTP 200 when up, 503 when not. A failed plugin does not
 * make the platform DOWN: the rest serves. A platform whose database does not answer (PostgreSQL restarting) is
 * {@code DEGRADED}, with HTTP 503, so that a load balancer sends its users to another node meanwhile. While the platform is still starting (the web server serves the sign-in
 * page before the platform modules and the features' plugins are up), the status is {@code STARTING}, with HTTP 503.
 *
 * <p>Two levels. Anyone (a load balancer, a stranger): {@code status} and each plugin's {@code id} and
 * {@code state}, computed at most once a second whoever asks and however often (and again at once when the status
 * changes: the end of the start is seen at once). The details — start time, plugin
 * names, versions, routes and error texts, the {@code system} facts (node, memory, database kind and protection,
 * database size, sessions, jobs with their errors) — only for whom {@code details} admits (a signed-in platform
 * administrator, or a local request with the admin token); the system facts walk the database directory, so they
 * too are computed at most once a second.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long CACHE_NANOS = 1_000_000_000L;

    private final transient PlatformStatus status;
    private final transient BooleanSupplier up;
    private final transient BooleanSupplier starting;
    private final transient BooleanSupplier databaseAnswers;
    private final String node;
    private final transient Predicate<HttpServletRequest> details;
    /** A stranger's answer, kept at most a second and only while the state it gives stays the state. */
    private transient Answer publicAnswer;
    private transient long publicAnswerAt;
    private final transient Cached<Map<String, Object>> system;

    /**
     * @param up       the platform has started and serves
     * @param starting the platform is still starting (and not yet up)
     * @param system   uptime, memory, database, sessions, jobs (the admin console's facts); empty: left out
     * @param details  whether a request may see the details
     * @param node     this node's name (details only: by default it is the host's name)
     * @param databaseAnswers whether the database answers ({@link DatabaseProbe})
     */
    HealthServlet(PlatformStatus status, BooleanSupplier up, BooleanSupplier starting,
            Supplier<Map<String, Object>> system, Predicate<HttpServletRequest> details, String node,
            BooleanSupplier databaseAnswers) {
        this.status = status;
        this.up = up;
        this.starting = starting;
        this.node = node;
        this.databaseAnswers = databaseAnswers;
        this.details = details;
        this.system = new Cached<>(system);
    }

    /** A status code and its JSON body, for a state. */
    private record Answer(String state, int code, byte[] body) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Answer answer = details.test(request) ? detailedBody() : publicAnswer();
        response.setStatus(answer.code());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(answer.body());
    }

    /**
     * The stranger's answer: computed at most once a second (the plugins' states), but never older than the state
     * itself — the state is two flags, read at every request, so that the answer changes the moment the start ends
     * (kept for a second, a STARTING answer made UP wait up to a second longer for {@code bin/district start} and
     * load balancers), or the database stops answering.
     */
    private synchronized Answer publicAnswer() {
        String state = state();
        long now = System.nanoTime();
        if (publicAnswer == null || !publicAnswer.state().equals(state) || now - publicAnswerAt >= CACHE_NANOS) {
            publicAnswer = publicBody(state);
            publicAnswerAt = now;
        }
        return publicAnswer;
    }

    /** What a load balancer needs: up or not, and which plugins are in which state. */
    private Answer publicBody(String state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state);
        body.put("plugins", "DOWN".equals(state) ? List.of() : status.plugins().stream().map(plugin -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", plugin.id());
            entry.put("state", plugin.state());
            return entry;
        }).toList());
        return answer(state, body);
    }

    /** Everything an administrator wants to see. */
    private Answer detailedBody() {
        String state = state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state);
        body.put("node", node);
        body.put("startedAt", status.startedAt().toString());
        body.put("plugins", "DOWN".equals(state) ? List.of()
                : status.plugins().stream().map(HealthServlet::plugin).toList());
        Map<String, Object> facts = "UP".equals(state) ? system.get() : Map.of();
        if (!facts.isEmpty()) {
            body.put("system", facts);
        }
        return answer(state, body);
    }

    private String state() {
        boolean isUp = up.getAsBoolean();
        if (isUp) {
            return databaseAnswers.getAsBoolean() ? "UP" : "DEGRADED";
        }
        return starting.getAsBoolean() ? "STARTING" : "DOWN";
    }

    private static Answer answer(String state, Map<String, Object> body) {
        try {
            return new Answer(state, "UP".equals(state) ? HttpServletResponse.SC_OK
                    : HttpServletResponse.SC_SERVICE_UNAVAILABLE, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> plugin(PluginStatus plugin) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", plugin.id());
        entry.put("name", plugin.name());
        entry.put("version", plugin.version());
        entry.put("state", plugin.state());
        entry.put("routes", plugin.routes());
        entry.put("error", plugin.error());
        return entry;
    }

    /** A value computed at most once a second, however many ask. */
    private static final class Cached<T> {
        private final Supplier<T> source;
        private T value;
        private long computedAt;

        Cached(Supplier<T> source) {
            this.source = source;
        }

        synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - computedAt >= CACHE_NANOS) {
                value = source.get();
                computedAt = now;
            }
            return value;
        }
    }
}
