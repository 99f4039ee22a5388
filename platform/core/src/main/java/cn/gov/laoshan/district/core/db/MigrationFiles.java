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
