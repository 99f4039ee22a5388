package cn.gov.laoshan.district.console.features;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.feature.FeatureDescriptor;
import cn.gov.laoshan.district.core.feature.FeatureSupport;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;

/**
 * Features on the console: those of {@code features/} and those uploaded here ({@code <home>/plugins/features/}).
 * Installing one is a plan of steps — its default configuration, then each plugin through {@link PluginManager}
 * (checked, dry-run, migrated, kept in {@code plugins/} so it comes back after a restart) — checked as a whole
 * before the first step runs; removing one uninstalls its console-installed plugins, keeping their data.
 */
public final class FeatureService {

    public static final String VIEW = "console.features.view";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BundleContext context;
    private final Path home;
    private final PluginManager plugins;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Supplier<Optional<RuntimeFacts>> facts;

    /** One step of installing or removing a feature, run on its own so that a screen can show progress. */
    public interface Step {
        /** What the step does, as a message key and argument. */
        String key();

        String argument();

        void run() throws IOException;
    }

    public FeatureService(BundleContext context, Path home, PluginManager plugins, AccessControl access,
            Supplier<Optional<AuditLog>> audit, Supplier<Optional<RuntimeFacts>> facts) {
        this.context = context;
        this.home = home;
        this.plugins = plugins;
        this.access = access;
        this.audit = audit;
        this.facts = facts;
    }

    Path uploadedDir() {
        return home.resolve("plugins").resolve("features");
    }

    public List<FeatureInfo> features() throws IOException {
        access.check(VIEW);
        Map<String, FeatureInfo> all = new LinkedHashMap<>();
        Path dir = facts.get().map(RuntimeFacts::featuresDir).orElse(null);
        for (Path file : FeatureDescriptor.files(dir)) {
            FeatureInfo f = info(read(file), false);
            all.put(f.id(), f);
        }
        for (Path file : FeatureDescriptor.files(uploadedDir())) {
            FeatureInfo f = info(read(file), true);
            all.putIfAbsent(f.id(), f);
        }
        return new ArrayList<>(all.values());
    }

