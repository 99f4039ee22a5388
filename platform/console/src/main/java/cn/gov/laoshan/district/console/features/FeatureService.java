package cn.gov.laoshan.district.console.features;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.core.feature.FeatureSupport;
import cn.gov.laoshan.district.console.RuntimeFacts;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.DryRun;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginManager;

/**
 * Features on the console: those of {@code features/} and those uploaded here ({@code <home>/plugins/features/}).
 * Installing one is a plan of steps — its default configuration, then each plugin through {@link PluginManager}
 * (checked, dry-run, migrated, kept in {@code plugins/} so it comes back after a restart) — checked as a whole
 * before the first step runs; removing one uninstalls its console-installed plugins, keeping their data.
 */
public final class FeatureService {

    public static final String VIEW = "console.features.view";
    private static final String SUFFIX = ".feature.json";
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
        for (Path file : descriptors(dir)) {
            FeatureInfo f = read(file, false);
            all.put(f.id(), f);
        }
        for (Path file : descriptors(uploadedDir())) {
            FeatureInfo f = read(file, true);
            all.putIfAbsent(f.id(), f);
        }
        return new ArrayList<>(all.values());
    }

    private static List<Path> descriptors(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** Keeps an uploaded descriptor after checking it (valid JSON, id matching the file name it gets). */
    public FeatureInfo upload(InputStream in) throws IOException {
        access.check(PluginManager.INSTALL);
        byte[] bytes = in.readNBytes(1_000_001);
        if (bytes.length > 1_000_000) {
            throw new ConsoleException("console.error.feature-invalid", "a feature description is at most 1 MB", "> 1 MB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new ConsoleException("console.error.feature-invalid", "not valid JSON", "JSON");
        }
        String id = root == null ? "" : root.path("id").asText("");
        if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
            throw new ConsoleException("console.error.feature-invalid", "\"id\" must be lower-case letters, digits, -", "id");
        }
        Path file = uploadedDir().resolve(id + SUFFIX);
        Files.createDirectories(uploadedDir());
        Path partial = uploadedDir().resolve(id + SUFFIX + ".partial");
        Files.write(partial, bytes);
        FeatureInfo feature;
        try {
            feature = read(partial, true);
        } catch (ConsoleException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        audit.get().ifPresent(a -> a.record("console", "feature.upload", "Feature", id, null, feature.plugins().toString()));
        return feature;
    }

    private FeatureInfo read(Path file, boolean uploaded) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConsoleException("console.error.feature-invalid", file.getFileName() + " is not valid JSON", "JSON");
        }
        String id = root.path("id").asText("");
        List<String> bundles = new ArrayList<>();
        for (JsonNode plugin : root.path("plugins")) {
            if (!plugin.isTextual() || plugin.asText().isBlank()) {
                throw new ConsoleException("console.error.feature-invalid", "plugins must be symbolic names", "plugins");
            }
            bundles.add(plugin.asText());
        }
        Map<String, Map<String, Object>> configuration = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pids = root.path("configuration").fields();
        while (pids.hasNext()) {
            Map.Entry<String, JsonNode> pid = pids.next();
            Map<String, Object> properties = new LinkedHashMap<>();
            pid.getValue().fields().forEachRemaining(p -> properties.put(p.getKey(), value(p.getValue())));
            configuration.put(pid.getKey(), properties);
        }
        int installed = (int) bundles.stream().filter(b -> installed(b).isPresent()).count();
        JsonNode name = root.path("name");
        return new FeatureInfo(id, name.path("zh-CN").asText(id), name.path("en").asText(id), bundles, configuration,
                installed, uploaded);
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.asText();
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
                audit.get().ifPresent(a -> a.record("console", "config.feature-defaults", "Configuration", pid, null,
                        "{\"feature\":\"" + feature.id() + "\",\"keys\":\""
                                + String.join(",", new java.util.TreeSet<>(feature.configuration().get(pid).keySet()))
                                + "\"}"));
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
