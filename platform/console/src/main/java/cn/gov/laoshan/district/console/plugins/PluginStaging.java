package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads kept in files of their own ({@code plugins/.staging}, at most 50 MB) and the dry run: what installing or
 * updating a staged jar would do — its requirements against the running framework, the bundles wired to the version
 * it replaces, its pending migrations — without changing anything.
 */
final class PluginStaging {

    private static final Logger LOG = LoggerFactory.getLogger(PluginStaging.class);

    private final BundleContext context;
    private final PluginCatalogue catalogue;
    private final Path pluginsDir;
    private final AllowList allowList;

    /** The allow-list read now (it may change while the platform runs). */
    interface AllowList {
        List<String> read() throws IOException;
    }

    PluginStaging(BundleContext context, PluginCatalogue catalogue, Path pluginsDir, AllowList allowList) {
        this.context = context;
        this.catalogue = catalogue;
        this.pluginsDir = pluginsDir;
        this.allowList = allowList;
    }

    /** Keeps an upload in a file of its own ({@code plugins/.staging}), refusing more than the size limit. */
    Path stage(InputStream upload) throws IOException {
        Path staging = pluginsDir.resolve(".staging");
        Files.createDirectories(staging);
        Path file = staging.resolve(UUID.randomUUID() + ".jar");
        try (InputStream limited = upload; var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = limited.read(buffer)) > 0;) {
                total += n;
                if (total > PluginJar.MAX_SIZE) {
                    throw new ConsoleException("console.error.too-large", "the file is larger than 50 MB",
                            PluginJar.MAX_SIZE / 1024 / 1024);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** Forgets a staged upload. */
    void discard(Path staged) {
        try {
            if (staged != null && staged.startsWith(pluginsDir.resolve(".staging"))) {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            LOG.debug("cannot delete {}", staged, e);
        }
    }

    /** Checks a staged jar and tells what installing or updating it would do; changes nothing. */
    DryRun dryRun(Path staged) throws IOException {
        return dryRun(PluginJar.check(staged, allowList.read()));
    }

    /**
     * The dry run of a jar whose SHA-256 is known and whose bytes cannot change (the approved catalogue's, a
     * repository's download kept under its digest): what was read from it before is used again (the requirements are
     * checked against the framework now).
     */
    DryRun dryRunKnown(Path jarFile, String sha256) throws IOException {
        return dryRun(PluginJar.checkKnown(jarFile, sha256, allowList.read()));
    }

    private DryRun dryRun(PluginJar jar) {
        Bundle existing = catalogue.bySymbolicName(jar.symbolicName()).orElse(null);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<DryRun.Requirement> requirements = RequirementCheck.check(jar, wiring, existing);
        List<String> affected = new ArrayList<>();
        if (existing != null) {
            BundleWiring bundleWiring = existing.adapt(BundleWiring.class);
            if (bundleWiring != null) {
                for (BundleWire wire : bundleWiring.getProvidedWires(null)) {
                    Bundle requirer = wire.getRequirerWiring().getBundle();
                    String name = requirer.getSymbolicName() + " " + requirer.getVersion();
                    if (requirer.getBundleId() != existing.getBundleId() && !affected.contains(name)) {
                        affected.add(name);
                    }
                }
            }
        }
        Set<String> applied = catalogue.appliedScripts(jar.schemaId());
        List<String> pending = jar.migrations().stream().filter(m -> !applied.contains(m)).toList();
        return new DryRun(jar, existing == null ? null : existing.getBundleId(),
                existing == null ? null : existing.getVersion().toString(), requirements, affected, pending);
    }

    /** Uploads of a previous run that were never installed. */
    void clearStaging() {
        Path staging = pluginsDir.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (var files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("cannot clear {}", staging, e);
        }
    }
}
