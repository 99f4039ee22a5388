package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Every changing command of the local shell (install, update, start, stop, uninstall, drop, featureinstall,
 * featureremove) leaves an audit record whose actor is {@code system}; the read-only ones (plugins, dryrun,
 * features) leave none.
 */
class ShellAuditIT {

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
    void everyChangingShellCommandIsAuditedAsSystem() throws Exception {
        Path dir = Files.createTempDirectory("district-shell-audit");
        Path features = Files.createDirectories(dir.resolve("features"));
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.copy(PluginJars.named("district-test-plugin-notes"), bundles.resolve("notes.jar"));
        Files.writeString(features.resolve("records.feature.json"),
                "{\"id\": \"records\", \"name\": {\"zh-CN\": \"记事功能集\", \"en\": \"Records\"},"
                + " \"plugins\": [\"cn.gov.laoshan.district.test.notes\"],"
                + " \"configuration\": {\"cn.gov.laoshan.district.test.notes\": {\"greeting\": \"你好\"}}}");
        Path home = Files.createTempDirectory("district-test-home");
        RuntimeOptions defaults = RuntimeOptions.forHome(home);
        try (TestPlatform platform = TestPlatform.start(new RuntimeOptions(home, defaults.host(), 0, false, List.of(),
                features, bundles, defaults.sessionIdle(), defaults.deployPoll(), defaults.passwordCost(), null))) {
            int port = Integer.parseInt(Files.readString(home.resolve("data/shell.port")).trim());
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(60_000);
                PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                out.println(Files.readString(home.resolve("data/shell.token")).trim());
                untilPrompt(in);
                int before = audit(platform).size();
                out.println("plugins");
                untilPrompt(in);
                out.println("dryrun " + PluginJars.named("district-test-plugin-hello"));
                untilPrompt(in);
                out.println("features");
                untilPrompt(in);
                assertEquals(before, audit(platform).size(), "read-only commands change nothing and audit nothing");

                out.println("install " + PluginJars.named("district-test-plugin-hello"));
                assertTrue(untilPrompt(in).contains("hello 1.0.0 ACTIVE"));
                out.println("update " + PluginJars.named("district-test-plugin-hello-v2"));
                String updated = untilPrompt(in);
                assertTrue(updated.contains("hello 2.0.0"), updated);
                out.println("plugins");
                long id = Long.parseLong(untilPrompt(in).lines().filter(l -> l.contains(" hello ")).findFirst()
                        .orElseThrow().trim().split("\\s+")[0]);
                out.println("stop " + id);
                untilPrompt(in);
                out.println("start " + id);
                untilPrompt(in);
                out.println("uninstall " + id);
                untilPrompt(in);
                out.println("featureinstall records");
                String installed = untilPrompt(in);
                assertTrue(installed.contains("step(s) done"), installed);
                out.println("featureremove records");
                untilPrompt(in);
                out.println("install " + PluginJars.named("district-test-plugin-notes"));
                untilPrompt(in);
                out.println("plugins");
                long notes = Long.parseLong(untilPrompt(in).lines().filter(l -> l.contains(" notes ")).findFirst()
                        .orElseThrow().trim().split("\\s+")[0]);
                out.println("drop " + notes + " notes");
                assertTrue(untilPrompt(in).contains("data dropped"));
                out.println("exit");
            }
            List<AuditEntry> entries = audit(platform);
            Set<String> actions = entries.stream().map(AuditEntry::action).collect(Collectors.toSet());
            for (String action : List.of("plugin.install", "plugin.update", "plugin.stop", "plugin.start",
                    "plugin.uninstall", "feature.install", "feature.remove", "config.feature-defaults")) {
                assertTrue(actions.contains(action), action + " not audited: " + actions);
            }
            for (AuditEntry e : entries) {
                assertEquals("system", e.actorLogin(), e.toString());
            }
            assertEquals(3, entries.stream().filter(e -> e.action().equals("plugin.uninstall")).count(),
                    "uninstall, feature remove and drop: " + entries);
        }
    }

    private static List<AuditEntry> audit(TestPlatform platform) {
        AuditQuery query = platform.runtime().service(AuditQuery.class).orElseThrow();
        AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
        return access.asSystem(() -> query.find(new AuditFilter(null, "console", null, null, null), 0, 1000));
    }
}
