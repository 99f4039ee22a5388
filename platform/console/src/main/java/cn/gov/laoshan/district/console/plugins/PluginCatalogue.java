package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.PluginSchemas;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;

/**
 * The catalogue of installed plugins: which bundles are plugins, what each is (its descriptor read from its service,
 * remembered for when it stops, its department kept in {@code data/console-plugin-departments.properties} across
 * restarts), its state as the runtime sees it and its schema version; and waiting until a plugin serves.
 */
final class PluginCatalogue {

    private static final String SHELL_MESSAGES = "cn.gov.laoshan.district.shell.i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(PluginCatalogue.class);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final BundleContext context;
    private final Database database;
    private final Path home;
    private final Supplier<Optional<RuntimeFacts>> facts;
    private final Duration activationTimeout;
    /** The last descriptor seen per symbolic name: a stopped plugin keeps its department. */
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private record Known(PluginDescriptor descriptor, String nameZh, String nameEn, String departmentZh,
            String departmentEn, List<String> routes, List<String> permissions) {
    }

    PluginCatalogue(BundleContext context, Database database, Path home, Supplier<Optional<RuntimeFacts>> facts,
            Duration activationTimeout) {
        this.context = context;
        this.database = database;
        this.home = home;
        this.facts = facts;
        this.activationTimeout = activationTimeout;
    }

