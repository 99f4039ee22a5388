package cn.gov.laoshan.district.console.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarTest {

    @TempDir
    Path dir;

    private Path jar(Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(manifest.getMainAttributes()::putValue);
        Path file = Files.createTempFile(dir, "plugin", ".jar");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (var entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    private static final Map<String, String> BUNDLE = Map.of("Bundle-ManifestVersion", "2",
            "Bundle-SymbolicName", "org.example.notes;singleton:=true", "Bundle-Version", "1.2.0",
            "Service-Component", "OSGI-INF/org.example.NotesPlugin.xml");
    private static final String COMPONENT = "<scr:component name=\"x\"><service>"
            + "<provide interface=\"cn.gov.laoshan.district.api.plugin.DistrictPlugin\"/></service></scr:component>";

    @Test
    void aPluginIsReadWithItsMigrations() throws IOException {
        PluginJar jar = PluginJar.check(jar(BUNDLE, Map.of("OSGI-INF/org.example.NotesPlugin.xml", COMPONENT,
                "db/migration/V2__more.sql", "", "db/migration/V1__notes.sql", "")), List.of());
        assertEquals("org.example.notes", jar.symbolicName());
        assertEquals("1.2.0", jar.version().toString());
        assertEquals("notes", jar.schemaId());
        assertEquals(List.of("V1__notes.sql", "V2__more.sql"), jar.migrations());
        assertEquals(64, jar.sha256().length());
    }

    @Test
    void aBundleWithoutThePluginComponentIsRefused() throws IOException {
        Path file = jar(BUNDLE, Map.of("OSGI-INF/org.example.NotesPlugin.xml",
                COMPONENT.replace("DistrictPlugin", "SomethingElse")));
        assertEquals("console.error.not-a-plugin", assertThrows(ConsoleException.class,
                () -> PluginJar.check(file, List.of())).key());
    }

    @Test
    void aPlainJarIsNotABundle() throws IOException {
        Path file = jar(Map.of(), Map.of());
        assertEquals("console.error.not-a-bundle", assertThrows(ConsoleException.class,
                () -> PluginJar.check(file, List.of())).key());
    }

    @Test
    void theAllowListIsEnforcedWhenPresent() throws IOException {
        Path file = jar(BUNDLE, Map.of("OSGI-INF/org.example.NotesPlugin.xml", COMPONENT));
        String digest = PluginJar.sha256(file);
        Path list = Files.writeString(dir.resolve("plugin-allowlist.txt"), "# approved\n" + digest.toUpperCase() + "  notes 1.2.0\n");
        assertEquals(digest, PluginJar.check(file, PluginJar.allowList(list)).sha256());
        Files.writeString(list, "0".repeat(64) + "\n");
        assertEquals("console.error.not-allowed", assertThrows(ConsoleException.class,
                () -> PluginJar.check(file, PluginJar.allowList(list))).key());
        assertEquals(List.of(), PluginJar.allowList(dir.resolve("missing.txt")));
    }

    @Test
    void everyMessageKeyIsInBothLanguages() throws IOException {
        var zh = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/cn/gov/laoshan/district/console/i18n/messages.properties");
                var b = getClass().getResourceAsStream("/cn/gov/laoshan/district/console/i18n/messages_en.properties")) {
            zh.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertEquals(zh.keySet(), en.keySet());
    }
}
