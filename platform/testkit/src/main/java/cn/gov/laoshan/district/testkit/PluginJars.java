package cn.gov.laoshan.district.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds plugin jars built for tests.
 *
 * <ul>
 * <li>{@link #ownJar()}: the jar of the plugin module under test, named by the system property
 * {@code district.plugin.jar} (set by the plugin's Failsafe configuration, after {@code package}).</li>
 * <li>{@link #named(String)}: a jar from the directory named by {@code district.test-plugins.dir}.</li>
 * </ul>
 */
public final class PluginJars {

    private PluginJars() {
    }

    public static Path ownJar() {
        String jar = System.getProperty("district.plugin.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property district.plugin.jar must name the plugin's built jar: " + jar);
        }
        return Path.of(jar);
    }

    /** The jar {@code <artifactId>-<version>.jar} in {@code district.test-plugins.dir}. */
    public static Path named(String artifactId) {
        String dir = System.getProperty("district.test-plugins.dir");
        if (dir == null) {
            throw new IllegalStateException("system property district.test-plugins.dir is not set");
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            // artifactId, then "-" and a version: hello must not match hello-v2
            List<Path> matches = files.filter(f -> f.getFileName().toString()
                    .matches(java.util.regex.Pattern.quote(artifactId) + "-\\d.*\\.jar")).toList();
            if (matches.size() != 1) {
                throw new IllegalStateException("expected one jar of " + artifactId + " in " + dir + ", found " + matches);
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
