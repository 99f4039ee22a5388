package cn.gov.laoshan.district.core.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A platform module's migrations on the class path: the {@code .sql} files directly in {@code location}, found
 * by listing the jar or directory that holds it.
 */
final class ClassPathMigrations extends MigrationFiles {

    ClassPathMigrations(ClassLoader loader, String location) {
        super(find(loader, location));
    }

    static Map<String, URL> find(ClassLoader loader, String location) {
        URL root = loader.getResource(location);
        if (root == null) {
            throw new IllegalStateException("no migrations at " + location);
        }
        Map<String, URL> files = new TreeMap<>();
        try {
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = location.endsWith("/") ? location : location + "/";
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".sql") && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> files.put(n.substring(prefix.length()), loader.getResource(n)));
                }
            } else {
                try (Stream<Path> list = Files.list(Path.of(root.toURI()))) {
                    for (Path file : list.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        files.put(file.getFileName().toString(), file.toUri().toURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
