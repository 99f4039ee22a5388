package cn.gov.laoshan.district.core.feature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import cn.gov.laoshan.district.core.osgi.OsgiHeader;

/**
 * What installing a feature needs, whoever installs it (the runtime at start, the admin console on demand): the
 * plugin jars of a {@code bundles/} directory by symbolic name, and a feature's default configuration.
 */
public final class FeatureSupport {

    private FeatureSupport() {
    }

    /** The jars in {@code dir} by their {@code Bundle-SymbolicName}; files that are not bundles are left out. */
    public static Map<String, Path> bundlesBySymbolicName(Path dir) throws IOException {
        Map<String, Path> result = new HashMap<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return result;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(dir)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String bsn = manifest == null ? null
                        : OsgiHeader.symbolicName(manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
                if (bsn != null) {
                    result.put(bsn, jar);
                }
            } catch (IOException e) {
                // not a jar: not a plugin of any feature
            }
        }
        return result;
    }

    /**
     * Applies a feature's default configuration (PID → properties) where the PID has none yet: what an
     * administrator changed is never overwritten.
     *
     * @throws IOException when Configuration Admin is not running or refuses an update
     */
    public static void applyDefaults(BundleContext context, Map<String, Map<String, Object>> configuration)
            throws IOException {
        if (configuration.isEmpty()) {
            return;
        }
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            throw new IOException("Configuration Admin is not running");
        }
        ConfigurationAdmin admin = context.getService(ref);
        try {
            for (Map.Entry<String, Map<String, Object>> pid : configuration.entrySet()) {
                Configuration existing = admin.getConfiguration(pid.getKey(), "?");
                if (existing.getProperties() == null) {
                    Dictionary<String, Object> properties = new Hashtable<>(pid.getValue());
                    existing.update(properties);
                }
            }
        } finally {
            context.ungetService(ref);
        }
    }
}
