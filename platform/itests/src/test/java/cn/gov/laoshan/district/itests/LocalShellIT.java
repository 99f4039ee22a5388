package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** The local Gogo shell: loopback only, token first, then the console's commands. */
class LocalShellIT {

    private static TestPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static int port() throws IOException {
        return Integer.parseInt(Files.readString(platform.home().resolve("data/shell.port")).trim());
    }

    private static String token() throws IOException {
        return Files.readString(platform.home().resolve("data/shell.token")).trim();
    }

    /** Reads up to the next prompt. */
    private static String untilPrompt(BufferedReader in) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1];
        while (!text.toString().endsWith("district> ")) {
            if (in.read(buffer) < 0) {
                break;
            }
            text.append(buffer[0]);
        }
        return text.toString();
    }

    @Test
    void theTokenOpensTheShellAndItsCommandsWork() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(platform.home().resolve("data/shell.token"))));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(60_000);
            PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.println(token());
            assertTrue(untilPrompt(in).contains("Felix Gogo"));
            out.println("install " + PluginJars.named("district-test-plugin-hello"));
            String installed = untilPrompt(in);
            assertTrue(installed.contains("hello 1.0.0 ACTIVE"), installed);
            platform.awaitStatus("/hello/greeting", 200, java.time.Duration.ofSeconds(20));
            out.println("plugins");
            String list = untilPrompt(in);
            assertTrue(list.contains("hello") && list.contains("ACTIVE"), list);
            long id = Long.parseLong(list.lines().filter(l -> l.contains(" hello ")).findFirst().orElseThrow()
                    .trim().split("\\s+")[0]);
            out.println("stop " + id);
            assertTrue(untilPrompt(in).contains("STOPPED"));
            out.println("dryrun " + PluginJars.named("district-test-plugin-unresolved"));
            assertTrue(untilPrompt(in).contains("MISSING package com.google.gson"));
            out.println("drop " + id + " wrong");
            assertTrue(untilPrompt(in).contains("error: type the plugin id hello"));
            out.println("uninstall " + id);
            assertTrue(untilPrompt(in).contains("uninstalled, data kept"));
            out.println("exit");
        }
    }

    /** A failing plugin's stack trace goes to the log, never into the shell; a missing file is named; no reflection. */
    @Test
    void theShellSaysWhatWentWrongInOneLineAndReachesNoJava() throws Exception {
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Logger tracker = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger("cn.gov.laoshan.district.runtime.PluginTracker");
        tracker.addAppender(log);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(60_000);
            PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.println(token());
            untilPrompt(in);
            platform.deploy(PluginJars.named("district-test-plugin-failing"), "failing.jar");
            platform.awaitPlugin("cn.gov.laoshan.district.test.failing", "FAILED", java.time.Duration.ofSeconds(20));
            // the whole stack trace is in the platform's log (district.log), not only on standard output
            TestPlatform.await(() -> log.list.stream().anyMatch(e -> e.getFormattedMessage().contains(
                    "the failing test plugin refuses to start") && e.getFormattedMessage().contains("FailingPlugin.activate")),
                    java.time.Duration.ofSeconds(20), "the activation's stack trace in the log");

            out.println("plugins");
            String list = untilPrompt(in);
            assertTrue(list.contains("FAILED") && list.contains("the failing test plugin refuses to start"), list);
            assertTrue(list.lines().count() < 8 && !list.contains("\tat "), "no stack trace in the shell:\n" + list);

            out.println("install /nonexistent.jar");
            String missing = untilPrompt(in);
            assertTrue(missing.contains("error: the file /nonexistent.jar does not exist"), missing);

            // a full Gogo shell would reach Runtime.exec through reflection; this one runs the district commands only
            out.println("(bundle 0) loadClass java.lang.Runtime");
            String refused = untilPrompt(in);
            assertTrue(refused.contains("error: not a district command"), refused);
            out.println("plugins | grep hello");
            assertTrue(untilPrompt(in).contains("error: not a district command"));
            out.println("exit");
        } finally {
            tracker.detachAppender(log);
            platform.undeploy("failing.jar");
        }
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(10_000);
            new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8).println("not-the-token");
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("access denied", in.readLine());
            assertEquals(null, in.readLine());
        }
    }

    @Test
    void nothingListensOnOtherInterfaces() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "no non-loopback interface here");
        int port = port();
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(other.get(), port), 2000);
            }
        });
    }

    static Path home() {
        return platform.home();
    }
}
