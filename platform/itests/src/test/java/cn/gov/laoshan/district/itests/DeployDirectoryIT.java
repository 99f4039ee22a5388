package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * {@code deploy/} never fails silently and never harms what runs: files it cannot use are reported (in
 * {@code /health}'s details, on the console, in the log) with the reason; a damaged jar written over a running plugin
 * leaves it running; a copy of a feature's plugin comes and goes without touching the feature's; of two versions of
 * one plugin the other starts when the running one's file goes; a failed update leaves the previous version on its
 * data; a library is a library; the allow-list and the reserved schema names hold here too.
 */
class DeployDirectoryIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NOTES = "cn.gov.laoshan.district.test.notes";
    private static TestPlatform platform;

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path featuresDir = Files.createDirectories(dir.resolve("features"));
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.copy(PluginJars.named("district-test-plugin-notes"), bundles.resolve("notes.jar"));
        Files.writeString(featuresDir.resolve("office.feature.json"), """
                {"id": "office", "name": {"zh-CN": "办公套件", "en": "Office suite"}, "plugins": ["%s"]}
                """.formatted(NOTES));
        RuntimeOptions defaults = RuntimeOptions.forHome(home);
        platform = TestPlatform.start(new RuntimeOptions(home, defaults.host(), 0, false, List.of("office"),
                featuresDir, bundles, defaults.sessionIdle(), defaults.deployPoll(), defaults.passwordCost(),
                null));
    }

    @AfterAll
    static void stop() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                "cn.gov.laoshan.district.runtime.StartupTimeline")).detachAppender(TIMELINE);
        platform.close();
    }

    /** The problem reported for a file of deploy/, from /health's details. */
    private static Optional<String> problem(String fileName) {
        for (JsonNode problem : platform.health().path("system").path("installProblems")) {
            if (problem.path("file").asText().equals("deploy/" + fileName)) {
                return Optional.of(problem.path("reason").asText());
            }
        }
        return Optional.empty();
    }

    /** /health's details are computed at most once a second: a problem just cleared may still show for that long. */
    private static void awaitNoProblem(String fileName) {
        TestPlatform.await(() -> problem(fileName).isEmpty(), WAIT, "no problem reported for deploy/" + fileName);
    }

    private static String awaitProblem(String fileName) {
        TestPlatform.await(() -> problem(fileName).isPresent(), WAIT, "a problem reported for deploy/" + fileName);
        return problem(fileName).orElseThrow();
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return platform.runtime().service(AccessControl.class).orElseThrow().asSystem(work);
    }

    private static List<PluginInfo> consolePlugins() {
        PluginManager manager = platform.runtime().service(PluginManager.class).orElseThrow();
        return system(manager::plugins);
    }

    /** What the platform logs about deploy problems, caught at the logger (the file's place depends on the JVM). */
    private static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> LOG =
            new ch.qos.logback.core.read.ListAppender<>();

    /** The start-up's timeline as the runtime logs it (caught from before the platform starts). */
    private static final ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> TIMELINE =
            new ch.qos.logback.core.read.ListAppender<>();

    static {
        LOG.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                cn.gov.laoshan.district.console.plugins.InstallProblems.class)).addAppender(LOG);
        TIMELINE.start();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                "cn.gov.laoshan.district.runtime.StartupTimeline")).addAppender(TIMELINE);
    }

    /**
     * A feature's plugin has its migrations applied from its jar on a thread of their own ahead of its start (on a
     * fresh home the schemas are created while the plugins before them activate); its bundle's own migration then
     * finds the schema up to date.
     */
    @Test
    void aFeaturesPluginsMigrationsRunAheadOfItsStartOnTheirOwnThread() {
        List<String> timeline = TIMELINE.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .toList();
        int ahead = indexOf(timeline, "start-up: migrations of plugin " + NOTES + " ");
        int started = indexOf(timeline, "start-up: plugin " + NOTES + " ");
        assertTrue(ahead >= 0 && started >= 0, String.join("\n", timeline));
        assertTrue(timeline.get(ahead).contains(" [district-start-plugin-migrations-"), timeline.get(ahead));
        // ("plugin …" is logged once its bundle has started: its activation waited for the schema made ahead)
        assertTrue(ahead < started, "applied before the plugin had started: " + String.join("\n", timeline));
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String log() {
        return String.join("\n", LOG.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void everyUnusableFileIsReportedWithItsReason() throws Exception {
        Path deploy = platform.runtime().home().deploy();
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        Files.write(deploy.resolve("random.jar"), random);
        Files.write(deploy.resolve("empty.jar"), new byte[0]);
        ByteArrayOutputStream noManifest = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(noManifest)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("no manifest here".getBytes());
        }
        Files.write(deploy.resolve("no-manifest.jar"), noManifest.toByteArray());
        byte[] hello = Files.readAllBytes(PluginJars.named("district-test-plugin-hello"));
        Files.write(deploy.resolve("truncated.jar"), java.util.Arrays.copyOf(hello, hello.length / 2));

        assertTrue(awaitProblem("random.jar").contains("not a readable jar"), problem("random.jar").toString());
        assertTrue(awaitProblem("empty.jar").contains("empty"), problem("empty.jar").toString());
        assertTrue(awaitProblem("no-manifest.jar").contains("no manifest"), problem("no-manifest.jar").toString());
        assertTrue(awaitProblem("truncated.jar").contains("not a readable jar"), problem("truncated.jar").toString());
        assertTrue(log().contains("deploy/truncated.jar: the file is not a readable jar"), "the log says it too");
        // the console's plugins screen reads the same list
        PluginManager manager = platform.runtime().service(PluginManager.class).orElseThrow();
        assertTrue(system(manager::installProblems).stream().anyMatch(p -> p.file().equals("deploy/empty.jar")));

        for (String name : List.of("random.jar", "empty.jar", "no-manifest.jar", "truncated.jar")) {
            platform.undeploy(name);
        }
        TestPlatform.await(() -> problem("random.jar").isEmpty() && problem("truncated.jar").isEmpty(), WAIT,
                "problems cleared with their files");
        assertEquals("UP", platform.health().path("status").asText());
    }

    @Test
    void aDamagedJarWrittenOverARunningPluginLeavesItRunning() throws Exception {
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello.jar");
        platform.awaitPlugin("hello", "ACTIVE", WAIT);
        platform.awaitStatus("/hello/greeting", 200, WAIT);

        // written in place, and cut short: what a failed copy leaves
        byte[] v2 = Files.readAllBytes(PluginJars.named("district-test-plugin-hello-v2"));
        Files.write(platform.runtime().home().deploy().resolve("hello.jar"), java.util.Arrays.copyOf(v2, v2.length - 300));
        String reason = awaitProblem("hello.jar");
        assertTrue(reason.contains("not a readable jar") && reason.contains("1.0.0 keeps running"), reason);
        JsonNode hello = platform.awaitPlugin("hello", "ACTIVE", WAIT);
        assertEquals("1.0.0", hello.path("version").asText());
        assertEquals(200, platform.status("/hello/greeting"));

        // the complete file then updates it
        platform.deploy(PluginJars.named("district-test-plugin-hello-v2"), "hello.jar");
        platform.awaitStatus("/hello/news", 200, WAIT);
        awaitNoProblem("hello.jar");
        platform.undeploy("hello.jar");
        platform.awaitPluginGone("hello", WAIT);
    }

    @Test
    void ofTwoVersionsTheOtherStartsWhenTheRunningOnesFileGoes() {
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "a-hello-1.jar");
        platform.awaitPlugin("hello", "ACTIVE", WAIT);
        platform.deploy(PluginJars.named("district-test-plugin-hello-v2"), "b-hello-2.jar");
        String waiting = awaitProblem("b-hello-2.jar");
        assertTrue(waiting.contains("already installed from deploy/a-hello-1.jar"), waiting);
        assertEquals("1.0.0", platform.awaitPlugin("hello", "ACTIVE", WAIT).path("version").asText());

        platform.undeploy("a-hello-1.jar");
        platform.awaitStatus("/hello/news", 200, WAIT);
        assertEquals("2.0.0", platform.awaitPlugin("hello", "ACTIVE", WAIT).path("version").asText());
        awaitNoProblem("b-hello-2.jar");
        platform.undeploy("b-hello-2.jar");
        platform.awaitPluginGone("hello", WAIT);
    }

    @Test
    void aCopyOfAFeaturesPluginComesAndGoesWithoutTouchingIt() throws Exception {
        JsonNode notes = platform.awaitPlugin("notes", "ACTIVE", WAIT);
        platform.deploy(PluginJars.named("district-test-plugin-notes"), "notes-copy.jar");
        String reason = awaitProblem("notes-copy.jar");
        assertTrue(reason.contains("already installed from a feature"), reason);
        platform.undeploy("notes-copy.jar");
        TestPlatform.await(() -> problem("notes-copy.jar").isEmpty(), WAIT, "the copy's problem cleared");
        Thread.sleep(1000); // a few polls: nothing may follow
        assertEquals(notes.path("version").asText(), platform.awaitPlugin("notes", "ACTIVE", WAIT).path("version").asText());
        assertTrue(platform.runtime().bundleContext().getBundles().length > 0);
        assertTrue(List.of(platform.runtime().bundleContext().getBundles()).stream()
                .anyMatch(b -> NOTES.equals(b.getSymbolicName()) && b.getLocation().contains("/bundles/")),
                "the feature's bundle is still installed");

        // a failed update through deploy/ (a newer jar whose migration fails) leaves the previous version on its data
        PluginManager manager = platform.runtime().service(PluginManager.class).orElseThrow();
        long featureBundle = consolePlugins().stream().filter(p -> p.id().equals("notes")).findFirst().orElseThrow()
                .bundleId();
        system(() -> {
            try {
                manager.uninstall(featureBundle, false, null);
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        platform.deploy(PluginJars.named("district-test-plugin-notes"), "notes.jar");
        platform.awaitPlugin("notes", "ACTIVE", WAIT);
        org.jdbi.v3.core.Jdbi jdbi = platform.runtime().database().jdbi("notes");
        jdbi.useHandle(h -> h.execute("insert into note (text, created) values ('社区议事会纪要', current_timestamp)"));
        platform.deploy(PluginJars.named("district-test-plugin-notes-broken"), "notes.jar");
        String failed = awaitProblem("notes.jar");
        assertTrue(failed.contains("database migration V2__broken.sql failed") && failed.contains("1.0.0 keeps running"),
                failed);
        PluginInfo after = consolePlugins().stream().filter(p -> p.id().equals("notes")).findFirst().orElseThrow();
        assertEquals("1.0.0", after.version());
        assertEquals("ACTIVE", after.state());
        assertEquals("1", after.schemaVersion());
        assertEquals(List.of("社区议事会纪要"),
                jdbi.withHandle(h -> h.createQuery("select text from note").mapTo(String.class).list()));
        platform.undeploy("notes.jar");
        platform.awaitPluginGone("notes", WAIT);
    }

    @Test
    void aFailedUpdateThroughDeployLeavesThePreviousVersionOnItsData() throws Exception {
        platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello-data.jar");
        platform.awaitPlugin("hello", "ACTIVE", WAIT);
        // an update whose activation throws: put back (as the console does), reported, still serving
        platform.deploy(PluginJars.named("district-test-plugin-hello-v3-failing"), "hello-data.jar");
        String reason = awaitProblem("hello-data.jar");
        assertTrue(reason.contains("failed and was undone") && reason.contains("1.0.0 keeps running"), reason);
        assertEquals("1.0.0", platform.awaitPlugin("hello", "ACTIVE", WAIT).path("version").asText());
        assertEquals(200, platform.status("/hello/greeting"));
        platform.undeploy("hello-data.jar");
        platform.awaitPluginGone("hello", WAIT);
    }

    @Test
    void aLibraryIsShownAsALibrary() throws Exception {
        Path csv = Path.of(org.apache.commons.csv.CSVFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        platform.deploy(csv, "commons-csv.jar");
        // it needs commons-io, which nothing here provides: installed, not resolved, and still a library
        TestPlatform.await(() -> consolePlugins().stream().anyMatch(p -> p.symbolicName().equals("org.apache.commons.commons-csv")),
                WAIT, "commons-csv listed");
        PluginInfo library = consolePlugins().stream()
                .filter(p -> p.symbolicName().equals("org.apache.commons.commons-csv")).findFirst().orElseThrow();
        assertTrue(library.library(), library.toString());
        assertEquals("", library.schemaVersion());
        awaitNoProblem("commons-csv.jar");
        platform.undeploy("commons-csv.jar");
        TestPlatform.await(() -> consolePlugins().stream().noneMatch(p -> p.symbolicName().equals("org.apache.commons.commons-csv")),
                WAIT, "commons-csv gone");
    }

    @Test
    void aPluginNamedLikeThePlatformGetsNoSchema(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path renamed = renamed(PluginJars.named("district-test-plugin-notes"), "cn.gov.laoshan.district.test.platform",
                dir.resolve("platform.jar"));
        platform.deploy(renamed, "platform-notes.jar");
        String reason = awaitProblem("platform-notes.jar");
        assertTrue(reason.contains("\"platform\" is reserved"), reason);
        assertFalse(List.of(platform.runtime().bundleContext().getBundles()).stream()
                .anyMatch(b -> "cn.gov.laoshan.district.test.platform".equals(b.getSymbolicName())));
        platform.undeploy("platform-notes.jar");
    }

    @Test
    void theAllowListHoldsForDeployToo() throws Exception {
        Path allowList = platform.home().resolve("conf/plugin-allowlist.txt");
        Files.writeString(allowList, "# only this digest\n" + "0".repeat(64) + "\n");
        try {
            platform.deploy(PluginJars.named("district-test-plugin-hello"), "hello-unlisted.jar");
            String reason = awaitProblem("hello-unlisted.jar");
            assertTrue(reason.contains("is not in conf/plugin-allowlist.txt"), reason);
            assertTrue(platform.plugin("hello").isEmpty(), "not installed");
        } finally {
            platform.undeploy("hello-unlisted.jar");
            Files.delete(allowList);
        }
    }

    /** A copy of a jar with another Bundle-SymbolicName. */
    static Path renamed(Path jar, String symbolicName, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream source = new JarInputStream(in)) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-SymbolicName"), symbolicName);
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
                for (JarEntry entry; (entry = source.getNextJarEntry()) != null;) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    source.transferTo(out);
                }
            }
        }
        return target;
    }
}
