package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jdbi.v3.core.Jdbi;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.sun.net.httpserver.HttpServer;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.config.ConfigService;
import cn.gov.laoshan.district.console.config.Configurable;
import cn.gov.laoshan.district.console.catalogue.CatalogueEntry;
import cn.gov.laoshan.district.console.catalogue.CatalogueSettings;
import cn.gov.laoshan.district.console.catalogue.JarSignature;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories.Candidate;
import cn.gov.laoshan.district.console.catalogue.PluginRepositories.Kind;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testdoubles.JarSigning;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * Plugin repositories as the catalogue's sources, on a real platform: a directory on the server and a Maven
 * repository served over HTTP by the JDK's server in this test (Maven's layout: {@code maven-metadata.xml} and the
 * versions' jars) offer the hello test plugin's versions as candidates with their facts; one is approved from each;
 * then the repositories go away — the directory deleted, the server stopped — and what was approved is still listed
 * and installed from the catalogue's own store, while the repositories' reading says why they cannot be read.
 * Signatures required (set through Configuration Admin, as 配置 does) refuse an unsigned candidate.
 */
class PluginRepositoriesIT {

    private static final String GROUP = "cn.gov.laoshan.district.test";
    private static final String HELLO = "cn.gov.laoshan.district.test.hello";
    private static TestPlatform platform;
    private static ApprovedCatalogue catalogue;
    private static AccessControl access;
    private static Jdbi platformDb;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
        catalogue = platform.runtime().service(ApprovedCatalogue.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
        platformDb = platform.runtime().database().jdbi(Database.PLATFORM_SCHEMA);
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

    /** A Maven repository's layout for the artifact with these versions' jars. */
    private static Path mavenLayout(Path root, String artifactId, String... versionsAndArtifacts) throws IOException {
        Path dir = Files.createDirectories(root.resolve(GROUP.replace('.', '/')).resolve(artifactId));
        StringBuilder versions = new StringBuilder();
        for (int i = 0; i < versionsAndArtifacts.length; i += 2) {
            String version = versionsAndArtifacts[i];
            Path versionDir = Files.createDirectories(dir.resolve(version));
            Files.copy(PluginJars.named(versionsAndArtifacts[i + 1]), versionDir.resolve(artifactId + "-" + version
                    + ".jar"));
            versions.append("      <version>").append(version).append("</version>\n");
        }
        // a snapshot listed too: skipped (its jar is not even there)
        versions.append("      <version>3.0.0-SNAPSHOT</version>\n");
        Files.writeString(dir.resolve("maven-metadata.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<metadata>\n"
                + "  <groupId>" + GROUP + "</groupId>\n  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <versioning>\n    <latest>2.0.0</latest>\n    <release>2.0.0</release>\n    <versions>\n"
                + versions + "    </versions>\n  </versioning>\n</metadata>\n");
        return root;
    }

    /** Serves the files under {@code root} as a plain HTTP repository; counts the jar downloads. */
    private static HttpServer serve(Path root, AtomicInteger jarDownloads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/maven2/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring("/maven2/".length())).normalize();
            try (exchange) {
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (file.toString().endsWith(".jar")) {
                    jarDownloads.incrementAndGet();
                }
                byte[] bytes = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        });
        server.start();
        return server;
    }

    private static int count(String sql, Object... args) {
        return platformDb.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }

