package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.osgi.framework.Version;

import cn.gov.laoshan.district.core.db.PluginSchemas;
import cn.gov.laoshan.district.core.osgi.OsgiHeader;

/**
 * An uploaded plugin jar, checked before anything is installed: a bundle manifest (symbolic name, version), a
 * Declarative Services component that provides {@code DistrictPlugin}, its size within the limit, its SHA-256
 * digest on the allow-list when there is one. The jar is kept in a file of its own while it is looked at.
 */
public final class PluginJar {

    public static final long MAX_SIZE = 50L * 1024 * 1024;
    static final String PLUGIN_INTERFACE = "cn.gov.laoshan.district.api.plugin.DistrictPlugin";
    /** A jar signature's files (jarsigner: {@code META-INF/<name>.SF} and its block {@code .RSA}, {@code .DSA}, {@code .EC}). */
    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");
    static final Pattern PROVIDES_PLUGIN = Pattern.compile(
            "<provide\\s+interface\\s*=\\s*[\"']" + Pattern.quote(PLUGIN_INTERFACE) + "[\"']");

    private final Path file;
    private final String symbolicName;
    private final Version version;
    private final Attributes manifest;
    private final String sha256;
    private final List<String> migrations;
    private final boolean plugin;
    private final List<CertPath> signers;
    private final String releaseNotes;

    /** Release notes a jar may carry: this manifest header, or the first of {@link #NOTES_ENTRIES}. */
    public static final String NOTES_HEADER = "District-Release-Notes";
    static final List<String> NOTES_ENTRIES = List.of("META-INF/RELEASE-NOTES.txt", "META-INF/RELEASE-NOTES.md",
            "RELEASE-NOTES.txt", "RELEASE-NOTES.md");
    private static final int NOTES_MAX = 4000;

