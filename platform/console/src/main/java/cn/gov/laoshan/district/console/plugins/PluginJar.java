package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
    static final Pattern PROVIDES_PLUGIN = Pattern.compile(
            "<provide\\s+interface\\s*=\\s*[\"']" + Pattern.quote(PLUGIN_INTERFACE) + "[\"']");

    private final Path file;
    private final String symbolicName;
    private final Version version;
    private final Attributes manifest;
    private final String sha256;
    private final List<String> migrations;
    private final boolean plugin;

    private PluginJar(Path file, String symbolicName, Version version, Attributes manifest, String sha256,
            List<String> migrations, boolean plugin) {
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
        try (JarFile jar = new JarFile(file.toFile())) {
            manifest = jar.getManifest();
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory()) {
                    // every entry is read through (CRC checked): a damaged jar is refused here, not when a class loads
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
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
        } catch (IOException | SecurityException | IllegalArgumentException e) {
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
        return new PluginJar(file, symbolicName, version, main, digest, List.copyOf(migrations), plugin);
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
