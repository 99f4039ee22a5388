package cn.gov.laoshan.district.console.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jdbi.v3.core.Jdbi;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * Plugin repositories as the approved catalogue's sources (issue 27): a directory on the server, or a Maven
 * repository (http or https, reachable from the server) with the plugins' {@code groupId:artifactId}s — Maven has no
 * listing of a repository's artifacts, so the administrator names them; each one's {@code maven-metadata.xml} gives
 * its versions (releases; {@code -SNAPSHOT} versions are skipped), and each version's jar is read. Every jar found is
 * a candidate with its department, version, requirements (the dry run against the running platform), migrations,
 * release notes, SHA-256 and signature; approving one ({@link ApprovedCatalogue#stageCandidate}) copies it into the
 * catalogue's own store, so that a repository that goes away breaks nothing approved or installed.
 *
 * <p>Reading is cached by what cannot change: a downloaded jar is kept under its SHA-256 in
 * {@code <home>/data/plugin-repositories/} and a release URL is not downloaded again; a directory's file is read
 * again only when its size or time changed; what was read from a jar is kept by its digest ({@link PluginJar}).
 * Platform administrators only ({@value PluginManager#INSTALL}); adding and removing a repository are audited.
 */
public final class PluginRepositories {

    public enum Kind {
        DIRECTORY, MAVEN
    }

    /** A registered repository. */
    public record Repository(long id, Kind kind, String location, List<String> artifacts, String addedBy,
            Instant addedAt) {
        public Repository {
            artifacts = List.copyOf(artifacts);
        }
    }

    /**
     * A jar a repository offers.
     *
     * @param source    where it was found (file path or URL)
     * @param file      a local copy (the directory's file, or the download kept by digest)
     * @param dryRun    what it would do on this platform now, or {@code null} when it was refused
     * @param refusal   why it cannot be approved as it is (not a plugin, invalid signature, …), or {@code null}
     * @param signature its signature against the trusted signers now
     * @param entry     the catalogue's entry of the same bytes, if any
     * @param department the department it would be approved for: the installed plugin's, else the jar's
     *                   {@value ApprovedCatalogue#DEPARTMENT_HEADER} header, else ""
     */
    public record Candidate(Repository repository, String source, Path file, String sha256, DryRun dryRun,
            ConsoleException refusal, JarSignature signature, Optional<CatalogueEntry> entry, String department) {

        public boolean approvable() {
            return refusal == null && dryRun != null && dryRun.resolves()
                    && (entry.isEmpty() || entry.get().withdrawn());
        }
    }

    /** A repository (or one of its artifacts) that could not be read, with the reason. */
    public record Problem(Repository repository, String source, ConsoleException reason) {
    }

    /** What the repositories offer now. */
    public record Reading(List<Candidate> candidates, List<Problem> problems) {
    }

    private static final Pattern ARTIFACT = Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final int MAX_ARTIFACTS = 50;

    private final PluginManager manager;
    private final Jdbi jdbi;
    private final Path downloads;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final CatalogueSettings settings;
    private final Clock clock;
    private final Supplier<List<CatalogueEntry>> entries;
    /** A release jar's URL → its SHA-256 (a release is not re-published under the same URL). */
    private final Map<String, String> downloaded = new ConcurrentHashMap<>();
    /** A directory file's path, size and time → its SHA-256. */
    private final Map<String, String> files = new ConcurrentHashMap<>();

    PluginRepositories(PluginManager manager, Jdbi jdbi, Path home, AccessControl access,
            Supplier<Optional<AuditLog>> audit, CatalogueSettings settings, Clock clock,
            Supplier<List<CatalogueEntry>> entries) {
        this.manager = manager;
        this.jdbi = jdbi;
        this.downloads = home.resolve("data").resolve("plugin-repositories");
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.entries = entries;
    }

    // ---- the repositories

    public List<Repository> repositories() {
        access.check(PluginManager.INSTALL);
        return jdbi.withHandle(h -> h.createQuery("select id, kind, location, artifacts, added_by, added_at"
                + " from plugin_repository order by id").map((rs, ctx) -> new Repository(rs.getLong(1),
                        Kind.valueOf(rs.getString(2)), rs.getString(3), lines(rs.getString(4)), rs.getString(5),
                        rs.getTimestamp(6).toInstant())).list());
    }

    /**
     * Registers a repository: a directory (an absolute path on the server) or a Maven repository URL (http or
     * https) with its plugins' {@code groupId:artifactId}, one per line. Refused with the reason when malformed;
     * whether it answers shows in {@link #read}.
     */
    public Repository add(Kind kind, String location, String artifacts) {
        access.check(PluginManager.INSTALL);
        String where = location == null ? "" : location.strip();
        List<String> names = artifacts == null ? List.of() : Arrays.stream(artifacts.split("[\\s,;]+"))
                .map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        if (kind == Kind.DIRECTORY) {
            if (where.isEmpty() || !Path.of(where).isAbsolute() || where.length() > 1000) {
                throw new ConsoleException("console.repository.error.directory", "an absolute directory path on the"
                        + " server is needed: " + where, where);
            }
            names = List.of();
        } else {
            URI uri = uri(where);
            if (uri == null) {
                throw new ConsoleException("console.repository.error.url", "an http or https URL is needed: "
                        + where, where);
            }
            where = where.replaceAll("/+$", "");
            if (names.isEmpty() || names.size() > MAX_ARTIFACTS
                    || names.stream().anyMatch(a -> !ARTIFACT.matcher(a).matches())) {
                throw new ConsoleException("console.repository.error.artifacts", "name the plugins as groupId:artifactId,"
                        + " one per line (1 to " + MAX_ARTIFACTS + ")", MAX_ARTIFACTS);
            }
        }
        String login = login();
        Instant now = clock.instant();
        String location1 = where;
        List<String> names1 = names;
        long id = jdbi.inTransaction(h -> {
            long newId = h.createUpdate("insert into plugin_repository (kind, location, artifacts, added_by, added_at)"
                    + " values (:kind, :location, :artifacts, :by, :at)").bind("kind", kind.name())
                    .bind("location", location1).bind("artifacts", String.join("\n", names1)).bind("by", login)
                    .bind("at", Timestamp.from(now)).executeAndReturnGeneratedKeys(idColumn(h)).mapTo(Long.class)
                    .one();
            // in the transaction: no repository without its record
            record("catalogue.repository.add", kind + " " + location1, null, kind + " " + location1
                    + (names1.isEmpty() ? "" : " " + String.join(", ", names1)));
            return newId;
        });
        return new Repository(id, kind, where, names, login, now);
    }

    /** Forgets a repository; what was approved from it stays in the catalogue. */
    public void remove(long id) {
        access.check(PluginManager.INSTALL);
        Repository repository = repositories().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new ConsoleException("console.repository.error.no-such", "no such repository: "
                        + id, id));
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from plugin_repository where id = :id").bind("id", id).execute();
            record("catalogue.repository.remove", repository.kind() + " " + repository.location(),
                    repository.kind() + " " + repository.location(), null);
        });
    }

    // ---- reading

    /** Every candidate of every repository now, and what could not be read (an unreachable repository, …). */
    public Reading read() {
        access.check(PluginManager.INSTALL);
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Repository repository : repositories()) {
            if (repository.kind() == Kind.DIRECTORY) {
                readDirectory(repository, candidates, problems);
            } else {
                readMaven(repository, candidates, problems);
            }
        }
        return new Reading(candidates, problems);
    }

    private void readDirectory(Repository repository, List<Candidate> candidates, List<Problem> problems) {
        Path dir = Path.of(repository.location());
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            problems.add(new Problem(repository, repository.location(), new ConsoleException(
                    "console.repository.error.no-directory", "the directory " + dir + " does not exist or cannot be"
                            + " read", dir.toString())));
            return;
        }
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(dir, 6)) {
            jars = walk.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new Problem(repository, repository.location(), new ConsoleException(
                    "console.repository.error.no-directory", "the directory " + dir + " cannot be read: " + e,
                    dir.toString())));
            return;
        }
        for (Path jar : jars) {
            try {
                String key = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
                String sha = files.get(key);
                if (sha == null) {
                    sha = PluginJar.sha256(jar);
                    files.put(key, sha);
                }
                candidates.add(candidate(repository, jar.toString(), jar, sha));
            } catch (IOException e) {
                problems.add(new Problem(repository, jar.toString(), new ConsoleException(
                        "console.repository.error.read", "cannot read " + jar + ": " + e.getMessage(), jar.toString(),
                        String.valueOf(e.getMessage()))));
            }
        }
    }

    private void readMaven(Repository repository, List<Candidate> candidates, List<Problem> problems) {
        Duration timeout = settings.values().timeout();
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String artifact : repository.artifacts()) {
            String group = artifact.substring(0, artifact.indexOf(':'));
            String id = artifact.substring(artifact.indexOf(':') + 1);
            String base = repository.location() + "/" + group.replace('.', '/') + "/" + id + "/";
            List<String> versions;
            try {
                versions = versions(get(client, base + "maven-metadata.xml", timeout));
            } catch (ConsoleException e) {
                problems.add(new Problem(repository, base + "maven-metadata.xml", e));
                continue;
            }
            for (String version : versions) {
                String url = base + version + "/" + id + "-" + version + ".jar";
                try {
                    String sha = downloaded.get(url);
                    Path file = sha == null ? null : downloads.resolve(sha + ".jar");
                    if (file == null || !Files.isRegularFile(file)) {
                        file = download(client, url, timeout);
                        sha = file.getFileName().toString().replace(".jar", "");
                        downloaded.put(url, sha);
                    }
                    candidates.add(candidate(repository, url, file, sha));
                } catch (ConsoleException e) {
                    problems.add(new Problem(repository, url, e));
                } catch (IOException e) {
                    problems.add(new Problem(repository, url, unreachable(url, e)));
                }
            }
        }
    }

    private Candidate candidate(Repository repository, String source, Path file, String sha) {
        Optional<CatalogueEntry> entry = entries.get().stream().filter(e -> e.sha256().equals(sha)).findFirst();
        try {
            DryRun dry = manager.dryRunCandidate(file, sha);
            String header = dry.jar().header(ApprovedCatalogue.DEPARTMENT_HEADER);
            String department = manager.installedPlugin(dry.jar().symbolicName()).map(p -> p.departmentCode())
                    .filter(d -> !d.isEmpty()).orElse(header == null ? "" : header.trim());
            return new Candidate(repository, source, file, sha, dry, null,
                    JarSignature.of(dry.jar(), settings.signersDirectory()), entry, department);
        } catch (ConsoleException e) {
            JarSignature signature = "console.error.signature-invalid".equals(e.key()) ? JarSignature.invalid()
                    : JarSignature.UNSIGNED;
            return new Candidate(repository, source, file, sha, null, e, signature, entry, "");
        } catch (IOException e) {
            return new Candidate(repository, source, file, sha, null, new ConsoleException(
                    "console.repository.error.read", "cannot read " + source + ": " + e.getMessage(), source,
                    String.valueOf(e.getMessage())), JarSignature.UNSIGNED, entry, "");
        }
    }

    // ---- Maven over HTTP (the JDK's client)

    private static byte[] get(HttpClient client, String url, Duration timeout) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new ConsoleException("console.repository.error.status", url + " answered HTTP "
                        + response.statusCode(), url, response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw unreachable(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(url, new IOException("interrupted"));
        }
    }

    /** Downloads a jar (at most 50 MB) and keeps it owner-only under its SHA-256. */
    private Path download(HttpClient client, String url, Duration timeout) throws IOException {
        Files.createDirectories(downloads);
        SecretFiles.ownerOnly(downloads);
        Path partial = downloads.resolve(".download-" + UUID.randomUUID());
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ConsoleException("console.repository.error.status", url + " answered HTTP "
                            + response.statusCode(), url, response.statusCode());
                }
                try (OutputStream out = Files.newOutputStream(partial)) {
                    byte[] buffer = new byte[65536];
                    long total = 0;
                    for (int n; (n = in.read(buffer)) > 0;) {
                        total += n;
                        if (total > PluginJar.MAX_SIZE) {
                            throw new ConsoleException("console.error.too-large", "the file is larger than 50 MB",
                                    PluginJar.MAX_SIZE / 1024 / 1024);
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
            SecretFiles.ownerOnly(partial);
            Path kept = downloads.resolve(PluginJar.sha256(partial) + ".jar");
            Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The release versions of a {@code maven-metadata.xml} (no DTDs, no external entities). */
    static List<String> versions(byte[] metadata) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(metadata));
            NodeList nodes = document.getElementsByTagName("version");
            List<String> versions = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                // only <versioning><versions><version>, not the artifact's own <version> element
                if (nodes.item(i).getParentNode() != null
                        && "versions".equals(nodes.item(i).getParentNode().getNodeName())) {
                    String version = nodes.item(i).getTextContent().strip();
                    if (VERSION.matcher(version).matches() && !version.endsWith("-SNAPSHOT")
                            && !versions.contains(version)) {
                        versions.add(version);
                    }
                }
            }
            return versions;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ConsoleException("console.repository.error.metadata", "maven-metadata.xml cannot be read: "
                    + e.getMessage(), String.valueOf(e.getMessage()));
        }
    }

    private static ConsoleException unreachable(String url, IOException e) {
        String reason = e instanceof HttpTimeoutException ? "timed out" : e.toString();
        return new ConsoleException("console.repository.error.unreachable", "the repository cannot be reached at "
                + url + ": " + reason, url, reason);
    }

    private static URI uri(String location) {
        try {
            URI uri = new URI(location);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && location.length() <= 1000 ? uri
                            : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static String idColumn(org.jdbi.v3.core.Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().startsWith("Apache Derby") ? "ID" : "id";
        } catch (java.sql.SQLException e) {
            return "id";
        }
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private void record(String action, String object, String before, String after) {
        AuditLog log = audit.get().orElseThrow(() -> new IllegalStateException("the audit log is not available"));
        access.currentUser().ifPresentOrElse(
                user -> log.record(user, "console", action, "PluginRepository", object, before, after),
                () -> log.record("console", action, "PluginRepository", object, before, after));
    }
}
