package cn.gov.laoshan.district.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.runtime.PlatformRuntime;
import cn.gov.laoshan.district.runtime.RuntimeOptions;

/**
 * A real platform for a test: Felix, Jetty and the Vaadin shell in the test's JVM, on a free port of 127.0.0.1,
 * with a temporary home that is deleted on {@link #close()}. Plugins are deployed the way an operator does it:
 * by dropping their jar into {@code deploy/}.
 *
 * <pre>{@code
 * try (TestPlatform platform = TestPlatform.start()) {
 *     platform.deploy(PluginJars.ownJar());
 *     platform.awaitStatus("/mediation/cases", 200, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class TestPlatform implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final PlatformRuntime runtime;
    private volatile String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestPlatform(Path home, PlatformRuntime runtime) {
        this.home = home;
        this.runtime = runtime;
    }

    /** Starts a platform with a fresh temporary home and no plugins. */
    public static TestPlatform start() throws Exception {
        Path home = Files.createTempDirectory("district-test-home");
        return start(RuntimeOptions.forHome(home));
    }

    /** Starts a platform with the given options; the home is deleted on close. */
    public static TestPlatform start(RuntimeOptions options) throws Exception {
        System.setProperty("district.home", options.home().toString());
        return new TestPlatform(options.home(), PlatformRuntime.start(options));
    }

    /** Starts a platform whose modules and jobs take the time from {@code clock} (a clock the test moves). */
    public static TestPlatform start(RuntimeOptions options, java.time.Clock clock) throws Exception {
        System.setProperty("district.home", options.home().toString());
        return new TestPlatform(options.home(), PlatformRuntime.start(options, clock));
    }

    public PlatformRuntime runtime() {
        return runtime;
    }

    /** The random password of a demo account, from {@code conf/demo-accounts.txt} (a platform started with demo data). */
    public String demoPassword(String login) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(home().resolve("conf/demo-accounts.txt")).stream()
                .filter(l -> l.startsWith(login + "\t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo account " + login)).split("\t")[1];
    }

    public Path home() {
        return home;
    }

    /** {@code http://127.0.0.1:<port>} without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + runtime.port();
    }

    /**
     * The administrator's password: the initial one the runtime wrote to {@code conf/initial-admin-password}, or
     * the one set since with {@link #adminPasswordChanged}.
     */
    public String adminPassword() {
        if (adminPassword != null) {
            return adminPassword;
        }
        try {
            return Files.readString(runtime.adminPasswordFile()).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Remembers the administrator's new password (after the forced change at first sign-in). */
    public void adminPasswordChanged(String password) {
        this.adminPassword = password;
    }

    /**
     * Drops a plugin jar into {@code deploy/} under {@code fileName}, atomically (copied beside, then moved), so
     * the watcher never reads half a file. A file of that name already there is replaced: an update.
     */
    public Path deploy(Path jar, String fileName) {
        try {
            Path target = runtime.home().deploy().resolve(fileName);
            Path partial = runtime.home().root().resolve(fileName + ".partial");
            Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a plugin jar into {@code deploy/} under its own file name. */
    public Path deploy(Path jar) {
        return deploy(jar, jar.getFileName().toString());
    }

    /** Deletes a jar from {@code deploy/}: the watcher uninstalls the plugin. */
    public void undeploy(String fileName) {
        try {
            Files.deleteIfExists(runtime.home().deploy().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status of a GET of {@code path}, redirects not followed. */
    public int status(String path) {
        return get(path).statusCode();
    }

    public HttpResponse<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
                    .GET().build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code GET /health} with every detail, parsed: asked locally with the admin token of {@code data/admin.token},
     * as {@code bin/district status} does (without it, {@code /health} tells only the status and the plugins' states).
     */
    public JsonNode health() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/health")).timeout(Duration.ofSeconds(10))
                    .header("X-District-Admin-Token", Files.readString(runtime.adminTokenFile()).strip()).GET().build();
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The health entry of one plugin (by plugin id or bundle symbolic name), if installed. */
    public Optional<JsonNode> plugin(String id) {
        for (JsonNode plugin : health().path("plugins")) {
            if (id.equals(plugin.path("id").asText())) {
                return Optional.of(plugin);
            }
        }
        return Optional.empty();
    }

    /** Waits until {@code GET path} answers {@code status}; returns how long it took. */
    public Duration awaitStatus(String path, int status, Duration timeout) {
        return await(() -> status(path) == status, timeout, "GET " + path + " to answer " + status);
    }

    /** Waits until the plugin reports {@code state} in {@code /health}. */
    public JsonNode awaitPlugin(String id, String state, Duration timeout) {
        await(() -> plugin(id).map(p -> state.equals(p.path("state").asText())).orElse(false), timeout,
                "plugin " + id + " to be " + state);
        return plugin(id).orElseThrow();
    }

    /**
     * Waits until the demo data of plugin {@code id} is all there: every row of its schema's {@code demo_seeding}
     * table finished (uikit {@code DemoSeeding.resumable}, which seeds on a thread of its own after the plugin is
     * active). A test that opens a record as soon as it is listed would otherwise meet it half-made (a housing
     * project registered, its plan not yet). Returns at once for a plugin without that table. A plugin whose demo data
     * comes in several parts registers them all before the first starts ({@code DemoSeeding.Part}), so a quick first
     * part never looks like the whole.
     */
    public void awaitDemoData(String id, Duration timeout) {
        // through the platform's own schema: a plugin without a schema has none to connect to
        javax.sql.DataSource data = runtime.database().dataSource(cn.gov.laoshan.district.core.db.Database.PLATFORM_SCHEMA);
        await(() -> seedingFinished(data, id), timeout, "the demo data of " + id);
    }

    private static boolean seedingFinished(javax.sql.DataSource data, String id) {
        try (java.sql.Connection connection = data.getConnection()) {
            boolean tracked = false;
            try (java.sql.ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    tracked |= "demo_seeding".equalsIgnoreCase(tables.getString("TABLE_NAME"))
                            && id.equalsIgnoreCase(tables.getString("TABLE_SCHEM"));
                }
            }
            if (!tracked) {
                return true;
            }
            try (java.sql.Statement query = connection.createStatement();
                    java.sql.ResultSet rows = query.executeQuery(
                            "select count(*), sum(finished) from " + id + ".demo_seeding")) {
                rows.next();
                // a row is written when the seeding starts: none yet means it has not started
                return rows.getInt(1) > 0 && rows.getInt(1) == rows.getInt(2);
            }
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** Waits until the plugin is no longer listed in {@code /health}. */
    public void awaitPluginGone(String id, Duration timeout) {
        await(() -> plugin(id).isEmpty(), timeout, "plugin " + id + " to be uninstalled");
    }

    /** Polls {@code condition} every 20 ms until true; fails with {@code what} after {@code timeout}. */
    public static Duration await(BooleanSupplier condition, Duration timeout, String what) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        runtime.close();
        deleteTree(home);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary directory is not worth failing a test for
        }
    }
}
