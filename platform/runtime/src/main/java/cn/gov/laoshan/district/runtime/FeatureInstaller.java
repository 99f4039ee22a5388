package cn.gov.laoshan.district.runtime;

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

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs features: first their default configuration (so that plugins start configured), then their plugin
 * bundles from {@code bundles/}, started. A plugin already installed is left as it is. A plugin that is missing
 * or fails to start is logged and reported by the health of that bundle; the other plugins go on.
 */
final class FeatureInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureInstaller.class);

    private final BundleContext context;
    private final Path bundlesDir;

    FeatureInstaller(BundleContext context, Path bundlesDir) {
        this.context = context;
        this.bundlesDir = bundlesDir;
    }

    void install(Feature feature) throws IOException {
        LOG.info("installing feature {} ({}): {}", feature.id(), feature.nameZh(), feature.plugins());
        applyConfiguration(feature);
        Map<String, Path> available = availableBundles();
        for (String symbolicName : feature.plugins()) {
            if (installed(symbolicName) != null) {
                continue;
            }
            Path jar = available.get(symbolicName);
            if (jar == null) {
                LOG.error("feature {}: plugin {} is not in {}", feature.id(), symbolicName, bundlesDir);
                continue;
            }
            try {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundle.start();
            } catch (BundleException e) {
                LOG.error("feature {}: plugin {} did not start: {}", feature.id(), symbolicName, e.getMessage());
            }
        }
    }

    private void applyConfiguration(Feature feature) throws IOException {
        if (feature.configuration().isEmpty()) {
            return;
        }
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            throw new IOException("Configuration Admin is not running");
        }
        ConfigurationAdmin admin = context.getService(ref);
        try {
            for (Map.Entry<String, Map<String, Object>> pid : feature.configuration().entrySet()) {
                Configuration configuration = admin.getConfiguration(pid.getKey(), "?");
                if (configuration.getProperties() == null) {
                    Dictionary<String, Object> properties = new Hashtable<>(pid.getValue());
                    configuration.update(properties);
                }
            }
        } finally {
            context.ungetService(ref);
        }
    }

    private Bundle installed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private Map<String, Path> availableBundles() throws IOException {
        Map<String, Path> result = new HashMap<>();
        if (bundlesDir == null || !Files.isDirectory(bundlesDir)) {
            return result;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundlesDir)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn != null) {
                    result.put(bsn.split(";")[0].trim(), jar);
                }
            }
        }
        return result;
    }
}
