package cn.gov.laoshan.district.core.db;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import cn.gov.laoshan.district.api.data.DatabaseKind;

/**
 * Migration files handed to Flyway by name, because Flyway cannot scan another bundle's class path (nor, without
 * scanning, a jar it was not told about). Sources give the file names and their URLs.
 */
public class MigrationFiles implements ResourceProvider {

    private final Map<String, SqlResource> files = new TreeMap<>();

    /** @param urlsByFileName file name ({@code V1__cases.sql}) → where to read it */
    public MigrationFiles(Map<String, URL> urlsByFileName) {
        urlsByFileName.forEach((name, url) -> files.put(name, new SqlResource(url, name)));
    }

    /**
     * A plugin's migrations on a class path, for its own tests: the {@code .sql} files directly in
     * {@code db/migration/} and in the folder of the database's kind ({@code db/migration/derby/}), as
     * {@link PluginDatabases#migrations} finds them in the plugin's bundle. Give it a class loader that sees only
     * the plugin's classes, so that no other jar's {@code db/migration} is taken instead.
     */
    public static MigrationFiles ofPlugin(ClassLoader loader, DatabaseKind kind) {
        Map<String, URL> files = new TreeMap<>();
        for (String folder : new String[] {PluginDatabases.MIGRATIONS,
                PluginDatabases.MIGRATIONS + "/" + kind.name().toLowerCase(java.util.Locale.ROOT)}) {
            if (loader.getResource(folder) != null) {
                files.putAll(ClassPathMigrations.find(loader, folder));
            }
        }
        return new MigrationFiles(files);
    }

    /**
     * A plugin jar's migrations read from the file, before it is a bundle: the same {@code .sql} files that
     * {@link PluginDatabases#migrations} finds in the installed bundle (in {@code db/migration/} and the database
     * kind's folder), by URLs into the jar. The runtime applies a feature's plugins' migrations with them ahead of
     * the bundles' start, so that a plugin's activation finds its schema up to date.
     */
    public static MigrationFiles ofJar(java.nio.file.Path jar, DatabaseKind kind) throws java.io.IOException {
        Map<String, URL> files = new TreeMap<>();
        String[] folders = {PluginDatabases.MIGRATIONS + "/",
                PluginDatabases.MIGRATIONS + "/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/"};
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            for (String folder : folders) {
                for (java.util.jar.JarEntry entry : java.util.Collections.list(file.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(folder) && name.endsWith(".sql") && name.indexOf('/', folder.length()) < 0) {
                        // the kind's folder after the portable one: the same file name there replaces it, as in a bundle
                        files.put(name.substring(folder.length()), new URL("jar:" + jar.toUri() + "!/" + name));
                    }
                }
            }
        }
        return new MigrationFiles(files);
    }

    /** The migration file names, in order. */
    public List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    @Override
    public LoadableResource getResource(String name) {
        return files.get(name.substring(name.lastIndexOf('/') + 1));
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (SqlResource file : files.values()) {
            if (file.getFilename().startsWith(prefix) && endsWithAny(file.getFilename(), suffixes)) {
                matching.add(file);
            }
        }
        matching.sort(Comparator.comparing(LoadableResource::getFilename));
        return matching;
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
