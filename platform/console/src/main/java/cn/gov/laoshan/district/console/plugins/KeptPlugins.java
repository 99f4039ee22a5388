package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins installed through the console, kept as {@code <home>/plugins/<symbolic name>.jar} and installed again
 * at every start; and the check of every jar the platform installs by itself (a kept plugin, a feature's plugin).
 */
final class KeptPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(KeptPlugins.class);

    private final BundleContext context;
    private final Path home;
    private final PluginStaging staging;
    private final InstallProblems problems;
    private final PluginStaging.AllowList allowList;

    KeptPlugins(BundleContext context, Path home, PluginStaging staging, InstallProblems problems,
            PluginStaging.AllowList allowList) {
        this.context = context;
        this.home = home;
        this.staging = staging;
        this.problems = problems;
        this.allowList = allowList;
    }

    /** {@code <home>/plugins}: the jars of the plugins installed through the console. */
    static Path dir(Path home) {
        return home.resolve("plugins");
    }

    /** The kept jar of a plugin installed through the console. */
    static Path jar(Path home, String symbolicName) {
        return dir(home).resolve(symbolicName + ".jar");
    }

    /** At start: installs again the plugins installed through the console (their jars in {@code plugins/}). */
    void reinstallKept() {
        staging.clearStaging();
        Path dir = dir(home);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Bundle> installed = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar") && Files.isRegularFile(f)).sorted().toList()) {
                String bsn = jar.getFileName().toString().replaceFirst("\\.jar$", "");
                if (context.getBundle(PluginManager.LOCATION_PREFIX + bsn) != null
                        || !admits(jar, "plugins/" + jar.getFileName())) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(jar)) {
                    installed.add(context.installBundle(PluginManager.LOCATION_PREFIX + bsn, in));
                } catch (BundleException | IOException e) {
                    LOG.error("plugin {} from {} cannot be installed", bsn, jar, e);
                }
            }
        } catch (IOException e) {
            LOG.error("cannot read {}", dir, e);
        }
        for (Bundle bundle : installed) {
            try {
                bundle.start();
            } catch (BundleException e) {
                LOG.error("plugin {} does not start", bundle.getSymbolicName(), e);
            }
        }
    }

    /**
     * Whether a jar that the platform installs by itself (a kept plugin, a feature's plugin) may be installed: a
     * complete bundle, on the allow-list when there is one. When not, it is reported as a problem of {@code where}.
     */
    boolean admits(Path jar, String where) {
        try {
            PluginJar.checkBundle(jar, allowList.read());
            problems.clear(where);
            return true;
        } catch (ConsoleException e) {
            problems.report(where, e.getMessage() + "; not installed",
                    List.of(InstallProblems.Said.of(e), new InstallProblems.Said("console.problem.not-installed")));
            return false;
        } catch (IOException e) {
            problems.report(where, e.getMessage() + "; not installed", List.of(new InstallProblems.Said(
                    "console.problem.unexpected", String.valueOf(e.getMessage())),
                    new InstallProblems.Said("console.problem.not-installed")));
            return false;
        }
    }
}