    /** Keeps an uploaded descriptor after checking it (the platform's reader; id at most 41 characters). */
    public FeatureInfo upload(InputStream in) throws IOException {
        access.check(PluginManager.INSTALL);
        byte[] bytes = in.readNBytes(1_000_001);
        if (bytes.length > 1_000_000) {
            throw new ConsoleException("console.error.feature-invalid", "a feature description is at most 1 MB", "> 1 MB");
        }
        FeatureDescriptor descriptor;
        try {
            descriptor = FeatureDescriptor.parse(bytes, "the uploaded feature");
        } catch (FeatureDescriptor.InvalidFeatureException e) {
            throw invalid(e);
        }
        String id = descriptor.id();
        if (id.length() > 41) {
            throw new ConsoleException("console.error.feature-invalid", "\"id\" must be lower-case letters, digits, -", "id");
        }
        Path file = uploadedDir().resolve(id + FeatureDescriptor.SUFFIX);
        Files.createDirectories(uploadedDir());
        Path partial = uploadedDir().resolve(id + FeatureDescriptor.SUFFIX + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FeatureInfo feature = info(descriptor, true);
        audit.get().ifPresent(a -> a.record("console", "feature.upload", "Feature", id, null, feature.plugins().toString()));
        return feature;
    }

    private static FeatureDescriptor read(Path file) throws IOException {
        try {
            return FeatureDescriptor.read(file);
        } catch (FeatureDescriptor.InvalidFeatureException e) {
            throw invalid(e);
        }
    }

    /** The reader's problem as the console's message: which part of the descriptor is wrong. */
    private static ConsoleException invalid(FeatureDescriptor.InvalidFeatureException e) {
        return new ConsoleException("console.error.feature-invalid", e.getMessage(), switch (e.problem()) {
            case JSON -> "JSON";
            case ID -> "id";
            case PLUGINS -> "plugins";
            case CONFIGURATION -> "configuration";
        });
    }

    private FeatureInfo info(FeatureDescriptor d, boolean uploaded) {
        int installed = (int) d.plugins().stream().filter(b -> installed(b).isPresent()).count();
        return new FeatureInfo(d.id(), d.nameZh(), d.nameEn(), d.plugins(), d.configuration(), installed, uploaded);
    }

    private Optional<Bundle> installed(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    /**
     * The steps that install a feature, after checking all of it: every plugin's jar is in {@code bundles/} and
     * passes the dry run. Nothing is changed when a check fails.
     */
    public List<Step> planInstall(String featureId) throws IOException {
        access.check(PluginManager.INSTALL);
        FeatureInfo feature = feature(featureId);
        Map<String, Path> jars = availableBundles();
        List<Step> steps = new ArrayList<>();
        steps.add(step("console.features.step-config", feature.id(), () -> applyConfiguration(feature)));
        for (String bsn : feature.plugins()) {
            if (installed(bsn).isPresent()) {
                continue;
            }
            Path jar = jars.get(bsn);
            if (jar == null) {
                throw new ConsoleException("console.error.feature-missing-bundle", "plugin " + bsn + " is not in bundles/",
                        bsn);
            }
            Path staged = plugins.stage(Files.newInputStream(jar));
            DryRun dry = plugins.dryRun(staged);
            if (!dry.resolves()) {
                plugins.discard(staged);
                String missing = String.join("; ", dry.missing().stream().map(DryRun.Requirement::description).toList());
                throw new ConsoleException("console.error.unresolved", bsn + " would not resolve: missing " + missing,
                        bsn + ": " + missing);
            }
            plugins.discard(staged);
            steps.add(step("console.features.step-plugin", bsn, () -> {
                PluginInfo info = plugins.installOrUpdate(plugins.stage(Files.newInputStream(jar)));
                if (info.problem() != null) {
                    throw new ConsoleException("console.error.install-failed", bsn + ": " + info.problem(),
                            bsn + ": " + info.problem());
                }
            }));
        }
        steps.add(step("console.features.step-done", feature.id(), () -> audit.get().ifPresent(
                a -> a.record("console", "feature.install", "Feature", feature.id(), null, feature.plugins().toString()))));
        return steps;
    }

    /** The steps that remove a feature: uninstall each of its console-installed plugins, keeping their data. */
    public List<Step> planRemove(String featureId) throws IOException {
        access.check(PluginManager.INSTALL);
        FeatureInfo feature = feature(featureId);
        List<Step> steps = new ArrayList<>();
        for (String bsn : feature.plugins()) {
            Optional<Bundle> bundle = installed(bsn);
            if (bundle.isPresent()) {
                long id = bundle.get().getBundleId();
                steps.add(step("console.features.step-remove", bsn, () -> plugins.uninstall(id, false, null)));
            }
        }
        steps.add(step("console.features.step-done", feature.id(), () -> audit.get().ifPresent(
                a -> a.record("console", "feature.remove", "Feature", feature.id(), feature.plugins().toString(), null))));
        return steps;
    }

    private FeatureInfo feature(String id) throws IOException {
        return features().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new ConsoleException("console.error.no-such-feature", "no feature " + id, id));
    }

    private interface Work {
        void run() throws IOException;
    }

    private static Step step(String key, String argument, Work work) {
        return new Step() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String argument() {
                return argument;
            }

            @Override
            public void run() throws IOException {
                work.run();
            }
        };
    }

    private void applyConfiguration(FeatureInfo feature) {
        try {
            List<String> unconfigured = new ArrayList<>();
            for (String pid : feature.configuration().keySet()) {
                if (!configured(pid)) {
                    unconfigured.add(pid);
                }
            }
            FeatureSupport.applyDefaults(context, feature.configuration());
            // audited like a change on the configuration screen: which PIDs and keys, not the values (may be secret)
            for (String pid : unconfigured) {
                String after = JSON.createObjectNode().put("feature", feature.id()).put("keys",
                        String.join(",", new java.util.TreeSet<>(feature.configuration().get(pid).keySet()))).toString();
                audit.get().ifPresent(a -> a.record("console", "config.feature-defaults", "Configuration", pid, null,
                        after));
            }
        } catch (IOException e) {
            throw new ConsoleException("console.error.unexpected", e.getMessage());
        }
    }

    private boolean configured(String pid) throws IOException {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        if (ref == null) {
            return false;
        }
        try {
            return context.getService(ref).listConfigurations("(service.pid=" + pid.replaceAll("([()*\\\\])", "\\\\$1")
                    + ")") != null;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            return false;
        } finally {
            context.ungetService(ref);
        }
    }

    private Map<String, Path> availableBundles() throws IOException {
        return FeatureSupport.bundlesBySymbolicName(facts.get().map(RuntimeFacts::bundlesDir).orElse(null));
    }
}
