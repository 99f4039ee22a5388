package cn.gov.laoshan.district.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostPackagesTest {

    @TempDir
    Path dir;

    @Test
    void exportHeaderKeepsVersionsAndDropsDirectives() {
        Map<String, String> exports = HostPackages.parseExports(
                "com.a;version=\"1.2.3\";uses:=\"com.b,com.c\",com.b;com.c;version=2.0,com.d");
        assertEquals(Map.of("com.a", "1.2.3", "com.b", "2.0", "com.c", "2.0", "com.d", "0.0.0"), exports);
    }

    @Test
    void mavenVersionsBecomeOsgiVersions() {
        assertEquals("2.0.20", HostPackages.osgiVersion("2.0.20"));
        assertEquals("1.2.0.SNAPSHOT", HostPackages.osgiVersion("1.2-SNAPSHOT"));
        assertEquals("3.0.5.slf4jvaadin1", HostPackages.osgiVersion("3.0.5.slf4jvaadin1"));
        assertEquals("7.0.0", HostPackages.osgiVersion("7"));
        assertEquals("0.0.0", HostPackages.osgiVersion("unknown"));
    }

    @Test
    void scansDeclaredExportsPlainJarsAndSkipsBundlesAndPrivateJars() throws IOException {
        Path exporting = jar("exporting-1.0.jar", Map.of("Bundle-SymbolicName", "lib.exporting",
                "Export-Package", "org.lib.api;version=\"1.4.0\""), List.of("org/lib/api/A.class", "org/lib/impl/B.class"));
        Path plain = jar("plain-2.5.1.jar", Map.of("Implementation-Version", "2.5.1"), List.of("org/plain/C.class"));
        Path standard = jar("scr-2.2.12.jar", Map.of("Bundle-SymbolicName", "org.apache.felix.scr",
                "Export-Package", "org.apache.felix.scr.info;version=1.0"), List.of("org/apache/felix/scr/info/D.class"));
        Path privateJar = jar("district-runtime-0.1.jar", Map.of(),
                List.of("org/district/E.class", "META-INF/maven/cn.gov.laoshan.district/district-runtime/pom.properties"));
        Path foreign = jar("test-only-1.0.jar", Map.of(), List.of("org/testonly/F.class"));

        HostPackages host = HostPackages.scan(List.of(exporting, plain, standard, privateJar, foreign),
                Set.of("exporting-1.0.jar", "plain-2.5.1.jar", "scr-2.2.12.jar", "district-runtime-0.1.jar"),
                Set.of("org.apache.felix.scr"));

        assertEquals(Map.of("org.lib.api", "1.4.0", "org.plain", "2.5.1"), host.packages());
        assertEquals("org.lib.api;version=\"1.4.0\",org.plain;version=\"2.5.1\"", host.asSystemPackagesExtra());
    }

    @Test
    void theRuntimeKnowsItsOwnJars() throws IOException {
        Set<String> jars = HostPackages.runtimeJars();
        assertTrue(jars.stream().anyMatch(name -> name.startsWith("flow-server-")), jars.toString());
        assertTrue(jars.stream().anyMatch(name -> name.startsWith("district-api-")), jars.toString());
        assertFalse(jars.stream().anyMatch(name -> name.startsWith("junit")), jars.toString());
    }

    private Path jar(String name, Map<String, String> headers, List<String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((key, value) -> manifest.getMainAttributes().putValue(key, value));
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.write(new byte[] {1});
                jar.closeEntry();
            }
        }
        return file;
    }
}
