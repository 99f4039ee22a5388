package cn.gov.laoshan.district.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.core.feature.FeatureDescriptor;
import cn.gov.laoshan.district.core.feature.FeatureSupport;

/**
 * Installs features: first their default configuration (so that plugins start configured), then their plugin
 * bundles from {@code bundles/}, started — the admitted plugins' migrations applied ahead from their jars on a thread
 * of their own ({@link PluginMigrationsAhead}), so that a schema is migrated while the plugin before it starts. A plugin already installed
 * is left as it is. A plugin that is missing or fails to start is logged and reported by the health of that bundle;
 * the other plugins go on.
 */
final class FeatureInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureInstaller.class);

    private final BundleContext context;
    private final Path bundlesDir;
    /** Whether a jar may be installed (complete, on the allow-list when there is one); it reports when not. */
    private final java.util.function.BiPredicate<Path, String> admits;
    /** Told each plugin's install and start (its migrations and activation), for the start-up's timeline. */
    private final PluginStarted started;
    /** Applies the admitted plugins' migrations from their jars ahead of their start (symbolic name → jar). */
    private final java.util.function.Consumer<Map<String, Path>> migrationsAhead;

    /** One plugin installed and started, from {@code beginNanos} ({@link System#nanoTime()}) to now. */
    interface PluginStarted {
        void ended(String symbolicName, long beginNanos);
    }

    FeatureInstaller(BundleContext context, Path bundlesDir, java.util.function.BiPredicate<Path, String> admits,
            PluginStarted started, java.util.function.Consumer<Map<String, Path>> migrationsAhead) {
        this.context = context;
        this.bundlesDir = bundlesDir;
        this.admits = admits;
        this.started = started;
        this.migrationsAhead = migrationsAhead;
    }

    /**
     * The features {@code features=} names, read before anything starts: a feature that does not exist fails the
     * start with a clear message instead of a platform that is UP without the plugins it was meant to run.
     */
    static Map<String, FeatureDescriptor> requested(List<String> ids, Path featuresDir) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (featuresDir == null || !Files.isDirectory(featuresDir)) {
            throw new IllegalArgumentException("features " + ids + " are named, but the features "
                    + "directory " + featuresDir + " does not exist (features.dir, --features-dir)");
        }
        Map<String, FeatureDescriptor> available = FeatureDescriptor.readAll(featuresDir);
        List<String> missing = ids.stream().filter(id -> !available.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("unknown feature" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (features=): not in " + featuresDir + "; available: "
                    + String.join(", ", new TreeSet<>(available.keySet())));
        }
        return available;
    }

    /** Installs the features named, in order, from those {@link #requested} found. */
    void installAll(List<String> ids, Map<String, FeatureDescriptor> available) throws IOException {
        for (String id : ids) {
            install(available.get(id));
        }
    }

    void install(FeatureDescriptor feature) throws IOException {
        LOG.info("installing feature {} ({}): {}", feature.id(), feature.nameZh(), feature.plugins());
        FeatureSupport.applyDefaults(context, feature.configuration());
        Map<String, Path> available = FeatureSupport.bundlesBySymbolicName(bundlesDir);
        Map<String, Path> admitted = new LinkedHashMap<>();
        for (String symbolicName : feature.plugins()) {
            if (installed(symbolicName) != null) {
                continue;
            }
            Path jar = available.get(symbolicName);
            if (jar == null) {
                LOG.error("feature {}: plugin {} is not in {}", feature.id(), symbolicName, bundlesDir);
                continue;
            }
            if (admits.test(jar, "feature " + feature.id() + ": bundles/" + jar.getFileName())) {
                admitted.put(symbolicName, jar);
            }
        }
        // the admitted plugins' migrations go ahead on a thread of their own while the bundles start here, in order:
        // each bundle's own migration then finds its schema up to date (or waits for it)
        migrationsAhead.accept(admitted);
        admitted.forEach((symbolicName, jar) -> {
            long begin = System.nanoTime();
            try {
                Bundle bundle = context.installBundle(jar.toUri().toString());
                bundle.start();
                started.ended(symbolicName, begin);
            } catch (BundleException e) {
                LOG.error("feature {}: plugin {} did not start: {}", feature.id(), symbolicName, e.getMessage());
            }
        });
    }

    private Bundle installed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }
}
