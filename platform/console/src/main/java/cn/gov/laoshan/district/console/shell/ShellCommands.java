package cn.gov.laoshan.district.console.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.features.FeatureInfo;
import cn.gov.laoshan.district.console.features.FeatureService;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;

/**
 * The {@code district:} commands of the local shell: the console's plugin and feature actions, as text. Each
 * public method is a Gogo command of the same name ({@code plugins}, {@code install /path/x.jar}, {@code stop 12},
 * {@code uninstall 12}, {@code drop 12 notes}, {@code features}, {@code featureinstall standard}, ...).
 */
public final class ShellCommands {

    private final PluginManager plugins;
    private final FeatureService features;
    private final AccessControl access;

    ShellCommands(PluginManager plugins, FeatureService features, AccessControl access) {
        this.plugins = plugins;
        this.features = features;
        this.access = access;
    }

    private interface Work {
        String run() throws IOException;
    }

    /** Gogo runs a command in a thread of its own: the platform's identity is taken there. */
    private String system(Work work) throws IOException {
        try {
            return access.asSystem(() -> {
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public String plugins() throws IOException {
        return system(() -> doPlugins());
    }

    private String doPlugins() throws IOException {
        StringBuilder out = new StringBuilder(String.format("%-5s %-14s %-10s %-10s %-8s %-8s %s%n", "ID", "PLUGIN",
                "VERSION", "STATE", "DEPT", "SCHEMA", "HEALTH"));
        for (PluginInfo p : plugins.plugins()) {
            out.append(String.format("%-5d %-14s %-10s %-10s %-8s %-8s %s%n", p.bundleId(), p.id(), p.version(),
                    p.state(), p.library() ? "(lib)" : p.departmentCode(),
                    p.schemaVersion().isEmpty() ? "-" : "V" + p.schemaVersion(),
                    p.problem() == null ? "" : p.problem()));
        }
        for (var problem : plugins.installProblems()) {
            out.append("PROBLEM ").append(problem.file()).append(": ").append(problem.reason()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The file a command names, or a message that says it does not exist (not a bare exception name). */
    private static Path existingFile(String name) throws IOException {
        Path file = Path.of(name).toAbsolutePath();
        if (!Files.exists(file)) {
            throw new java.io.FileNotFoundException("the file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new java.io.FileNotFoundException("the file " + file + " is not a readable file");
        }
        return file;
    }

    /** Dry run of a jar on this machine. */
    public String dryrun(String jar) throws IOException {
        return system(() -> doDryrun(jar));
    }

    private String doDryrun(String jar) throws IOException {
        Path staged = plugins.stage(Files.newInputStream(existingFile(jar)));
        try {
            var dry = plugins.dryRun(staged);
            StringBuilder out = new StringBuilder((dry.isUpdate() ? "update " + dry.oldVersion() + " -> " : "install ")
                    + dry.jar().symbolicName() + " " + dry.jar().version() + "\n");
            dry.requirements().forEach(r -> out.append(r.met() ? "  ok      " : r.optional() ? "  option  " : "  MISSING ")
                    .append(r.description()).append(r.provider() == null ? "" : "  (" + r.provider() + ")").append('\n'));
            out.append("affected: ").append(dry.affected().isEmpty() ? "none" : String.join(", ", dry.affected()))
                    .append("\nmigrations: ").append(dry.migrations().isEmpty() ? "none" : String.join(", ", dry.migrations()));
            return out.toString();
        } finally {
            plugins.discard(staged);
        }
    }

    /** Installs, or updates when a plugin of that symbolic name is installed. */
    public String install(String jar) throws IOException {
        return system(() -> doInstall(jar));
    }

    private String doInstall(String jar) throws IOException {
        PluginInfo info = plugins.installOrUpdate(plugins.stage(Files.newInputStream(existingFile(jar))));
        return info.id() + " " + info.version() + " " + info.state() + (info.problem() == null ? "" : ": " + info.problem());
    }

    public String update(String jar) throws IOException {
        return system(() -> doUpdate(jar));
    }

    private String doUpdate(String jar) throws IOException {
        return doInstall(jar);
    }

    public String start(long bundleId) throws IOException {
        return system(() -> doStart(bundleId));
    }

    private String doStart(long bundleId) throws IOException {
        return plugins.start(bundleId).state();
    }

    public String stop(long bundleId) throws IOException {
        return system(() -> doStop(bundleId));
    }

    private String doStop(long bundleId) throws IOException {
        return plugins.stop(bundleId).state();
    }

    /** Uninstalls, keeping the data. */
    public String uninstall(long bundleId) throws IOException {
        return system(() -> doUninstall(bundleId));
    }

    private String doUninstall(long bundleId) throws IOException {
        plugins.uninstall(bundleId, false, null);
        return "uninstalled, data kept";
    }

    /** Uninstalls and drops the data; the plugin id must be typed as confirmation. */
    public String drop(long bundleId, String pluginId) throws IOException {
        return system(() -> doDrop(bundleId, pluginId));
    }

    private String doDrop(long bundleId, String pluginId) throws IOException {
        plugins.uninstall(bundleId, true, pluginId);
        return "uninstalled, data dropped";
    }

    public String features() throws IOException {
        return system(() -> doFeatures());
    }

    private String doFeatures() throws IOException {
        StringBuilder out = new StringBuilder();
        for (FeatureInfo f : features.features()) {
            out.append(String.format("%-16s %-20s %d/%d installed  %s%n", f.id(), f.nameEn(), f.installed(),
                    f.plugins().size(), String.join(", ", f.plugins())));
        }
        return out.toString().stripTrailing();
    }

    public String featureinstall(String id) throws IOException {
        return system(() -> doFeatureinstall(id));
    }

    private String doFeatureinstall(String id) throws IOException {
        return run(features.planInstall(id));
    }

    public String featureremove(String id) throws IOException {
        return system(() -> doFeatureremove(id));
    }

    private String doFeatureremove(String id) throws IOException {
        return run(features.planRemove(id));
    }

    private static String run(List<FeatureService.Step> steps) throws IOException {
        for (FeatureService.Step step : steps) {
            step.run();
        }
        return steps.size() + " step(s) done";
    }
}
