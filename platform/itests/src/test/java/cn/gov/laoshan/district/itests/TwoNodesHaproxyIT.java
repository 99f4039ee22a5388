package cn.gov.laoshan.district.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;

import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.runtime.Main;
import cn.gov.laoshan.district.testkit.Browser;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The deployment of issue 24, as the distribution documents it: two nodes (JVMs of their own) on one PostgreSQL
 * behind HAProxy running the distribution's own {@code conf/examples/haproxy.cfg} (with this test's ports), sticky on
 * the session cookie, health-checked on {@code /health}. In Chromium through HAProxy: the administrator signs in (and
 * sets a password), saves the password policy on the console of the node HAProxy chose, and the other node applies it;
 * then that node is killed (SIGKILL) and the administrator carries on through HAProxy on the other node after signing
 * in again — with the password set on the killed node (committed data kept).
 *
 * <p>Issue 24 item 2 (a plugin installed through one node routable on the other, stopped, started, removed, a node
 * started later in step) is proven in {@code SharedConfigurationIT}, on its two in-process nodes: the same code path
 * without HAProxy, at a fraction of this test's time.
 *
 * <p>Needs PostgreSQL ({@code . .ci/postgres.sh}), {@code haproxy} (Debian's package; {@code .ci/run} installs it) and
 * Chromium. By hand: {@code mvn -B -o verify -pl platform/itests -Dit.test=TwoNodesHaproxyIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class TwoNodesHaproxyIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String POLICY = "密码与登录锁定策略";
    private static final Path HAPROXY_CFG = Path.of("../../distribution/src/main/dist/conf/examples/haproxy.cfg");

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A node's home on the shared database, named, believing the balancer's X-Forwarded-For. */
    private static Process node(Path home, String name, int port, TestDatabase database) throws IOException {
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("district.properties"),
                "node.name=" + name + "\nhttp.trusted-proxies=127.0.0.1\n");
        Files.writeString(conf.resolve("database.properties"),
                "url=" + database.settings().url() + "\nuser=" + database.settings().user() + "\n");
        SecretFiles.write(conf.resolve("database.password"), database.settings().password());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--home", home.toString(), "--port", Integer.toString(port), "--no-demo").redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile()).start();
    }

    private static int status(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The node HAProxy put in front of the page's session cookie ({@code node-a~…}), or "" when none. */
    private static String nodeOf(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map((Cookie c) -> c.value)
                .filter(v -> v.contains("~")).map(v -> v.substring(0, v.indexOf('~'))).findFirst().orElse("");
    }

    /**
     * {@link Browser#signIn} with the test's patience (two JVMs, HAProxy and Chromium on a busy machine), and on a
     * time-out what the page showed and what HAProxy and the nodes logged.
     */
    private static boolean signIn(Page page, String baseUrl, String login, String password, Path dir)
            throws IOException {
        Browser.submitSignIn(page, baseUrl, login, password);
        try {
            page.locator("#district-cards, #change-password").first().waitFor(new Locator.WaitForOptions()
                    .setTimeout(WAIT.toMillis()));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            Browser.screenshot(page, "two-nodes-sign-in-failed");
            StringBuilder logs = new StringBuilder();
            for (String file : List.of("haproxy.out", "node-a/console.out", "node-b/console.out")) {
                Path path = dir.resolve(file);
                if (Files.exists(path)) {
                    List<String> lines = Files.readAllLines(path);
                    logs.append("\n--- ").append(file).append('\n')
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
                }
            }
            throw new AssertionError("no home page after signing in as " + login + " through HAProxy; page text: "
                    + page.locator("body").innerText() + logs, e);
        }
        return page.locator("#change-password").count() > 0;
    }

    private static LocatorAssertions.ContainsTextOptions waiting() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT.toMillis());
    }

    @Test
    void twoNodesBehindHaproxyShareConfigurationAndSurviveAKill(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("DISTRICT_TEST_POSTGRES_URL") != null, "needs PostgreSQL (. .ci/postgres.sh)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "needs haproxy (apt-get install haproxy)");
        assumeTrue(Browser.available(), "needs Chromium");
        // in this order (Map.of has none): node-a starts first and creates the administrator
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("node-a", freePort());
        ports.put("node-b", freePort());
        Map<String, Process> nodes = new LinkedHashMap<>();
        List<Process> all = new ArrayList<>();
        int balancer = freePort();
        try (TestDatabase database = TestDatabase.postgresql()) {
          try {
            // node-a first: it creates the administrator whose initial password the test reads from its home
            for (String name : ports.keySet()) {
                Process process = node(dir.resolve(name), name, ports.get(name), database);
                nodes.put(name, process);
                all.add(process);
                TestPlatform.await(() -> status(ports.get(name), "/health") == 200, WAIT, name + " up");
            }
            String cfg = Files.readString(HAPROXY_CFG)
                    .replace("bind :8100", "bind 127.0.0.1:" + balancer)
                    .replace("127.0.0.1:8101", "127.0.0.1:" + ports.get("node-a"))
                    .replace("127.0.0.1:8102", "127.0.0.1:" + ports.get("node-b"));
            Path cfgFile = dir.resolve("haproxy.cfg");
            Files.writeString(cfgFile, cfg);
            Process haproxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f", cfgFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.out").toFile()).start();
            all.add(haproxy);
            String lb = "http://127.0.0.1:" + balancer;
            TestPlatform.await(() -> status(balancer, "/health") == 200, WAIT, "HAProxy serving");

            try (Browser browser = Browser.launch()) {
                Page page = browser.newPage();
                String initial = Files.readString(dir.resolve("node-a/conf/initial-admin-password")).strip();
                String password = "Test-" + java.util.UUID.randomUUID();
                if (signIn(page, lb, "admin", initial, dir)) {
                    Browser.changePassword(page, initial, password);
                }
                String first = nodeOf(page);
                assertTrue(ports.containsKey(first), "HAProxy named the node in the session cookie: " + first);
                String other = first.equals("node-a") ? "node-b" : "node-a";

                // the console of the node HAProxy chose saves the policy; the other node applies it
                Browser.open(page, lb + "/console/configuration", "#console-config-list");
                Browser.clickGridCell(page, "#console-config-list", POLICY);
                assertThat(page.locator("#console-config-title")).containsText(POLICY, waiting());
                page.locator("#config-password-min-length input").fill("15");
                page.locator("#console-config-save").click();
                assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                        .setHasText("已保存")).first()).isVisible(new com.microsoft.playwright.assertions
                        .LocatorAssertions.IsVisibleOptions().setTimeout(WAIT.toMillis()));
                assertEquals(first, nodeOf(page), "the session stayed on its node");
                Path mirror = dir.resolve(other).resolve("conf/cn.gov.laoshan.district.identity.cfg");
                long saved = System.nanoTime();
                TestPlatform.await(() -> {
                    try {
                        return Files.exists(mirror)
                                && Files.readString(mirror).contains("password.min-length = I\"15\"");
                    } catch (IOException e) {
                        return false;
                    }
                }, WAIT, "the other node applies the configuration");
                System.out.printf("two nodes: configuration saved on %s applied on %s within %d ms%n", first, other,
                        (System.nanoTime() - saved) / 1_000_000);

                // the node holding the session dies: HAProxy takes its users to the other node, where they sign in
                Process killed = nodes.get(first);
                killed.destroyForcibly(); // SIGKILL
                assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
                long killedAt = System.nanoTime();
                // (the open page notices its server is gone and reloads itself: a navigation of ours may be cut off)
                Browser.open(page, lb + "/", "vaadin-login-form, #district-cards");
                assertTrue(page.locator("vaadin-login-form").count() > 0,
                        "the session died with its node: sign in again");
                // the password set through the killed node was committed: it is the one that works
                assertTrue(!signIn(page, lb, "admin", password, dir), "signed in on the other node");
                assertEquals(other, nodeOf(page));
                System.out.printf("two nodes: signed in again on %s %d ms after %s was killed%n", other,
                        (System.nanoTime() - killedAt) / 1_000_000, first);
                Browser.open(page, lb + "/console/configuration", "#console-config-list");
                Browser.clickGridCell(page, "#console-config-list", POLICY);
                assertThat(page.locator("#config-password-min-length input")).hasValue("15",
                        new LocatorAssertions.HasValueOptions().setTimeout(WAIT.toMillis()));
                assertNotEquals(200, status(ports.get(first), "/health"));
            }
          } finally {
            // before the database is dropped: the nodes hold connections to it
            for (Process process : all) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
          }
        }
    }
}
