package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.plugins.PluginCluster;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Several nodes on one PostgreSQL share the configuration saved on any node's console (issue 24 item 3): two platforms
 * ("node-a", "node-b") on one database; a save on node-a reaches node-b's Configuration Admin, its component (the
 * identity's password policy) and its {@code conf/} mirror within the poll; a node that was down while a change was
 * saved has it when it starts; a reset on one node resets the other. Each node names itself in {@code /health}. And
 * a registry write on one node is found by a search on the other (item 4), the time printed. Plugins on every node
 * (item 2): a plugin installed through node-a's console serves its route on node-b within the poll (the time printed),
 * its migration applied once; stopped through node-a, stopped on node-b; started through node-b, serving on node-a;
 * each node's state on the plugins screen's data and in {@code /health}; one plugin removed and another installed
 * while node-b is down: node-b has neither more nor less when its start returns (UP).
 */
class SharedConfigurationIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String IDENTITY = "cn.gov.laoshan.district.identity";

    private static RuntimeOptions node(Path home, String name, TestDatabase database) throws Exception {
        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("database.properties"),
                "url=" + database.settings().url() + "\nuser=" + database.settings().user() + "\n");
        SecretFiles.write(conf.resolve("database.password"), database.settings().password());
        return RuntimeOptions.forHome(home).withNodeName(name);
    }

    private static void save(PlatformRuntime node, Map<String, List<String>> values) {
        ConfigService config = node.service(ConfigService.class).orElseThrow();
        AccessControl access = node.service(AccessControl.class).orElseThrow();
        access.asSystem(() -> config.save(IDENTITY, values, Set.of(), Locale.SIMPLIFIED_CHINESE));
    }

    private static int minLength(PlatformRuntime node) {
        return node.service(PasswordChanger.class).orElseThrow().minLength();
    }

    /** {@code /health} with its details (the admin token, as {@code bin/district status} sends it). */
    private static JsonNode health(PlatformRuntime node) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + "/health"))
                .header("X-District-Admin-Token", Files.readString(node.adminTokenFile()).strip()).build();
        return new ObjectMapper().readTree(HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String mirror(PlatformRuntime node) {
        try {
            Path file = node.home().root().resolve("conf").resolve(IDENTITY + ".cfg");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static final String NOTES = "cn.gov.laoshan.district.test.notes";
    private static final String NOTES_ROUTE = "/notes/list";

    private static int status(PlatformRuntime node, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
                    + path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static PluginManager pluginsOf(PlatformRuntime node) {
        return node.service(PluginManager.class).orElseThrow();
    }

    private static PluginInfo install(PluginManager plugins, AccessControl access, String artifact) {
        return access.asSystem(() -> {
            try {
                return plugins.installOrUpdate(plugins.stage(Files.newInputStream(PluginJars.named(artifact))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A plugin's convergence on this node as its {@code /health} says (details). */
    private static String convergence(PlatformRuntime node, String symbolicName) {
        try {
            for (JsonNode plugin : health(node).path("system").path("pluginConvergence")) {
                if (plugin.path("plugin").asText().equals(symbolicName)) {
                    return plugin.path("convergence").asText();
                }
            }
            return "";
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void aConfigurationSavedOnOneNodeAppliesOnTheOthersAndOnANodeStartedLater(@TempDir Path dir) throws Exception {
        assumeTrue(System.getenv("DISTRICT_TEST_POSTGRES_URL") != null, "needs PostgreSQL (. .ci/postgres.sh)");
        try (TestDatabase database = TestDatabase.postgresql()) {
            RuntimeOptions optionsA = node(dir.resolve("a"), "node-a", database);
            RuntimeOptions optionsB = node(dir.resolve("b"), "node-b", database);
            // PlatformRuntime rather than TestPlatform: a node's home must outlive its stop (the restart)
            try (PlatformRuntime a = PlatformRuntime.start(optionsA)) {
                assertEquals("node-a", health(a).path("node").asText(), "each node says its name in /health");
                assertEquals("node-a", health(a).path("system").path("node").asText());
                try (PlatformRuntime b = PlatformRuntime.start(optionsB)) {
                    assertEquals("node-b", health(b).path("node").asText());
                    assertEquals(12, minLength(b));

                    long saved = System.nanoTime();
                    save(a, Map.of("password.min-length", List.of("16")));
                    TestPlatform.await(() -> minLength(a) == 16, WAIT, "the saving node's policy");
                    TestPlatform.await(() -> minLength(b) == 16, WAIT,
                            "node-b's password policy follows node-a's save");
                    long millis = (System.nanoTime() - saved) / 1_000_000;
                    TestPlatform.await(() -> mirror(b).contains("password.min-length = I\"16\""), WAIT,
                            "node-b's conf/ mirror");
                    System.out.printf("shared configuration: node-a's save applied on node-b after %d ms%n", millis);
                    assertTrue(millis < 15_000, "within the 2 s poll (and a busy machine): " + millis + " ms");

                    // a registry write on node-b is found by a search on node-a (its index refreshes every 5 s)
                    Enterprise written = DemoEnterprises.generate(24L, 1).get(0);
                    EnterpriseRegistry registryA = a.service(EnterpriseRegistry.class).orElseThrow();
                    EnterpriseRegistry registryB = b.service(EnterpriseRegistry.class).orElseThrow();
                    AccessControl accessA = a.service(AccessControl.class).orElseThrow();
                    EnterpriseQuery byCode = EnterpriseQuery.all().withCodePrefix(written.uscc().value());
                    assertEquals(0, accessA.asSystem(() -> registryA.count(byCode)));
                    long wrote = System.nanoTime();
                    b.service(AccessControl.class).orElseThrow().asSystem(() -> {
                        registryB.create(written);
                        return null;
                    });
                    TestPlatform.await(() -> accessA.asSystem(() -> registryA.count(byCode)) == 1, WAIT,
                            "node-b's new enterprise in node-a's searches");
                    long found = (System.nanoTime() - wrote) / 1_000_000;
                    System.out.printf("registry: node-b's write found by node-a's search after %d ms%n", found);
                    assertTrue(found < 20_000, "within the 5 s refresh (and a busy machine): " + found + " ms");

                    // plugins on every node (item 2): installed through node-a's console, serving on node-b
                    PluginManager pluginsA = a.service(PluginManager.class).orElseThrow();
                    PluginManager pluginsB = b.service(PluginManager.class).orElseThrow();
                    AccessControl accessB = b.service(AccessControl.class).orElseThrow();
                    assertEquals(404, status(b, NOTES_ROUTE));
                    long installed = System.nanoTime();
                    PluginInfo notes = install(pluginsA, accessA, "district-test-plugin-notes");
                    assertEquals(200, status(a, NOTES_ROUTE));
                    TestPlatform.await(() -> status(b, NOTES_ROUTE) == 200, WAIT,
                            "node-b serves the plugin installed through node-a");
                    long followed = (System.nanoTime() - installed) / 1_000_000;
                    System.out.printf("plugins: installed through node-a, serving on node-b after %d ms%n", followed);
                    assertTrue(followed < 20_000, "within the 2 s poll (and a busy machine): " + followed + " ms");
                    assertEquals(List.of("1"), a.database().jdbi("notes").withHandle(h -> h.createQuery(
                            "select \"version\" from \"flyway_schema_history\" where \"version\" <> '0'")
                            .mapTo(String.class).list()), "the plugin's migration ran once for both nodes");
                    TestPlatform.await(() -> convergence(b, NOTES).equals("IN_STEP"), WAIT,
                            "node-b's /health: in step");

                    // stopped through node-a: stopped on node-b; started through node-b: serving on node-a again
                    accessA.asSystem(() -> pluginsA.stop(notes.bundleId()));
                    TestPlatform.await(() -> status(b, NOTES_ROUTE) == 404, WAIT, "stopped on node-b too");
                    long idB = accessB.asSystem(() -> pluginsB.installedPlugin(NOTES)).orElseThrow().bundleId();
                    accessB.asSystem(() -> pluginsB.start(idB));
                    TestPlatform.await(() -> status(a, NOTES_ROUTE) == 200, WAIT, "started on node-a too");
                    TestPlatform.await(() -> accessA.asSystem(() -> pluginsA.nodeStates()).stream()
                            .filter(n -> n.symbolicName().equals(NOTES) && n.state().equals("ACTIVE")
                                    && n.convergence() == PluginCluster.Convergence.IN_STEP).count() == 2, WAIT,
                            "the plugins screen's nodes: 2 of 2 running");
                }
                // node-b is down while node-a removes one plugin and installs another: node-b is in step when UP
                AccessControl accessA = a.service(AccessControl.class).orElseThrow();
                long notesA = accessA.asSystem(() -> pluginsOf(a).installedPlugin(NOTES)).orElseThrow().bundleId();
                accessA.asSystem(() -> {
                    try {
                        pluginsOf(a).uninstall(notesA, false, null);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                });
                install(pluginsOf(a), accessA, "district-test-plugin-hello");
                // node-b is down while node-a saves again: it catches up when it starts
                save(a, Map.of("password.min-length", List.of("14"), "lockout.max-failures", List.of("7")));
                try (PlatformRuntime b = PlatformRuntime.start(optionsB)) {
                    assertEquals(404, status(b, NOTES_ROUTE), "removed while node-b was down: gone at its start");
                    assertEquals(200, status(b, "/hello/greeting"), "installed while node-b was down: there at its start");
                    // applied at the start (Configuration Admin delivers it to the component a moment later)
                    TestPlatform.await(() -> minLength(b) == 14, Duration.ofSeconds(10),
                            "the restarted node applied the change it missed while down");
                    assertTrue(mirror(b).contains("lockout.max-failures = I\"7\""), mirror(b));

                    // a reset on node-b: the defaults apply again on node-a
                    ConfigService config = b.service(ConfigService.class).orElseThrow();
                    b.service(AccessControl.class).orElseThrow().asSystem(() -> {
                        config.reset(IDENTITY);
                        return null;
                    });
                    TestPlatform.await(() -> minLength(a) == 12, WAIT, "node-b's reset reaches node-a");
                    TestPlatform.await(() -> mirror(a).isEmpty(), WAIT, "node-a's mirror deleted");
                }
            }
        }
    }
}
