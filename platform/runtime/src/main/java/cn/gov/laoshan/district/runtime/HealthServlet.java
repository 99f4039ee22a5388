package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.shell.plugins.PlatformStatus;
import cn.gov.laoshan.district.shell.plugins.PluginStatus;

/**
 * {@code GET /health}: whether the platform is up and the state of every plugin, as JSON, without sign-in and
 * without secrets. HTTP 200 when up, 503 when not. A failed plugin does not make the platform DOWN: the rest serves.
 * While the platform is still starting (the web server serves the sign-in page before the platform modules and the
 * features' plugins are up), the status is {@code STARTING}, with HTTP 503 and the plugins that are there so far.
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PlatformStatus status;
    private final transient BooleanSupplier up;
    private final transient BooleanSupplier starting;
    private final transient Supplier<Map<String, Object>> system;

    HealthServlet(PlatformStatus status, BooleanSupplier up) {
        this(status, up, () -> false, Map::of);
    }

    /**
     * @param up       the platform has started and serves
     * @param starting the platform is still starting (and not yet up)
     * @param system   uptime, memory, database, sessions, jobs (the admin console's facts); empty: left out
     */
    HealthServlet(PlatformStatus status, BooleanSupplier up, BooleanSupplier starting,
            Supplier<Map<String, Object>> system) {
        this.status = status;
        this.up = up;
        this.starting = starting;
        this.system = system;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean isUp = up.getAsBoolean();
        boolean isStarting = !isUp && starting.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", isUp ? "UP" : isStarting ? "STARTING" : "DOWN");
        body.put("startedAt", status.startedAt().toString());
        List<Map<String, Object>> plugins = isUp || isStarting
                ? status.plugins().stream().map(HealthServlet::plugin).toList()
                : List.of();
        body.put("plugins", plugins);
        Map<String, Object> facts = isUp ? system.get() : Map.of();
        if (!facts.isEmpty()) {
            body.put("system", facts);
        }
        response.setStatus(isUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
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
}