    @Test
    void candidatesFromADirectoryAndAMavenRepositoryAreApprovedAndOutliveTheirRepositories() throws Exception {
        PluginRepositories repositories = catalogue.repositories();
        Path directory = Files.createTempDirectory("plugin-repository");
        Files.copy(PluginJars.named("district-test-plugin-hello"), directory.resolve("hello-1.0.0.jar"));
        Files.writeString(directory.resolve("readme.txt"), "not a jar: ignored");
        Path mavenRoot = mavenLayout(Files.createTempDirectory("maven-repository"), "district-test-plugin-hello",
                "1.0.0", "district-test-plugin-hello", "2.0.0", "district-test-plugin-hello-v2");
        AtomicInteger downloads = new AtomicInteger();
        HttpServer server = serve(mavenRoot, downloads);
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2/";

        // 1. what the form refuses, with nothing registered
        assertEquals("console.repository.error.url", assertThrows(ConsoleException.class,
                () -> asAdmin(() -> repositories.add(Kind.MAVEN, "ftp://127.0.0.1/repo", GROUP + ":x"))).key());
        assertEquals("console.repository.error.artifacts", assertThrows(ConsoleException.class,
                () -> asAdmin(() -> repositories.add(Kind.MAVEN, url, "no-colon"))).key());
        assertEquals("console.repository.error.directory", assertThrows(ConsoleException.class,
                () -> asAdmin(() -> repositories.add(Kind.DIRECTORY, "relative/dir", ""))).key());
        assertEquals(List.of(), asAdmin(repositories::repositories));

        // 2. registered (audited) and read: three candidates with their facts, the snapshot skipped
        asAdmin(() -> repositories.add(Kind.DIRECTORY, directory.toString(), ""));
        asAdmin(() -> repositories.add(Kind.MAVEN, url, GROUP + ":district-test-plugin-hello"));
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.repository.add'"
                + " and object_type = 'PluginRepository' and object_id = ?", "DIRECTORY " + directory));
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.repository.add'"
                + " and object_id = ?", "MAVEN " + url.replaceAll("/+$", "")));
        PluginRepositories.Reading reading = asAdmin(repositories::read);
        assertEquals(List.of(), reading.problems(), String.valueOf(reading.problems()));
        assertEquals(3, reading.candidates().size());
        Candidate fromDirectory = reading.candidates().get(0);
        assertEquals(Kind.DIRECTORY, fromDirectory.repository().kind());
        assertEquals(PluginJar.sha256(PluginJars.named("district-test-plugin-hello")), fromDirectory.sha256());
        assertEquals(HELLO, fromDirectory.dryRun().jar().symbolicName());
        assertEquals("1.0.0", fromDirectory.dryRun().jar().version().toString());
        assertTrue(fromDirectory.dryRun().resolves());
        assertFalse(fromDirectory.dryRun().requirements().isEmpty(), "its requirements are named");
        assertEquals(JarSignature.Status.UNSIGNED, fromDirectory.signature().status());
        assertTrue(fromDirectory.approvable());
        Candidate v2 = reading.candidates().stream().filter(c -> c.source().endsWith("-2.0.0.jar")).findFirst()
                .orElseThrow();
        assertEquals(url + GROUP.replace('.', '/') + "/district-test-plugin-hello/2.0.0/district-test-plugin-hello-2.0.0.jar",
                v2.source());
        assertEquals("2.0.0", v2.dryRun().jar().version().toString());
        assertEquals("", v2.department(), "not installed, no District-Department header: named at approval");
        assertEquals(PluginJar.sha256(PluginJars.named("district-test-plugin-hello-v2")), v2.sha256());
        assertEquals(2, downloads.get());
        asAdmin(repositories::read);
        assertEquals(2, downloads.get(), "a release once downloaded is not downloaded again");

        // 3. signatures required (through Configuration Admin, as 配置 saves it): the unsigned candidate is refused.
        // The settings are described for 配置 by Metatype, in both languages
        ConfigService config = platform.runtime().service(ConfigService.class).orElseThrow();
        Configurable described = asAdmin(() -> config.configurables(Locale.SIMPLIFIED_CHINESE)).stream()
                .filter(c -> c.pid().equals(CatalogueSettings.PID)).findFirst().orElseThrow();
        assertEquals("插件目录：签名与仓库", described.name());
        assertEquals("console", described.pluginId());
        assertEquals("Plugin catalogue: signatures and repositories", asAdmin(() -> config.configurables(
                Locale.ENGLISH)).stream().filter(c -> c.pid().equals(CatalogueSettings.PID)).findFirst()
                .orElseThrow().name());
        ConfigurationAdmin configurations = configurationAdmin();
        Configuration settings = configurations.getConfiguration(CatalogueSettings.PID, "?");
        Hashtable<String, Object> required = new Hashtable<>();
        required.put(CatalogueSettings.REQUIRED, Boolean.TRUE);
        settings.update(required);
        awaitRequired(true);
        Path staged = asAdmin(() -> catalogue.stageCandidate(fromDirectory));
        ApprovedCatalogue.Review review = asAdmin(() -> catalogue.review(staged, fromDirectory.source()));
        assertFalse(review.signatureAdmitted(true));
        assertEquals("console.catalogue.error.signature-required", assertThrows(ConsoleException.class,
                () -> asAdmin(() -> catalogue.approve(staged, "office", "from the directory",
                        fromDirectory.source()))).key());
        settings.delete();
        awaitRequired(false);

        // 4. approved from each repository: copied into the catalogue's store, the source kept
        CatalogueEntry one = asAdmin(() -> {
            Path again = catalogue.stageCandidate(fromDirectory);
            return catalogue.approve(again, "office", "1.0.0 from the directory", fromDirectory.source());
        });
        assertEquals(fromDirectory.source(), one.source());
        CatalogueEntry two = asAdmin(() -> {
            Path again = catalogue.stageCandidate(v2);
            ApprovedCatalogue.Review r = catalogue.review(again, v2.source());
            assertEquals("", r.releaseNotes(), "the test plugin carries no release notes");
            return catalogue.approve(again, "office", "2.0.0 from Maven", v2.source());
        });
        assertTrue(Files.isRegularFile(platform.home().resolve("data/plugin-catalogue/" + two.sha256() + ".jar")));
        assertTrue(asAdmin(repositories::read).candidates().stream()
                .filter(c -> c.sha256().equals(two.sha256())).noneMatch(Candidate::approvable), "in the catalogue");

        // 5. the repositories go away: their reading says why; the catalogue still lists and installs what it approved
        server.stop(0);
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        PluginRepositories.Reading gone = asAdmin(repositories::read);
        assertEquals(List.of(), gone.candidates());
        assertEquals(List.of("console.repository.error.no-directory", "console.repository.error.unreachable"),
                gone.problems().stream().map(p -> p.reason().key()).toList());
        assertTrue(gone.problems().get(1).reason().getMessage().contains(url), gone.problems().get(1).reason()
                .getMessage());
        List<ApprovedCatalogue.Listing> listings = asAdmin(catalogue::listings);
        assertEquals(2, listings.size());
        assertTrue(listings.stream().allMatch(ApprovedCatalogue.Listing::resolves));
        assertEquals("2.0.0", asAdmin(() -> catalogue.install(two.sha256())).version());

        // 6. removing a repository is audited; what was approved from it stays
        for (PluginRepositories.Repository r : asAdmin(repositories::repositories)) {
            asAdmin(() -> {
                repositories.remove(r.id());
                return null;
            });
        }
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.repository.remove'"
                + " and object_id = ?", "DIRECTORY " + directory));
        assertEquals(2, asAdmin(catalogue::listings).size());
        assertNotNull(asAdmin(catalogue::listings).stream().filter(l -> l.entry().sha256().equals(one.sha256()))
                .findFirst().orElseThrow().entry(), "1.0.0 stays approved");
    }

    /**
     * Signed jars through the catalogue, signatures required: a jar signed by a trusted signer (its certificate in
     * {@code conf/plugin-signers}) is approved with its signer kept; one of an untrusted signer is refused; one changed
     * after signing is refused as invalid already at its review.
     */
    @Test
    void withSignaturesRequiredOnlyJarsOfTrustedSignersAreApproved() throws Exception {
        Path keys = Files.createTempDirectory("signing");
        JarSigning signing = JarSigning.in(keys).key("district", "CN=崂山区插件签名").key("stranger", "CN=Somebody Else");
        Path signers = Files.createDirectories(platform.home().resolve("conf/plugin-signers"));
        signing.certificate("district", signers.resolve("district.pem"));
        CatalogueSettings.Values before = catalogue.settings().values();
        catalogue.settings().set(new CatalogueSettings.Values(before.signersDirectory(), true, before.timeout()));
        try {
            Path trusted = signing.sign("district", PluginJars.named("district-test-plugin-notes"),
                    keys.resolve("notes-signed.jar"));
            CatalogueEntry entry = asAdmin(() -> {
                Path staged = catalogue.stage(Files.newInputStream(trusted));
                ApprovedCatalogue.Review review = catalogue.review(staged);
                assertEquals(JarSignature.Status.TRUSTED, review.signature().status());
                assertEquals("崂山区插件签名", review.signature().signer());
                return catalogue.approve(staged, "lighthouse", "signed by the district");
            });
            assertEquals("崂山区插件签名", entry.signedBy());
            assertEquals(JarSignature.Status.TRUSTED, asAdmin(catalogue::listings).stream()
                    .filter(l -> l.entry().sha256().equals(entry.sha256())).findFirst().orElseThrow().signature()
                    .status());

            Path untrusted = signing.sign("stranger", PluginJars.named("district-test-plugin-failing"),
                    keys.resolve("failing-signed.jar"));
            assertEquals("console.catalogue.error.signature-required", assertThrows(ConsoleException.class,
                    () -> asAdmin(() -> catalogue.approve(catalogue.stage(Files.newInputStream(untrusted)),
                            "lighthouse", "signed by a stranger"))).key());

            String someClass;
            try (var zip = new java.util.zip.ZipFile(trusted.toFile())) {
                someClass = zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(".class"))
                        .findFirst().orElseThrow();
            }
            Path changed = JarSigning.changed(trusted, keys.resolve("notes-changed.jar"), someClass, "other", false);
            ConsoleException invalid = assertThrows(ConsoleException.class, () -> asAdmin(() -> catalogue.review(
                    catalogue.stage(Files.newInputStream(changed)))));
            assertEquals("console.error.signature-invalid", invalid.key());
            assertTrue(invalid.getMessage().contains(someClass), invalid.getMessage());
        } finally {
            catalogue.settings().set(before);
        }
    }

    @Test
    void anUnreachableRepositoryIsNamedWithTheReasonInTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/nothing";
        PluginRepositories.Repository repository = asAdmin(() -> catalogue.repositories().add(Kind.MAVEN, url,
                GROUP + ":district-test-plugin-notes"));
        try {
            Instant before = Instant.now();
            PluginRepositories.Reading reading = asAdmin(catalogue.repositories()::read);
            assertTrue(Duration.between(before, Instant.now()).toSeconds() < 30, "within the timeout");
            PluginRepositories.Problem problem = reading.problems().stream()
                    .filter(p -> p.repository().id() == repository.id()).findFirst().orElseThrow();
            assertEquals("console.repository.error.unreachable", problem.reason().key());
        } finally {
            asAdmin(() -> {
                catalogue.repositories().remove(repository.id());
                return null;
            });
        }
    }

    private static ConfigurationAdmin configurationAdmin() {
        var system = platform.runtime().bundleContext();
        ServiceReference<ConfigurationAdmin> ref = system.getServiceReference(ConfigurationAdmin.class);
        return system.getService(ref);
    }

    private static void awaitRequired(boolean required) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (catalogue.settings().values().signaturesRequired() != required) {
            assertTrue(System.nanoTime() < deadline, "the setting reached the catalogue");
            Thread.sleep(50);
        }
    }
}
