package cn.gov.laoshan.district.console.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.felix.fileinstall.shaded.util.properties.ConfigurationHandler;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;

import cn.gov.laoshan.district.core.security.SecretFiles;

/**
 * A configuration's {@code conf/<pid>.cfg} file in FileInstall's typed format ({@code key = I"16"}), owner-only.
 *
 * <p>Each value is written by {@link ConfigurationHandler} — the class FileInstall itself reads {@code .cfg} values
 * with (the copy inside the FileInstall jar on the runtime's class path, so writer and reader are the same version).
 * The properties layer around it needs one step of its own: FileInstall's {@code TypedProperties} unescapes
 * backslashes twice when it loads (properties, then typed value) but its {@code save} escapes them once, so a value
 * such as {@code C:\data} written with it comes back as {@code C:data}. Here every backslash except a line
 * continuation is doubled, which is what the loader undoes.
 */
final class CfgFile {

    static final String FILENAME = "felix.fileinstall.filename";
    /** Kept by Configuration Admin and FileInstall themselves, never written to the file. */
    static final Set<String> RESERVED = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, FILENAME);
    private static final String HEADER =
            "# Written by the admin console; FileInstall keeps this file and Configuration Admin in step.\n";

    private CfgFile() {
    }

    /** Writes the file owner-only, replaced atomically (through {@link SecretFiles}: it may hold passwords). */
    static void write(Path file, Map<String, Object> values) throws IOException {
        SecretFiles.write(file, text(values));
    }

    /** Makes an existing file (one FileInstall or an admin wrote) owner-only again. */
    static void ownerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            SecretFiles.ownerOnly(file);
        }
    }

    static String text(Map<String, Object> values) {
        StringBuilder out = new StringBuilder(HEADER);
        for (Map.Entry<String, Object> e : new TreeMap<>(values).entrySet()) {
            if (!RESERVED.contains(e.getKey()) && e.getValue() != null) {
                out.append(e.getKey()).append(" = ").append(typed(e.getValue())).append('\n');
            }
        }
        return out.toString();
    }

    private static String typed(Object value) {
        try {
            return ConfigurationHandler.write(value).replaceAll("\\\\(?![\r\n])", "\\\\\\\\");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a configuration value: " + value.getClass().getName(), e);
        }
    }

    /** The file a new configuration gets: {@code <pid>.cfg}, or {@code <factoryPid>-<name>.cfg} for an instance. */
    static Path fileFor(Path conf, String pid, String factoryPid) {
        if (factoryPid == null) {
            return conf.resolve(pid + ".cfg");
        }
        String rest = pid.startsWith(factoryPid + ".") ? pid.substring(factoryPid.length() + 1) : pid;
        String name = rest.isEmpty() ? UUID.randomUUID().toString() : rest.replaceAll("[^A-Za-z0-9._-]", "_");
        return conf.resolve(factoryPid + "-" + name + ".cfg");
    }

    /** The path of {@value #FILENAME} (FileInstall stores a {@code file:} URI, older versions a path). */
    static Path path(String key) {
        try {
            return key.startsWith("file:") ? Path.of(URI.create(key)) : Path.of(key);
        } catch (IllegalArgumentException e) {
            return Path.of(key);
        }
    }
}
