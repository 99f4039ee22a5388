package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the audit log last said about each plugin the console or {@code deploy/} installed ({@code <symbolic name> =
 * <version> <where from>}), kept in {@code data/plugin-ledger.properties} and written after each audit record. At a
 * start, what is installed is compared with it: a difference is a change the audit log does not know of (a kill -9
 * between a change and its audit record, a jar dropped into {@code deploy/} while the platform was down), and is
 * recorded then as {@code plugin.reconcile}, so that the audit log and the platform's state always agree.
 */
final class PluginLedger {

    private final Path file;

    PluginLedger(Path file) {
        this.file = file;
    }

    synchronized Map<String, String> read() {
        Properties entries = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // a damaged ledger: every installed plugin is then recorded once more at the start
                entries.clear();
            }
        }
        Map<String, String> result = new TreeMap<>();
        entries.forEach((k, v) -> result.put((String) k, (String) v));
        return result;
    }

    synchronized void put(String symbolicName, String value) throws IOException {
        Map<String, String> entries = read();
        if (value == null ? entries.remove(symbolicName) == null : value.equals(entries.put(symbolicName, value))) {
            return;
        }
        write(entries);
    }

    synchronized void write(Map<String, String> entries) throws IOException {
        Properties properties = new Properties();
        properties.putAll(entries);
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            properties.store(out, "plugins as the audit log last recorded them (admin console, deploy/)");
        }
        // replaced in one step: a crash leaves the old ledger or the new one, never half of one
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