    /**
     * What was read from jars, by their SHA-256: a jar's bytes cannot change under the same digest, so a jar whose
     * digest is known (the approved catalogue's, kept under it) is not read again (issue 27: each listing read every
     * jar). Bounded; the facts are small (manifest, migration names, signers).
     */
    private static final Map<String, PluginJar> READ = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PluginJar> eldest) {
                    return size() > 1000;
                }
            });
    private static final java.util.concurrent.atomic.AtomicLong READS = new java.util.concurrent.atomic.AtomicLong();

    private PluginJar(Path file, String symbolicName, Version version, Attributes manifest, String sha256,
            List<String> migrations, boolean plugin, List<CertPath> signers, String releaseNotes) {
        this.signers = signers;
        this.releaseNotes = releaseNotes;
        this.plugin = plugin;
        this.file = file;
        this.symbolicName = symbolicName;
        this.version = version;
        this.manifest = manifest;
        this.sha256 = sha256;
        this.migrations = migrations;
    }

    /**
     * Checks the jar at {@code file}; throws {@link ConsoleException} with the reason when it is not a plugin this
     * platform accepts.
     *
     * @param allowList SHA-256 digests allowed (lower-case hex); empty = any
     */
    public static PluginJar check(Path file, List<String> allowList) throws IOException {
        PluginJar jar = checkBundle(file, allowList);
        if (!jar.isPlugin()) {
            throw new ConsoleException("console.error.not-a-plugin",
                    "the bundle declares no component providing " + PLUGIN_INTERFACE + ": it is not a district plugin");
        }
        return jar;
    }

    /**
     * As {@link #check}, for a jar whose SHA-256 is known and whose bytes cannot have changed (a jar the approved
     * catalogue keeps under its digest, checked against it before any install): what was read from it before is
     * used again; the allow-list (which may change) is applied each time.
     */
    public static PluginJar checkKnown(Path file, String sha256, List<String> allowList) throws IOException {
        PluginJar known = READ.get(sha256);
        if (known == null) {
            known = check(file, List.of());
            if (!known.sha256().equals(sha256)) {
                throw new ConsoleException("console.error.digest-differs", "the file's SHA-256 " + known.sha256()
                        + " is not the expected " + sha256, sha256);
            }
        }
        if (!allowList.isEmpty() && !allowList.contains(sha256)) {
            throw new ConsoleException("console.error.not-allowed",
                    "the file's SHA-256 digest " + sha256 + " is not in conf/plugin-allowlist.txt", sha256);
        }
        return known.at(file);
    }

    /** How many jars were read through since the start (for the cache's test). */
    public static long reads() {
        return READS.get();
    }

    /** The same facts for a copy of the jar at {@code other}. */
    public PluginJar at(Path other) {
        return other.equals(file) ? this : new PluginJar(other, symbolicName, version, manifest, sha256, migrations,
                plugin, signers, releaseNotes);
    }

    /**
     * Checks that the file at {@code file} is a complete, readable OSGi bundle (a plugin or a library) that the
     * allow-list admits; throws {@link ConsoleException} with the reason when not. A plugin's symbolic name must also
     * give it a schema of its own (not a reserved one).
     */
    public static PluginJar checkBundle(Path file, List<String> allowList) throws IOException {
        long size = Files.size(file);
        if (size > MAX_SIZE) {
            throw new ConsoleException("console.error.too-large", "the file is larger than 50 MB", MAX_SIZE / 1024 / 1024);
        }
        if (size == 0) {
            throw new ConsoleException("console.error.not-a-jar", "the file is empty, not a jar");
        }
        String digest = sha256(file);
        if (!allowList.isEmpty() && !allowList.contains(digest)) {
            throw new ConsoleException("console.error.not-allowed",
                    "the file's SHA-256 digest " + digest + " is not in conf/plugin-allowlist.txt", digest);
        }
        Manifest manifest;
        List<String> components = new ArrayList<>();
        List<String> migrations = new ArrayList<>();
        Map<String, String> notes = new TreeMap<>();
        java.util.Set<List<CertPath>> entrySigners = new java.util.HashSet<>();
        boolean signatureFiles = false;
        READS.incrementAndGet();
        // opened verifying: a signed jar's entries are checked against its signature while they are read through
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            manifest = jar.getManifest();
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (SIGNATURE_FILE.matcher(name).matches()) {
                    signatureFiles = true;
                }
                if (!entry.isDirectory()) {
                    // every entry is read through (CRC checked): a damaged jar is refused here, not when a class loads
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (SecurityException e) {
                        throw new ConsoleException("console.error.signature-invalid", "the jar's signature does not"
                                + " match its content at " + name + " (changed after signing): " + e.getMessage(),
                                name);
                    }
                    if (!name.startsWith("META-INF/")) {
                        // the signers of every entry, which must be the same: a jar signed in part is not signed
                        CodeSigner[] codeSigners = entry.getCodeSigners();
                        entrySigners.add(codeSigners == null ? List.of() : java.util.Arrays.stream(codeSigners)
                                .map(CodeSigner::getSignerCertPath).toList());
                    }
                }
                if (NOTES_ENTRIES.contains(name)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        notes.put(name, new String(in.readNBytes(NOTES_MAX * 4), StandardCharsets.UTF_8));
                    }
                }
                if (name.startsWith("OSGI-INF/") && name.endsWith(".xml")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        components.add(new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8));
                    }
                } else if (name.startsWith("db/migration/") && name.endsWith(".sql")
                        && name.indexOf('/', "db/migration/".length()) < 0) {
                    migrations.add(name.substring("db/migration/".length()));
                }
            }
        } catch (SecurityException e) {
            throw new ConsoleException("console.error.signature-invalid", "the jar's signature cannot be verified: "
                    + e.getMessage(), String.valueOf(e.getMessage()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConsoleException("console.error.not-a-jar", "the file is not a readable jar (damaged or incomplete): "
                    + e.getMessage(), String.valueOf(e.getMessage()));
        }
        if (manifest == null) {
            throw new ConsoleException("console.error.not-a-bundle", "the jar has no manifest: it is not an OSGi bundle");
        }
        Attributes main = manifest.getMainAttributes();
        String bsn = main.getValue("Bundle-SymbolicName");
        if (bsn == null || bsn.isBlank() || !"2".equals(trim(main.getValue("Bundle-ManifestVersion")))) {
            throw new ConsoleException("console.error.not-a-bundle",
                    "the manifest has no Bundle-SymbolicName or Bundle-ManifestVersion 2: it is not an OSGi bundle");
        }
        Version version;
        try {
            version = Version.parseVersion(trim(main.getValue("Bundle-Version")));
        } catch (IllegalArgumentException e) {
            throw new ConsoleException("console.error.not-a-bundle", "the Bundle-Version is not a version");
        }
        String symbolicName = OsgiHeader.symbolicName(bsn);
        if (!PluginSchemas.validSymbolicName(symbolicName)) {
            throw new ConsoleException("console.error.bad-name", "the Bundle-SymbolicName \"" + symbolicName
                    + "\" is not a valid OSGi symbolic name", symbolicName);
        }
        boolean plugin = main.getValue("Service-Component") != null
                && components.stream().anyMatch(xml -> PROVIDES_PLUGIN.matcher(xml).find());
        String refusal = plugin ? PluginSchemas.refusal(symbolicName) : null;
        if (refusal != null) {
            throw new ConsoleException("console.error.reserved-schema", refusal, symbolicName);
        }
        Collections.sort(migrations);
        List<CertPath> signers = List.of();
        if (signatureFiles) {
            if (entrySigners.size() != 1 || entrySigners.iterator().next().isEmpty()) {
                throw new ConsoleException("console.error.signature-invalid", "the jar carries a signature that does"
                        + " not cover all its content (entries unsigned or signed by others)", "META-INF");
            }
            signers = entrySigners.iterator().next();
        }
        String headerNotes = main.getValue(NOTES_HEADER);
        String releaseNotes = headerNotes != null && !headerNotes.isBlank() ? headerNotes.strip()
                : NOTES_ENTRIES.stream().filter(notes::containsKey).findFirst().map(n -> notes.get(n).strip())
                        .orElse("");
        if (releaseNotes.length() > NOTES_MAX) {
            releaseNotes = releaseNotes.substring(0, NOTES_MAX);
        }
        PluginJar read = new PluginJar(file, symbolicName, version, main, digest, List.copyOf(migrations), plugin,
                signers, releaseNotes);
        READ.put(digest, read);
        return read;
    }

    /** The digests of {@code conf/plugin-allowlist.txt}: one per line, {@code #} comments; none when absent. */
    public static List<String> allowList(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> digests = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String digest = line.replaceAll("#.*", "").trim().toLowerCase(java.util.Locale.ROOT);
            if (!digest.isEmpty()) {
                digests.add(digest.split("\\s+")[0]);
            }
        }
        return digests;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /**
     * The certificate chains of those who signed every entry (the first certificate of each is the signer's); empty
     * when the jar is not signed. A jar whose signature does not match its content, or covers only part of it, is
     * refused when read ({@code console.error.signature-invalid}).
     */
    public List<CertPath> signers() {
        return signers;
    }

    /**
     * The release notes the jar carries (the {@value #NOTES_HEADER} header, else {@code META-INF/RELEASE-NOTES.txt}
     * or {@code .md}, or the same at the top), at most 4,000 characters; "" when none.
     */
    public String releaseNotes() {
        return releaseNotes;
    }

    /** Whether it is a district plugin (a component providing {@code DistrictPlugin}), else a library bundle. */
    public boolean isPlugin() {
        return plugin;
    }

    public Path file() {
        return file;
    }

    public String symbolicName() {
        return symbolicName;
    }

    public Version version() {
        return version;
    }

    public String header(String name) {
        return manifest.getValue(name);
    }

    public String sha256() {
        return sha256;
    }

    /** The file names of its SQL migrations ({@code db/migration/V1__notes.sql}), sorted. */
    public List<String> migrations() {
        return migrations;
    }

    /** The migrations as URLs into the jar, for Flyway. */
    public Map<String, URL> migrationUrls() throws IOException {
        Map<String, URL> urls = new TreeMap<>();
        for (String name : migrations) {
            urls.put(name, new URL("jar:" + file.toUri() + "!/db/migration/" + name));
        }
        return urls;
    }

    /** The schema id the platform gives a bundle of this symbolic name (as {@code PluginDatabases.schemaId}). */
    public String schemaId() {
        return PluginSchemas.schemaId(symbolicName);
    }
}
