package cn.gov.laoshan.district.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The api's README lists every exported package with the version bnd really exports it at, and every {@code @since}
 * in the api's javadoc has one form: the three-part version of its package that brought it.
 */
class ApiReadmeTest {

    private static final Pattern README_ROW = Pattern.compile("^\\| `(cn\\.gov\\.laoshan\\.district\\.api\\.[a-z.]+)` \\| ([^ |]+) \\|",
            Pattern.MULTILINE);
    private static final Pattern SINCE = Pattern.compile("@since\\s+(\\S+)");
    private static final Pattern ONE_FORM = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    @Test
    void readmeListsEveryExportedPackageWithItsVersion() throws IOException {
        Map<String, String> exported = exportedPackages();
        Map<String, String> listed = new TreeMap<>();
        Matcher row = README_ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            listed.put(row.group(1), row.group(2));
        }
        assertEquals(exported, listed, "platform/api/README.md's table against the built manifest's Export-Package");
    }

    @Test
    void everySinceIsAThreePartVersionNoLaterThanItsPackage() throws IOException {
        Map<String, String> exported = exportedPackages();
        List<String> wrong = new ArrayList<>();
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String pkg = sources.relativize(file.getParent()).toString().replace(file.getFileSystem()
                        .getSeparator(), ".");
                Matcher since = SINCE.matcher(Files.readString(file));
                while (since.find()) {
                    String version = since.group(1);
                    String packageVersion = exported.get(pkg);
                    if (!ONE_FORM.matcher(version).matches()) {
                        wrong.add(file + ": @since " + version + " (write the package version in three parts)");
                    } else if (packageVersion == null
                            || new Version(version).compareTo(new Version(packageVersion)) > 0) {
                        wrong.add(file + ": @since " + version + " is later than its package's " + packageVersion);
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    private static Map<String, String> exportedPackages() throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Parameters exports = OSGiHeader.parseHeader(manifest.getMainAttributes().getValue("Export-Package"));
        Map<String, String> versions = new TreeMap<>();
        for (Map.Entry<String, Attrs> export : exports.entrySet()) {
            versions.put(export.getKey(), export.getValue().getVersion());
        }
        assertTrue(versions.size() >= 11, "the api exports its packages: " + versions);
        return versions;
    }
}
