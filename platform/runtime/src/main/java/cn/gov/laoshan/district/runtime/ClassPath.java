package cn.gov.laoshan.district.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The runtime's class path as a list of files, with {@code Class-Path} manifest entries followed (a launcher jar
 * such as Surefire's booter names the real entries there).
 */
final class ClassPath {

    private ClassPath() {
    }

    static List<Path> current() throws IOException {
        Set<Path> result = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry).toAbsolutePath().normalize(), result);
            }
        }
        return new ArrayList<>(result);
    }

    private static void add(Path entry, Set<Path> result) throws IOException {
        if (!result.add(entry) || !Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String item : classPath.trim().split("\\s+")) {
                if (item.isEmpty()) {
                    continue;
                }
                Path resolved = item.startsWith("file:") ? Path.of(java.net.URI.create(item))
                        : entry.getParent().resolve(item.replace("%20", " "));
                add(resolved.toAbsolutePath().normalize(), result);
            }
        }
    }
}