    /** Every installed plugin bundle (not the platform's own), by id. */
    List<PluginInfo> plugins() {
        List<PluginInfo> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (isPlugin(bundle)) {
                result.add(info(bundle));
            }
        }
        result.sort(Comparator.comparing(PluginInfo::id));
        return result;
    }

    boolean isPlugin(Bundle bundle) {
        if (bundle.getBundleId() == 0 || bundle.getState() == Bundle.UNINSTALLED) {
            return false;
        }
        return facts.get().map(f -> !f.isPlatformBundle(bundle)).orElse(true);
    }

    PluginInfo info(Bundle bundle) {
        RuntimeFacts.BundleHealth status = facts.get().map(f -> f.status(bundle)).orElse(null);
        // a failed plugin's service is not asked for: that would activate it again (and SCR print its stack trace)
        boolean failed = status != null && "FAILED".equals(status.state());
        Known plugin = (failed ? Optional.<Known>empty() : describe(bundle)).orElse(known.get(bundle.getSymbolicName()));
        String state = status != null ? status.state() : stateName(bundle.getState());
        String problem = status == null ? null : status.error();
        String bsn = bundle.getSymbolicName();
        String managedBy = bundle.getLocation().startsWith(PluginManager.LOCATION_PREFIX) ? "console"
                : bundle.getLocation().contains("/deploy/") ? "deploy" : "other";
        if (plugin == null) {
            String department = departments().getProperty(bsn, "");
            boolean library = !declaresPlugin(bundle);
            return new PluginInfo(bundle.getBundleId(), bsn, bsn, bsn, bsn, department, department, department,
                    bundle.getVersion().toString(),
                    state, problem, List.of(), List.of(), library ? "" : schemaVersion(schemaId(bsn)), managedBy,
                    library);
        }
        return new PluginInfo(bundle.getBundleId(), bsn, plugin.descriptor().id(), plugin.nameZh(), plugin.nameEn(),
                plugin.descriptor().departmentCode(), plugin.departmentZh(), plugin.departmentEn(),
                bundle.getVersion().toString(), state, problem, plugin.routes(), plugin.permissions(),
                schemaVersion(schemaId(bsn)), managedBy, false);
    }

    /** Whether a bundle declares a component providing {@code DistrictPlugin} (else it is a library). */
    static boolean declaresPlugin(Bundle bundle) {
        if (bundle.getHeaders().get("Service-Component") == null) {
            return false;
        }
        java.util.Enumeration<java.net.URL> entries = bundle.findEntries("OSGI-INF", "*.xml", true);
        if (entries == null) {
            return false;
        }
        for (java.net.URL url : java.util.Collections.list(entries)) {
            try (InputStream in = url.openStream()) {
                String xml = new String(in.readNBytes(1_000_000), java.nio.charset.StandardCharsets.UTF_8);
                if (PluginJar.PROVIDES_PLUGIN.matcher(xml).find()) {
                    return true;
                }
            } catch (IOException e) {
                LOG.debug("cannot read {}", url, e);
            }
        }
        return false;
    }

    /** The plugin service a bundle registered, read now (and remembered for when it stops). */
    private Optional<Known> describe(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getState() == Bundle.ACTIVE ? bundle.getRegisteredServices() : null;
        if (services == null) {
            return Optional.empty();
        }
        for (ServiceReference<?> reference : services) {
            String[] classes = (String[]) reference.getProperty("objectClass");
            if (classes == null || !List.of(classes).contains(DistrictPlugin.class.getName())) {
                continue;
            }
            Object service = context.getService(reference);
            try {
                if (!(service instanceof DistrictPlugin plugin)) {
                    continue;
                }
                PluginDescriptor descriptor = plugin.descriptor();
                ClassLoader loader = plugin.getClass().getClassLoader();
                String base = plugin.messagesBaseName();
                List<String> routes = plugin.screens().stream()
                        .map(s -> s.path().isEmpty() ? descriptor.id() : descriptor.id() + "/" + s.path()).toList();
                List<String> permissions = plugin.permissions().stream().map(PermissionDefinition::id).toList();
                Known k = new Known(descriptor,
                        message(base, loader, descriptor.nameKey(), Locale.SIMPLIFIED_CHINESE),
                        message(base, loader, descriptor.nameKey(), Locale.ENGLISH),
                        message(base, loader, descriptor.departmentKey(), Locale.SIMPLIFIED_CHINESE),
                        message(base, loader, descriptor.departmentKey(), Locale.ENGLISH), routes, permissions);
                Known before = known.put(bundle.getSymbolicName(), k);
                if (before == null || !before.descriptor().departmentCode().equals(descriptor.departmentCode())) {
                    rememberDepartment(bundle.getSymbolicName(), descriptor.departmentCode());
                }
                return Optional.of(k);
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("plugin service of {} cannot be read", bundle.getSymbolicName(), e);
            } finally {
                if (service != null) {
                    context.ungetService(reference);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code data/console-plugin-departments.properties}: a stopped plugin's department, also after a restart. */
    private Path departmentsFile() {
        return home.resolve("data").resolve("console-plugin-departments.properties");
    }

    private synchronized void rememberDepartment(String symbolicName, String departmentCode) {
        java.util.Properties departments = departments();
        if (departmentCode.equals(departments.getProperty(symbolicName))) {
            return;
        }
        departments.setProperty(symbolicName, departmentCode);
        try (var out = Files.newOutputStream(departmentsFile())) {
            departments.store(out, "department of each plugin, as its descriptor last said (admin console)");
        } catch (IOException e) {
            LOG.warn("cannot write {}", departmentsFile(), e);
        }
    }

    private synchronized java.util.Properties departments() {
        java.util.Properties departments = new java.util.Properties();
        if (Files.isRegularFile(departmentsFile())) {
            try (var in = Files.newInputStream(departmentsFile())) {
                departments.load(in);
            } catch (IOException e) {
                LOG.warn("cannot read {}", departmentsFile(), e);
            }
        }
        return departments;
    }

    private static String message(String base, ClassLoader loader, String key, Locale locale) {
        Locale lookup = Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT;
        for (var source : List.of(Map.entry(base, loader),
                Map.entry(SHELL_MESSAGES, PluginCatalogue.class.getClassLoader()))) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(source.getKey(), lookup, source.getValue(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException | IllegalArgumentException e) {
                // try the next source
            }
        }
        return key;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.RESOLVED -> "STOPPED";
            default -> "INSTALLED";
        };
    }

    static String schemaId(String symbolicName) {
        return PluginSchemas.schemaId(symbolicName);
    }

    /** The highest successful migration version of a schema, "" when it has no history. */
    String schemaVersion(String schemaId) {
        try {
            return database.jdbi(Database.PLATFORM_SCHEMA).withHandle(h -> h.createQuery(
                    "select \"version\" from " + database.schemaName(schemaId) + ".\"flyway_schema_history\""
                    + " where \"success\" = true and \"version\" is not null")
                    .mapTo(String.class).list()).stream()
                    .filter(v -> !"0".equals(v))
                    .max(Comparator.comparing(org.osgi.framework.Version::parseVersion)).orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The migration scripts a schema's history records as applied. */
    Set<String> appliedScripts(String schemaId) {
        try {
            return Set.copyOf(database.jdbi(Database.PLATFORM_SCHEMA).withHandle(h -> h.createQuery(
                    "select \"script\" from " + database.schemaName(schemaId) + ".\"flyway_schema_history\""
                    + " where \"success\" = true").mapTo(String.class).list()));
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    Optional<Bundle> bySymbolicName(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    /** Waits until the bundle's plugin service can be had; empty when it serves, else why not. */
    Optional<String> awaitActivation(Bundle bundle) {
        long deadline = System.nanoTime() + activationTimeout.toNanos();
        String problem = null;
        while (System.nanoTime() < deadline) {
            RuntimeFacts.BundleHealth status = facts.get().map(f -> f.status(bundle)).orElse(null);
            boolean failed = status != null && "FAILED".equals(status.state());
            if (bundle.getState() == Bundle.ACTIVE && !failed && describe(bundle).isPresent()) {
                return Optional.empty();
            }
            if (status != null && status.error() != null) {
                problem = status.error();
                if (problem.startsWith("activation of") || problem.startsWith("database migration")
                        || "INSTALLED".equals(status.state())) {
                    return Optional.of(problem);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.of(problem != null ? problem : "its plugin service did not appear within "
                + activationTimeout.toSeconds() + " s");
    }
}
