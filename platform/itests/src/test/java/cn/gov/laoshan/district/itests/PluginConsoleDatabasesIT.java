package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.security.SecretFiles;
import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestDatabase;

/**
 * The console's data steps on every database this machine offers (Derby, and PostgreSQL when configured): schema
 * version from the Flyway history, a failed migration before the update changes nothing, dropping the data.
 */
class PluginConsoleDatabasesIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsFirstThenDropOnUninstall(TestDatabase test, @TempDir Path home) throws Exception {
        try (test) {
            Path conf = Files.createDirectories(home.resolve("conf"));
            if (!test.settings().embedded()) {
                Files.writeString(conf.resolve("database.properties"),
                        "url=" + test.settings().url() + "\nuser=" + test.settings().user() + "\n");
                SecretFiles.write(conf.resolve("database.password"), test.settings().password());
            }
            try (PlatformRuntime runtime = PlatformRuntime.start(RuntimeOptions.forHome(home))) {
                PluginManager plugins = runtime.service(PluginManager.class).orElseThrow();
                AccessControl access = runtime.service(AccessControl.class).orElseThrow();
                PluginInfo notes = install(plugins, access, "district-test-plugin-notes");
                assertEquals("ACTIVE", notes.state());
                assertEquals("1", notes.schemaVersion());
                Jdbi jdbi = runtime.database().jdbi("notes");
                jdbi.useHandle(h -> h.execute("insert into note (text, created) values ('社区议事会纪要', current_timestamp)"));

                ConsoleException failed = assertThrows(ConsoleException.class,
                        () -> install(plugins, access, "district-test-plugin-notes-broken"));
                assertEquals("console.error.migration-failed", failed.key());
                PluginInfo after = access.asSystem(() -> plugins.plugin(notes.bundleId())).orElseThrow();
                assertEquals("1.0.0", after.version());
                assertEquals("ACTIVE", after.state());
                assertEquals("1", after.schemaVersion());
                assertEquals(List.of("社区议事会纪要"),
                        jdbi.withHandle(h -> h.createQuery("select text from note").mapTo(String.class).list()));

                access.asSystem(() -> {
                    try {
                        plugins.uninstall(notes.bundleId(), true, "notes");
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
                assertEquals(List.of("V1__notes.sql"), access.asSystem(() -> {
                    try {
                        return plugins.dryRun(plugins.stage(Files.newInputStream(
                                PluginJars.named("district-test-plugin-notes")))).migrations();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }
    }

    private static PluginInfo install(PluginManager plugins, AccessControl access, String artifact) {
        return access.asSystem(() -> {
            try {
                return plugins.installOrUpdate(plugins.stage(Files.newInputStream(PluginJars.named(artifact))));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
