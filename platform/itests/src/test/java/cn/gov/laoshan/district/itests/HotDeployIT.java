package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The runtime in-process with plugins hot-deployed through {@code deploy/}: routes appear and disappear without a
 * restart, a replaced jar is an update, and broken plugins are reported while the rest keeps serving.
 */
class HotDeployIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static TestPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void healthIsUpAndUnknownRoutesAreRealNotFound() {
        JsonNode health = platform.health();
        assertEquals("UP", health.path("status").asText());
        assertEquals(200, platform.get("/health").statusCode());
        assertEquals(200, platform.status("/login"));
        assertEquals(404, platform.status("/no/such/screen"));
    }

    @Test
    void droppedJarServesItsRouteAndDeletedJarTakesItAway() {
        assertEquals(404, platform.status("/hello/greeting"));
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello.jar");
        platform.awaitStatus("/hello/greeting", 200, WAIT);

        JsonNode hello = platform.awaitPlugin("hello", "ACTIVE", WAIT);
        assertEquals("问候示例", hello.path("name").asText());
        assertEquals("1.0.0", hello.path("version").asText());
        assertEquals("hello/greeting", hello.path("routes").get(0).asText());
        assertTrue(hello.path("error").isNull());

        platform.undeploy("hello.jar");
        platform.awaitStatus("/hello/greeting", 404, WAIT);
        platform.awaitPluginGone("hello", WAIT);
        assertEquals("UP", platform.health().path("status").asText());
    }

    @Test
    void replacedJarUpdatesThePlugin() {
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello-update.jar");
        platform.awaitPlugin("hello", "ACTIVE", WAIT);
        assertEquals(404, platform.status("/hello/news"));

        platform.deploy(PluginJars.named("district-test-plugin-hello-v2"), "hello-update.jar");
        platform.awaitStatus("/hello/news", 200, WAIT);
        JsonNode hello = platform.awaitPlugin("hello", "ACTIVE", WAIT);
        assertEquals("2.0.0", hello.path("version").asText());
        assertEquals(200, platform.status("/hello/greeting"));

        platform.undeploy("hello-update.jar");
        platform.awaitStatus("/hello/news", 404, WAIT);
    }

    @Test
    void brokenPluginsAreReportedAndTheRestKeepsServing() {
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello-beside-broken.jar");
        platform.deploy(PluginJars.named("district-test-plugin-failing"));
        platform.deploy(PluginJars.named("district-test-plugin-unresolved"));

        JsonNode failing = platform.awaitPlugin("cn.gov.laoshan.district.test.failing", "FAILED", WAIT);
        assertTrue(failing.path("error").asText().contains("the failing test plugin refuses to start"),
                failing.toString());
        JsonNode unresolved = platform.awaitPlugin("cn.gov.laoshan.district.test.unresolved", "INSTALLED", WAIT);
        assertTrue(unresolved.path("error").asText().contains("missing package com.google.gson"), unresolved.toString());

        platform.awaitStatus("/hello/greeting", 200, WAIT);
        assertEquals(200, platform.get("/health").statusCode());
        assertEquals("UP", platform.health().path("status").asText());

        platform.undeploy("hello-beside-broken.jar");
        platform.undeploy(PluginJars.named("district-test-plugin-failing").getFileName().toString());
        platform.undeploy(PluginJars.named("district-test-plugin-unresolved").getFileName().toString());
        platform.awaitPluginGone("cn.gov.laoshan.district.test.failing", WAIT);
        platform.awaitPluginGone("cn.gov.laoshan.district.test.unresolved", WAIT);
    }
}
