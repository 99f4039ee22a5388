package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * The admin console's plugin life cycle on a real platform: install, update, failed updates that leave the
 * previous version serving on unchanged data, uninstall keeping or dropping data, dry runs that refuse, no
 * cascade to unrelated plugins.
 */
class PluginConsoleIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TestPlatform platform;
    private static PluginManager manager;
    private static AccessControl access;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
        manager = platform.runtime().service(PluginManager.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T asAdmin(Work<T> work) {
        return access.asSystem(() -> {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static PluginInfo install(String artifact) {
        return asAdmin(() -> manager.installOrUpdate(manager.stage(Files.newInputStream(PluginJars.named(artifact)))));
    }

    private static ConsoleException refused(String artifact) {
        return assertThrows(ConsoleException.class, () -> install(artifact));
    }

    private static PluginInfo plugin(String symbolicName) {
        return asAdmin(() -> manager.plugins()).stream().filter(p -> p.symbolicName().equals(symbolicName))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    @Test
    void installUpdateFailedUpdatesUninstallKeepingDataAndReinstall() {
        PluginInfo installed = install("district-test-plugin-notes");
        assertEquals("notes", installed.id());
        assertEquals("ACTIVE", installed.state());
        assertEquals("1", installed.schemaVersion());
        assertTrue(installed.routes().contains("notes/list"), installed.routes().toString());
        assertTrue(Files.isRegularFile(platform.home().resolve("plugins/cn.gov.laoshan.district.test.notes.jar")));
        platform.awaitStatus("/notes/list", 200, WAIT);
        Jdbi notes = platform.runtime().database().jdbi("notes");
        notes.useHandle(h -> h.execute("insert into note (text, created) values ('防汛值班表已更新', current_timestamp)"));

        // the dry run of the broken update names the migration it would run
        DryRun dry = asAdmin(() -> manager.dryRun(manager.stage(
                Files.newInputStream(PluginJars.named("district-test-plugin-notes-broken")))));
        assertTrue(dry.isUpdate());
        assertEquals(List.of("V2__broken.sql"), dry.migrations());

        // a broken migration: refused before the bundle changes; 1.0.0 goes on serving its unchanged data
        ConsoleException broken = refused("district-test-plugin-notes-broken");
        assertEquals("console.error.migration-failed", broken.key());
        assertTrue(broken.getMessage().contains("V2__broken.sql"), broken.getMessage());
        PluginInfo after = plugin("cn.gov.laoshan.district.test.notes");
        assertEquals(installed.bundleId(), after.bundleId());
        assertEquals("1.0.0", after.version());
        assertEquals("ACTIVE", after.state());
        assertEquals("1", after.schemaVersion());
        assertEquals(200, platform.status("/notes/list"));
        assertEquals(List.of("防汛值班表已更新"), texts(notes));
        assertThrows(Exception.class,
                () -> notes.withHandle(h -> h.createQuery("select author from note").mapTo(String.class).list()));

        // uninstall keeping the data, install again: the data is there
        asAdmin(() -> {
            manager.uninstall(installed.bundleId(), false, null);
            return null;
        });
        platform.awaitStatus("/notes/list", 404, WAIT);
        assertFalse(Files.exists(platform.home().resolve("plugins/cn.gov.laoshan.district.test.notes.jar")));
        PluginInfo again = install("district-test-plugin-notes");
        assertEquals("ACTIVE", again.state());
        platform.awaitStatus("/notes/list", 200, WAIT);
        assertEquals(List.of("防汛值班表已更新"), texts(notes));

        // dropping the data needs the plugin id typed
        ConsoleException mismatch = assertThrows(ConsoleException.class,
                () -> asAdmin(() -> {
                    manager.uninstall(again.bundleId(), true, "note");
                    return null;
                }));
        assertEquals("console.error.confirm-mismatch", mismatch.key());
        assertEquals("ACTIVE", plugin("cn.gov.laoshan.district.test.notes").state());
        asAdmin(() -> {
            manager.uninstall(again.bundleId(), true, "notes");
            return null;
        });
        platform.awaitStatus("/notes/list", 404, WAIT);
        // the schema is gone: installing again would start from the first migration
        assertEquals(List.of("V1__notes.sql"), asAdmin(() -> manager.dryRun(manager.stage(
                Files.newInputStream(PluginJars.named("district-test-plugin-notes"))))).migrations());
    }

    @Test
    void anUpdateWhoseActivationThrowsIsUndoneAndNothingElseRestarts() {
        PluginInfo hello = install("district-test-plugin-hello");
        platform.awaitStatus("/hello/greeting", 200, WAIT);
        platform.deploy(PluginJars.named("district-test-plugin-failing"), "failing.jar");
        platform.awaitPlugin("cn.gov.laoshan.district.test.failing", "FAILED", WAIT);
        Map<Long, Integer> others = otherBundles(hello.bundleId());

        // 3.0.0 throws in its activation: 1.0.0 is put back, same bundle
        ConsoleException undone = refused("district-test-plugin-hello-v3-failing");
        assertEquals("console.error.update-rolled-back", undone.key());
        assertTrue(undone.getMessage().contains("refuses to start"), undone.getMessage());
        PluginInfo back = plugin("cn.gov.laoshan.district.test.hello");
        assertEquals(hello.bundleId(), back.bundleId());
        assertEquals("1.0.0", back.version());
        assertEquals("ACTIVE", back.state());
        platform.awaitStatus("/hello/greeting", 200, WAIT);
        assertEquals(others, otherBundles(hello.bundleId()));

        // 2.0.0 is good: it serves its new screen; every other bundle kept its id and state
        PluginInfo updated = install("district-test-plugin-hello-v2");
        assertEquals(hello.bundleId(), updated.bundleId());
        assertEquals("2.0.0", updated.version());
        platform.awaitStatus("/hello/news", 200, WAIT);
        assertEquals(others, otherBundles(hello.bundleId()));

        // not newer: refused
        assertEquals("console.error.not-newer", refused("district-test-plugin-hello").key());
        platform.undeploy("failing.jar");
        asAdmin(() -> {
            manager.uninstall(hello.bundleId(), false, null);
            return null;
        });
    }

    @Test
    void aPluginNeedingAMissingPackageIsRefusedAtTheDryRunWithThePackageNamed() {
        DryRun dry = asAdmin(() -> manager.dryRun(manager.stage(
                Files.newInputStream(PluginJars.named("district-test-plugin-unresolved")))));
        assertFalse(dry.resolves());
        assertTrue(dry.missing().stream().anyMatch(r -> r.description().startsWith("package com.google.gson")),
                dry.missing().toString());
        assertTrue(dry.requirements().stream().anyMatch(r -> r.met()
                && r.description().startsWith("package cn.gov.laoshan.district.api.plugin")), dry.requirements().toString());
        ConsoleException refused = refused("district-test-plugin-unresolved");
        assertEquals("console.error.unresolved", refused.key());
        assertTrue(refused.getMessage().contains("com.google.gson"), refused.getMessage());
        assertTrue(List.of(platform.runtime().bundleContext().getBundles()).stream()
                .noneMatch(b -> "cn.gov.laoshan.district.test.unresolved".equals(b.getSymbolicName())));
    }

    @Test
    void badFilesGetAClearRefusalAndChangeNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        int bundles = platform.runtime().bundleContext().getBundles().length;
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a jar at all");
        assertEquals("console.error.not-a-jar", refusedFile(text).key());

        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.library");
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        Path library = dir.resolve("library.jar");
        try (OutputStream out = Files.newOutputStream(library); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        assertEquals("console.error.not-a-plugin", refusedFile(library).key());

        Path plain = dir.resolve("plain.jar");
        try (OutputStream out = Files.newOutputStream(plain); JarOutputStream jar = new JarOutputStream(out, new Manifest())) {
            jar.flush();
        }
        assertEquals("console.error.not-a-bundle", refusedFile(plain).key());

        // an allow-list that does not name the file's digest
        Path allowList = platform.home().resolve("conf/plugin-allowlist.txt");
        Files.writeString(allowList, "# only this one\n" + "0".repeat(64) + "\n");
        try {
            assertEquals("console.error.not-allowed", refusedFile(PluginJars.named("district-test-plugin-hello")).key());
        } finally {
            Files.delete(allowList);
        }
        assertEquals(bundles, platform.runtime().bundleContext().getBundles().length);
    }

    @Test
    void withoutPermissionNothingIsShownOrDone() {
        assertThrows(AccessDeniedException.class, () -> manager.plugins());
        assertThrows(AccessDeniedException.class, () -> manager.dryRun(platform.home().resolve("x.jar")));
        assertThrows(AccessDeniedException.class, () -> manager.uninstall(1, false, null));
    }

    @Test
    void healthTellsTheSystemFacts() {
        JsonNode system = platform.health().path("system");
        assertTrue(system.path("uptimeSeconds").asLong(-1) >= 0, system.toString());
        assertTrue(system.path("heapMaxBytes").asLong() > 0, system.toString());
        assertEquals(platform.runtime().database().kind().name(), system.path("databaseKind").asText());
        assertTrue(system.has("activeSessions"), system.toString());
    }

    @Test
    void aDepartmentAdminStartsAndStopsOnlyTheirDepartmentsPlugins() {
        PluginInfo hello = install("district-test-plugin-hello");
        assertEquals("office", hello.departmentCode());
        PluginManager office = managerFor(java.util.Set.of("office"));
        PluginManager police = managerFor(java.util.Set.of("police"));

        assertEquals("STOPPED", office.stop(hello.bundleId()).state());
        platform.awaitStatus("/hello/greeting", 404, WAIT);
        assertThrows(AccessDeniedException.class, () -> police.start(hello.bundleId()));
        assertEquals("ACTIVE", office.start(hello.bundleId()).state());
        platform.awaitStatus("/hello/greeting", 200, WAIT);
        assertThrows(AccessDeniedException.class, () -> police.stop(hello.bundleId()));
        assertThrows(AccessDeniedException.class, () -> office.uninstall(hello.bundleId(), false, null));
        assertThrows(AccessDeniedException.class, () -> office.dryRun(platform.home().resolve("x.jar")));
        assertEquals("ACTIVE", plugin("cn.gov.laoshan.district.test.hello").state());
        asAdmin(() -> {
            manager.uninstall(hello.bundleId(), false, null);
            return null;
        });
    }

    @Test
    void pluginsInstalledThroughTheConsoleComeBackAfterARestart(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        cn.gov.laoshan.district.runtime.RuntimeOptions options = cn.gov.laoshan.district.runtime.RuntimeOptions.forHome(home);
        try (var first = cn.gov.laoshan.district.runtime.PlatformRuntime.start(options)) {
            PluginManager plugins = first.service(PluginManager.class).orElseThrow();
            AccessControl system = first.service(AccessControl.class).orElseThrow();
            PluginInfo notes = system.asSystem(() -> {
                try {
                    return plugins.installOrUpdate(plugins.stage(Files.newInputStream(
                            PluginJars.named("district-test-plugin-notes"))));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals("ACTIVE", notes.state());
        }
        try (var second = cn.gov.laoshan.district.runtime.PlatformRuntime.start(options)) {
            PluginManager plugins = second.service(PluginManager.class).orElseThrow();
            AccessControl system = second.service(AccessControl.class).orElseThrow();
            TestPlatform.await(() -> system.asSystem(() -> plugins.plugins()).stream()
                    .anyMatch(p -> p.id().equals("notes") && p.state().equals("ACTIVE") && p.consoleManaged()),
                    WAIT, "notes active again after the restart");
            // an existing home: the modules' and the kept plugin's schemas are up to date, found so without Flyway
            assertEquals(0, second.database().flywayRuns(), "migration runs that needed Flyway at the restart");
        }
    }

    /** A department administrator: may view and operate plugins in {@code departments}, nothing else. */
    private static PluginManager managerFor(java.util.Set<String> departments) {
        AccessControl departmentAdmin = TestAccess.staff("dept-admin", departments.iterator().next(),
                PluginManager.VIEW, PluginManager.OPERATE)
                .within(cn.gov.laoshan.district.api.security.DepartmentScope.of(departments));
        return new PluginManager(platform.runtime().bundleContext(), platform.runtime().database(), platform.home(),
                departmentAdmin, java.util.Optional::empty,
                () -> platform.runtime().service(cn.gov.laoshan.district.core.runtime.RuntimeFacts.class),
                Duration.ofSeconds(20));
    }

    private static ConsoleException refusedFile(Path file) {
        return assertThrows(ConsoleException.class,
                () -> asAdmin(() -> manager.installOrUpdate(manager.stage(Files.newInputStream(file)))));
    }

    private static Map<Long, Integer> otherBundles(long except) {
        Map<Long, Integer> states = new TreeMap<>();
        for (Bundle bundle : platform.runtime().bundleContext().getBundles()) {
            if (bundle.getBundleId() != except) {
                states.put(bundle.getBundleId(), bundle.getState());
            }
        }
        return states;
    }

    private static List<String> texts(Jdbi notes) {
        return notes.withHandle(h -> h.createQuery("select text from note").mapTo(String.class).list());
    }
}
