package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.BrowserPlatform;

/**
 * Issue 12, item 8: {@code /health} tells a stranger only the status and the plugins' states; the details (node,
 * job errors, database protection, sessions, plugin errors) go to a local caller with the admin token and to a
 * signed-in platform administrator, not to a member of staff. Item 10: the shell works in Chromium under the full
 * Content-Security-Policy (no violation reported while signing in and moving between screens).
 */
class HealthAccessBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final BrowserPlatform platform = BrowserPlatform.builder().demo().plugin("mediation").build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void strangersSeeStatusAndPluginStatesOnlyTheAdminTokenSeesTheDetails() throws Exception {
        String token = Files.readString(platform.testPlatform().runtime().adminTokenFile()).strip();

        JsonNode stranger = health(null, null);
        assertEquals(Set.of("status", "plugins"), fields(stranger), stranger.toString());
        assertEquals("UP", stranger.path("status").asText());
        assertTrue(stranger.path("plugins").size() > 0, stranger.toString());
        for (JsonNode plugin : stranger.path("plugins")) {
            assertEquals(Set.of("id", "state"), fields(plugin), plugin.toString());
        }
        String text = stranger.toString();
        for (String secret : List.of("jobsNode", "databaseEncrypted", "activeSessions", "lastError", "error", "@")) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }

        JsonNode local = health(token, null);
        assertTrue(local.has("startedAt"), local.toString());
        JsonNode system = local.path("system");
        for (String detail : List.of("jobsNode", "databaseEncrypted", "databaseAuthentication", "activeSessions",
                "databaseBytes", "jobs")) {
            assertTrue(system.has(detail), detail + " in " + local);
        }
        assertTrue(local.path("plugins").get(0).has("error"), local.toString());

        assertEquals(Set.of("status", "plugins"), fields(health("0".repeat(64), null)), "a wrong token");
        assertEquals(Set.of("status", "plugins"), fields(health(token, "203.0.113.9")), "through a proxy");
    }

    @Test
    void aSignedInPlatformAdministratorSeesTheDetailsStaffDoNotAndTheShellRunsUnderTheCsp() throws Exception {
        List<String> violations = new ArrayList<>();

        Page staff = platform.newPage();
        staff.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        Response page = staff.navigate(platform.baseUrl() + "/login");
        String csp = page.headers().getOrDefault("content-security-policy", "");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'")
                && csp.contains("frame-ancestors 'self'"), csp);
        assertFalse(platform.signIn(staff, "lixiumei"));
        staff.navigate(platform.baseUrl() + "/mediation/cases");
        staff.locator("vaadin-grid").first().waitFor();
        JsonNode seenByStaff = JSON.readTree(fetchHealth(staff));
        assertEquals(Set.of("status", "plugins"), fields(seenByStaff), seenByStaff.toString());

        Page admin = platform.newPage();
        admin.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        Browser.signInAsAdmin(admin, platform.testPlatform());
        admin.navigate(platform.baseUrl() + "/identity/users");
        admin.locator("#identity-users").waitFor();
        admin.navigate(platform.baseUrl() + "/console/system");
        admin.waitForLoadState();
        JsonNode seenByAdmin = JSON.readTree(fetchHealth(admin));
        assertTrue(seenByAdmin.path("system").has("jobs"), seenByAdmin.toString());
        Browser.screenshot(admin, "health-csp-console");
        assertEquals(List.of(), violations, "no Content-Security-Policy violation in the browser");
    }

    /** {@code GET /health} from inside the page: with the page's session cookie, as its user. */
    private static String fetchHealth(Page page) {
        return (String) page.evaluate("() => fetch('/health', {credentials: 'same-origin'}).then(r => r.text())");
    }

    private JsonNode health(String token, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/health"));
        if (token != null) {
            request.header("X-District-Admin-Token", token);
        }
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
