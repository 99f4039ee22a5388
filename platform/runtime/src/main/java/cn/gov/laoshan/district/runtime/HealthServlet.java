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
 */
final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PlatformStatus status;
    private final transient BooleanSupplier up;
    private final transient Supplier<Map<String, Object>> system;

    HealthServlet(PlatformStatus status, BooleanSupplier up) {
        this(status, up, Map::of);
    }

    /** @param system uptime, memory, database, sessions, jobs (the admin console's facts); empty: left out */
    HealthServlet(PlatformStatus status, BooleanSupplier up, Supplier<Map<String, Object>> system) {
        this.status = status;
        this.up = up;
        this.system = system;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean isUp = up.getAsBoolean();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", isUp ? "UP" : "DOWN");
        body.put("startedAt", status.startedAt().toString());
        List<Map<String, Object>> plugins = isUp ? status.plugins().stream().map(HealthServlet::plugin).toList() : List.of();
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
