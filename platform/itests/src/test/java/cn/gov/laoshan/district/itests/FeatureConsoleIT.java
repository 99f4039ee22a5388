package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.features.FeatureInfo;
import cn.gov.laoshan.district.console.features.FeatureService;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;

/** Features on the console: install and remove in one action; a feature with a plugin that would not resolve is refused whole. */
class FeatureConsoleIT {

    @Test
    void installAndRemoveAFeatureAndRefuseOneThatWouldNotResolve(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path featuresDir = Files.createDirectories(dir.resolve("features"));
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.copy(PluginJars.named("district-test-plugin-hello"), bundles.resolve("hello.jar"));
        Files.copy(PluginJars.named("district-test-plugin-notes"), bundles.resolve("notes.jar"));
        Files.copy(PluginJars.named("district-test-plugin-unresolved"), bundles.resolve("unresolved.jar"));
        Files.writeString(featuresDir.resolve("office.feature.json"), """
                {"id": "office", "name": {"zh-CN": "办公套件", "en": "Office suite"},
                 "plugins": ["cn.gov.laoshan.district.test.hello", "cn.gov.laoshan.district.test.notes"],
                 "configuration": {"cn.gov.laoshan.district.test.hello": {"greeting": "您好"}}}
                """);
        RuntimeOptions defaults = RuntimeOptions.forHome(home);
        RuntimeOptions options = new RuntimeOptions(home, defaults.host(), 0, false, List.of(), featuresDir, bundles,
                defaults.sessionIdle(), defaults.deployPoll(), defaults.passwordCost(), null);
        try (PlatformRuntime runtime = PlatformRuntime.start(options)) {
            FeatureService features = runtime.service(FeatureService.class).orElseThrow();
            PluginManager plugins = runtime.service(PluginManager.class).orElseThrow();
            AccessControl access = runtime.service(AccessControl.class).orElseThrow();

            FeatureInfo office = system(access, () -> features.features()).get(0);
            assertEquals("办公套件", office.nameZh());
            assertEquals(0, office.installed());

            // one action: configuration, then both plugins through the console's checked install
            List<FeatureService.Step> steps = system(access, () -> features.planInstall("office"));
            assertEquals(4, steps.size());
            for (FeatureService.Step step : steps) {
                system(access, () -> {
                    step.run();
                    return null;
                });
            }
            List<PluginInfo> installed = system(access, () -> plugins.plugins());
            assertTrue(installed.stream().anyMatch(p -> p.id().equals("hello") && p.state().equals("ACTIVE") && p.consoleManaged()),
                    installed.toString());
            assertTrue(installed.stream().anyMatch(p -> p.id().equals("notes") && p.state().equals("ACTIVE")), installed.toString());
            assertEquals(2, system(access, () -> features.features()).get(0).installed());

            // an uploaded feature whose plugin would not resolve is refused before anything is installed
            system(access, () -> features.upload(new ByteArrayInputStream("""
                    {"id": "broken", "plugins": ["cn.gov.laoshan.district.test.unresolved"]}
                    """.getBytes(StandardCharsets.UTF_8))));
            ConsoleException refused = assertThrows(ConsoleException.class,
                    () -> system(access, () -> features.planInstall("broken")));
            assertTrue(refused.getMessage().contains("com.google.gson"), refused.getMessage());
            assertFalse(List.of(runtime.bundleContext().getBundles()).stream()
                    .anyMatch(b -> "cn.gov.laoshan.district.test.unresolved".equals(b.getSymbolicName())));
            assertEquals("console.error.feature-invalid", assertThrows(ConsoleException.class,
                    () -> system(access, () -> features.upload(new ByteArrayInputStream("{\"id\": 7".getBytes(StandardCharsets.UTF_8))))).key());

            // remove: both uninstalled, data kept
            for (FeatureService.Step step : system(access, () -> features.planRemove("office"))) {
                system(access, () -> {
                    step.run();
                    return null;
                });
            }
            assertEquals(0, system(access, () -> features.features()).get(0).installed());
            assertEquals("1", runtime.database().jdbi("platform").withHandle(h -> h.createQuery(
                    "select max(\"version\") from " + runtime.database().schemaName("notes")
                    + ".\"flyway_schema_history\" where \"version\" <> '0'").mapTo(String.class).one()));
        }
    }

    private interface Work<T> {
        T run() throws IOException;
    }

    private static <T> T system(AccessControl access, Work<T> work) {
        return access.asSystem(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static final Duration WAIT = Duration.ofSeconds(20);
}
