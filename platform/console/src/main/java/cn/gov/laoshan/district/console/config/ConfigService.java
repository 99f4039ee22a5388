package cn.gov.laoshan.district.console.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.config.ConfigForm.Field;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.config.ConfigForm.Kind;
import cn.gov.laoshan.district.console.config.ConfigValidationException.Problem;
import cn.gov.laoshan.district.core.config.ConfigValues;

/**
 * The configuration of every configurable service and plugin: each PID (and factory PID) that any bundle describes
 * with Metatype ({@link MetaTypeService} over all bundles, the system bundle with the platform modules included),
 * its form generated from the attribute definitions, saved through Configuration Admin and mirrored to
 * {@code <home>/conf/<pid>.cfg}.
 *
 * <p>Mirroring: FileInstall writes a configuration back to its file when Configuration Admin changes it, but only
 * for configurations that carry {@code felix.fileinstall.filename} and whose file exists. For a configuration the
 * screen creates (or one created by some other code), this service first writes the file itself, in FileInstall's
 * typed format ({@code key = I"16"}), mode {@code rw-------}, then updates Configuration Admin with
 * {@code felix.fileinstall.filename} pointing at it; from then on FileInstall keeps file and configuration in step
 * both ways. Configurations are taken with location {@code "?"} (any bundle may use them), as FileInstall does.
 *
 * <p>Secrets (PASSWORD attributes) are write-only: never returned, never audited; they can be replaced or cleared.
 */
public final class ConfigService implements AutoCloseable {

    public static final String VIEW = "console.config.view";
    public static final String MANAGE = "console.config.manage";
    static final String FILENAME = "felix.fileinstall.filename";
    private static final Set<String> RESERVED = Set.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, FILENAME);
    private static final Logger LOG = LoggerFactory.getLogger(ConfigService.class);
    /**
     * Shown but not changed here: FileInstall's watchers are the runtime's (conf/ and deploy/); a watcher written to
     * conf/ as a .cfg file would start another watcher.
     */
    static final Set<String> READ_ONLY = Set.of("org.apache.felix.fileinstall");

    private final BundleContext context;
    private final Path conf;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private ServiceRegistration<ConfigurationListener> registration;

    public ConfigService(BundleContext context, Path conf, AccessControl access, Supplier<Optional<AuditLog>> audit) {
        this.context = context;
        this.conf = conf;
        this.access = access;
        this.audit = audit;
    }

    /** Starts listening to Configuration Admin's events (file edits included) for {@link #onChange}. */
    public ConfigService open() {
        registration = context.registerService(ConfigurationListener.class, event -> {
            for (Consumer<String> listener : listeners) {
                try {
                    listener.accept(event.getPid());
                } catch (RuntimeException e) {
                    LOG.warn("configuration listener failed", e);
                }
            }
        }, null);
        return this;
    }

    @Override
    public void close() {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /** Calls {@code listener} with the PID of every configuration that changes; the result unregisters it. */
    public Runnable onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether the current user may save and reset ({@value #MANAGE}). */
    public boolean mayManage() {
        return access.has(MANAGE);
    }

    // ---- reading

    /** Every configurable PID, factory PID and factory instance, grouped by department and plugin. */
    public List<Configurable> configurables(Locale locale) {
        access.check(VIEW);
        String loc = metatypeLocale(locale);
        return withServices((metatype, admin) -> {
            List<Configurable> out = new ArrayList<>();
            for (Bundle bundle : context.getBundles()) {
                MetaTypeInformation info = information(metatype, bundle);
                if (info == null) {
                    continue;
                }
                for (String pid : nonNull(info.getPids())) {
                    ObjectClassDefinition ocd = ocd(info, pid, loc);
                    if (ocd != null) {
                        PluginDescriptor owner = owner(bundle, pid);
                        out.add(new Configurable(pid, null, false, bundle.getSymbolicName(), id(owner),
                                owner == null ? null : owner.nameKey(), department(bundle, owner), ocd.getName(),
                                text(ocd.getDescription()), existing(admin, pid) != null));
                    }
                }
                for (String factoryPid : nonNull(info.getFactoryPids())) {
                    ObjectClassDefinition ocd = ocd(info, factoryPid, loc);
                    if (ocd == null) {
                        continue;
                    }
                    PluginDescriptor owner = owner(bundle, factoryPid);
                    out.add(new Configurable(factoryPid, null, true, bundle.getSymbolicName(), id(owner),
                            owner == null ? null : owner.nameKey(), department(bundle, owner), ocd.getName(),
                            text(ocd.getDescription()), false));
                    for (Configuration instance : list(admin, "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "="
                            + escape(factoryPid) + ")")) {
                        out.add(new Configurable(instance.getPid(), factoryPid, false, bundle.getSymbolicName(),
                                id(owner), owner == null ? null : owner.nameKey(), department(bundle, owner),
                                ocd.getName() + " · " + instance.getPid(), text(ocd.getDescription()), true));
                    }
                }
            }
            out.sort(Comparator.comparing((Configurable c) -> Objects.toString(c.departmentKey(), "~"))
                    .thenComparing(Configurable::pluginId).thenComparing(Configurable::pid));
            return out;
        });
    }

    /** The form of one PID (or factory instance); a factory PID gives the empty form of a new instance. */
    public ConfigForm form(String pid, Locale locale) {
        access.check(VIEW);
        return withServices((metatype, admin) -> form(locate(metatype, admin, pid, metatypeLocale(locale))));
    }

    private ConfigForm form(Located l) {
        Dictionary<String, Object> props = l.config == null ? null : l.config.getProperties();
        Set<String> required = ids(l.ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
        List<Field> fields = new ArrayList<>();
        for (AttributeDefinition ad : definitions(l.ocd)) {
            Kind kind = kind(ad.getType());
            Object value = props == null ? null : props.get(ad.getID());
            List<String> values = kind == Kind.PASSWORD ? List.of() : strings(value);
            boolean secretSet = kind == Kind.PASSWORD && value != null && !strings(value).stream().allMatch(String::isEmpty);
            fields.add(new Field(ad.getID(), text(ad.getName()).isEmpty() ? ad.getID() : ad.getName(),
                    text(ad.getDescription()), kind, ad.getType(), ad.getCardinality(), required.contains(ad.getID()),
                    kind == Kind.PASSWORD ? List.of() : list(ad.getDefaultValue()), options(ad), values, secretSet));
        }
        Object file = props == null ? null : props.get(FILENAME);
        return new ConfigForm(l.config == null ? l.pid : l.config.getPid(), l.factoryPid, l.ocd.getName(),
                text(l.ocd.getDescription()), l.config != null, file == null ? null : file(file.toString()).toString(),
                List.copyOf(fields));
    }

    // ---- writing

    /**
     * Validates and saves. {@code input}: attribute id → its values as typed (one per line for lists); an absent
     * id keeps its value, an empty list removes it (the default applies). For a PASSWORD attribute an empty or absent
     * value keeps the secret; {@code clearSecrets} removes it. Invalid input changes nothing and throws
     * {@link ConfigValidationException} naming each field. For a factory PID a new instance is created.
     */
    public ConfigForm save(String pid, Map<String, List<String>> input, Set<String> clearSecrets, Locale locale) {
        access.check(MANAGE);
        return withServices((metatype, admin) -> {
            Located l = locate(metatype, admin, pid, metatypeLocale(locale));
            refuseReadOnly(l.pid, l.factoryPid);
            Map<String, Object> old = properties(l.config);
            Map<String, Object> next = new LinkedHashMap<>(old);
            Set<String> required = ids(l.ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED));
            Map<String, Problem> problems = new TreeMap<>();
            Set<String> secrets = new HashSet<>();
            for (AttributeDefinition ad : definitions(l.ocd)) {
                String id = ad.getID();
                Kind kind = kind(ad.getType());
                List<String> given = input.get(id);
                if (kind == Kind.PASSWORD) {
                    secrets.add(id);
                    if (clearSecrets.contains(id)) {
                        next.remove(id);
                    } else if (given != null && !given.isEmpty() && !given.get(0).isEmpty()) {
                        Problem problem = check(ad, kind, given.get(0));
                        if (problem != null) {
                            problems.put(id, problem);
                        } else {
                            next.put(id, given.get(0));
                        }
                    }
                    continue;
                }
                if (given == null) {
                    continue;
                }
                List<String> values = given.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
                if (values.isEmpty()) {
                    if (required.contains(id) && list(ad.getDefaultValue()).isEmpty()) {
                        problems.put(id, new Problem("console.config.invalid.missing", ""));
                    } else {
                        next.remove(id);
                    }
                    continue;
                }
                int max = ad.getCardinality() == 0 ? 1 : Math.abs(ad.getCardinality());
                if (values.size() > max) {
                    problems.put(id, new Problem("console.config.invalid.too-many", String.valueOf(max)));
                    continue;
                }
                List<Object> typed = new ArrayList<>();
                for (String v : values) {
                    Problem problem = check(ad, kind, v);
                    if (problem != null) {
                        problems.put(id, problem);
                        break;
                    }
                    typed.add(parse(kind, v));
                }
                if (!problems.containsKey(id)) {
                    next.put(id, ad.getCardinality() == 0 ? typed.get(0) : array(kind, typed));
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigValidationException(problems);
            }
            Set<String> changed = new TreeSet<>();
            Set<String> keys = new HashSet<>(old.keySet());
            keys.addAll(next.keySet());
            for (String key : keys) {
                if (!RESERVED.contains(key) && !Objects.deepEquals(old.get(key), next.get(key))) {
                    changed.add(key);
                }
            }
            if (changed.isEmpty() && l.config != null) {
                return form(l);
            }
            Configuration target = l.config;
            if (target == null) {
                target = l.factory ? admin.createFactoryConfiguration(l.factoryPid, "?")
                        : admin.getConfiguration(l.pid, "?");
            }
            Object filename = next.get(FILENAME);
            Path file;
            if (filename == null || !Files.isRegularFile(file(filename.toString()))) {
                file = conf.resolve(l.factory || l.factoryPid != null
                        ? l.factoryPid + "-" + shortName(target.getPid(), l.factoryPid) + ".cfg" : l.pid + ".cfg");
                writeCfg(file, next);
                next.put(FILENAME, file.toAbsolutePath().toUri().toString());
            } else {
                file = file(filename.toString());
                ownerOnly(file);
            }
            update(target, next);
            record("config.update", target.getPid(), changed, secrets, old, next);
            Located saved = new Located(target.getPid(), l.factoryPid, false, l.ocd, target);
            return form(saved);
        });
    }

    /** Deletes the configuration (the defaults apply again) and its {@code .cfg} file. */
    public void reset(String pid) {
        access.check(MANAGE);
        withServices((metatype, admin) -> {
            Configuration config = existing(admin, pid);
            if (config == null) {
                return null;
            }
            refuseReadOnly(pid, config.getFactoryPid());
            Map<String, Object> old = properties(config);
            Set<String> secrets = new HashSet<>();
            Located l = locate(metatype, admin, pid, "en");
            for (AttributeDefinition ad : definitions(l.ocd)) {
                if (kind(ad.getType()) == Kind.PASSWORD) {
                    secrets.add(ad.getID());
                }
            }
            try {
                config.delete();
                Object filename = old.get(FILENAME);
                if (filename != null) {
                    Files.deleteIfExists(file(filename.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> changed = new TreeSet<>(old.keySet());
            changed.removeAll(RESERVED);
            record("config.reset", pid, changed, secrets, old, Map.of());
            return null;
        });
    }

    // ---- helpers

    private static void refuseReadOnly(String pid, String factoryPid) {
        if (READ_ONLY.contains(pid) || (factoryPid != null && READ_ONLY.contains(factoryPid))) {
            throw new ConsoleException("console.config.read-only-pid", pid + " is managed by the runtime", pid);
        }
    }

    private record Located(String pid, String factoryPid, boolean factory, ObjectClassDefinition ocd,
            Configuration config) {
    }

    private interface Work<R> {
        R run(MetaTypeService metatype, ConfigurationAdmin admin) throws IOException;
    }

    private <R> R withServices(Work<R> work) {
        ServiceReference<MetaTypeService> m = context.getServiceReference(MetaTypeService.class);
        ServiceReference<ConfigurationAdmin> c = context.getServiceReference(ConfigurationAdmin.class);
        if (m == null || c == null) {
            throw new IllegalStateException("Metatype or Configuration Admin is not running");
        }
        try {
            return work.run(context.getService(m), context.getService(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.ungetService(m);
            context.ungetService(c);
        }
    }

    private Located locate(MetaTypeService metatype, ConfigurationAdmin admin, String pid, String locale)
            throws IOException {
        Configuration config = existing(admin, pid);
        String factoryPid = config == null ? null : config.getFactoryPid();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info = information(metatype, bundle);
            if (info == null) {
                continue;
            }
            if (factoryPid == null && Arrays.asList(nonNull(info.getPids())).contains(pid)) {
                return new Located(pid, null, false, ocd(info, pid, locale), config);
            }
            if (factoryPid != null && Arrays.asList(nonNull(info.getFactoryPids())).contains(factoryPid)) {
                return new Located(pid, factoryPid, false, ocd(info, factoryPid, locale), config);
            }
            if (factoryPid == null && Arrays.asList(nonNull(info.getFactoryPids())).contains(pid)) {
                return new Located(pid, pid, true, ocd(info, pid, locale), null);
            }
        }
        throw new IllegalArgumentException("no Metatype description for " + pid);
    }

    private static MetaTypeInformation information(MetaTypeService metatype, Bundle bundle) {
        if (bundle.getState() == Bundle.UNINSTALLED || bundle.getState() == Bundle.INSTALLED) {
            return null;
        }
        try {
            return metatype.getMetaTypeInformation(bundle);
        } catch (RuntimeException e) {
            LOG.debug("no metatype information for {}", bundle.getSymbolicName(), e);
            return null;
        }
    }

    private static ObjectClassDefinition ocd(MetaTypeInformation info, String id, String locale) {
        try {
            return info.getObjectClassDefinition(id, locale);
        } catch (IllegalArgumentException e) {
            return info.getObjectClassDefinition(id, null);
        }
    }

    private static Configuration existing(ConfigurationAdmin admin, String pid) throws IOException {
        List<Configuration> found = list(admin, "(" + Constants.SERVICE_PID + "=" + escape(pid) + ")");
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Configuration> list(ConfigurationAdmin admin, String filter) throws IOException {
        try {
            Configuration[] found = admin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private PluginDescriptor owner(Bundle bundle, String pid) {
        List<PluginDescriptor> descriptors = new ArrayList<>();
        try {
            Collection<ServiceReference<DistrictPlugin>> refs = context.getServiceReferences(DistrictPlugin.class, null);
            for (ServiceReference<DistrictPlugin> ref : refs) {
                if (ref.getBundle() == null || ref.getBundle().getBundleId() != bundle.getBundleId()) {
                    continue;
                }
                DistrictPlugin plugin = context.getService(ref);
                if (plugin != null) {
                    try {
                        descriptors.add(plugin.descriptor());
                    } catch (RuntimeException | LinkageError e) {
                        LOG.debug("no descriptor", e);
                    } finally {
                        context.ungetService(ref);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> segments = Arrays.asList(pid.split("\\."));
        return descriptors.stream().filter(d -> segments.contains(d.id())).findFirst()
                .orElse(descriptors.size() == 1 ? descriptors.get(0) : null);
    }

    private static String id(PluginDescriptor owner) {
        return owner == null ? "" : owner.id();
    }

    private static String department(Bundle bundle, PluginDescriptor owner) {
        if (owner != null) {
            return owner.departmentKey();
        }
        return bundle.getBundleId() == 0 ? "shell.department.platform" : null;
    }

    private static List<AttributeDefinition> definitions(ObjectClassDefinition ocd) {
        AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? List.of() : List.of(all);
    }

    private static Set<String> ids(AttributeDefinition[] definitions) {
        Set<String> ids = new HashSet<>();
        if (definitions != null) {
            for (AttributeDefinition ad : definitions) {
                ids.add(ad.getID());
            }
        }
        return ids;
    }

    static Kind kind(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> Kind.STRING;
            case AttributeDefinition.INTEGER, AttributeDefinition.SHORT, AttributeDefinition.BYTE -> Kind.INTEGER;
            case AttributeDefinition.LONG -> Kind.LONG;
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT, AttributeDefinition.BIGDECIMAL -> Kind.DOUBLE;
            case AttributeDefinition.BOOLEAN -> Kind.BOOLEAN;
            case AttributeDefinition.PASSWORD -> Kind.PASSWORD;
            default -> Kind.OTHER;
        };
    }

    /**
     * The platform's one check of a configuration value ({@link ConfigValues}: type, then the definition's own
     * {@code validate}, then its options), the same that refuses invalid values read from {@code conf/*.cfg} files,
     * as a console message key.
     */
    static Problem check(AttributeDefinition ad, Kind kind, String value) {
        String code = ConfigValues.problem(ad, value);
        return code == null ? null : problemOf(code, value);
    }

    /** Felix Metatype's validation wording ({@code %less than minimum}, ...) as console message keys. */
    static Problem problem(String message, String value) {
        return problemOf(ConfigValues.code(message), value);
    }

    private static Problem problemOf(String code, String value) {
        return code.startsWith("other:") ? new Problem("console.config.invalid.other", code.substring("other:".length()))
                : new Problem("console.config.invalid." + code, value);
    }

    static Object parse(Kind kind, String value) {
        return ConfigValues.parse(switch (kind) {
            case INTEGER -> AttributeDefinition.INTEGER;
            case LONG -> AttributeDefinition.LONG;
            case DOUBLE -> AttributeDefinition.DOUBLE;
            case BOOLEAN -> AttributeDefinition.BOOLEAN;
            default -> AttributeDefinition.STRING;
        }, value);
    }

    private static Object array(Kind kind, List<Object> values) {
        Class<?> type = switch (kind) {
            case INTEGER -> Integer.class;
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            default -> String.class;
        };
        Object array = Array.newInstance(type, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    private static List<ConfigForm.Option> options(AttributeDefinition ad) {
        String[] values = ad.getOptionValues();
        if (values == null) {
            return List.of();
        }
        String[] labels = ad.getOptionLabels();
        List<ConfigForm.Option> options = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            options.add(new ConfigForm.Option(labels != null && i < labels.length ? labels[i] : values[i], values[i]));
        }
        return options;
    }

    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value.getClass().isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(String.valueOf(Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String[] nonNull(String[] values) {
        return values == null ? new String[0] : values;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '(' || c == ')' || c == '*' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** "zh_CN" (the default) or "en": the locale strings Metatype localisations are named with. */
    static String metatypeLocale(Locale locale) {
        return locale == null || locale.getLanguage().isEmpty() ? "zh_CN" : locale.toString();
    }

    private static Map<String, Object> properties(Configuration config) {
        Map<String, Object> out = new LinkedHashMap<>();
        Dictionary<String, Object> props = config == null ? null : config.getProperties();
        if (props != null) {
            for (Enumeration<String> keys = props.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                out.put(key, props.get(key));
            }
        }
        out.remove(Constants.SERVICE_PID);
        out.remove(ConfigurationAdmin.SERVICE_FACTORYPID);
        out.remove(ConfigurationAdmin.SERVICE_BUNDLELOCATION);
        return out;
    }

    private static void update(Configuration config, Map<String, Object> values) throws IOException {
        Hashtable<String, Object> table = new Hashtable<>();
        values.forEach((k, v) -> {
            if (v != null) {
                table.put(k, v);
            }
        });
        config.update(table);
    }

    private static String shortName(String pid, String factoryPid) {
        String rest = pid.startsWith(factoryPid + ".") ? pid.substring(factoryPid.length() + 1) : pid;
        return rest.isEmpty() ? UUID.randomUUID().toString() : rest.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static Path file(String key) {
        try {
            return key.startsWith("file:") ? Path.of(URI.create(key)) : Path.of(key);
        } catch (IllegalArgumentException e) {
            return Path.of(key);
        }
    }

    /** The file in FileInstall's typed {@code .cfg} format, owner-only, replaced atomically. */
    static void writeCfg(Path file, Map<String, Object> values) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(partial, cfgText(values), StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        ownerOnly(file);
    }

    static void ownerOnly(Path file) throws IOException {
        if (Files.exists(file) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-------");
            if (!Files.getPosixFilePermissions(file).equals(mode)) {
                Files.setPosixFilePermissions(file, mode);
            }
        }
    }

    static String cfgText(Map<String, Object> values) {
        StringBuilder out = new StringBuilder(
                "# Written by the admin console; FileInstall keeps this file and Configuration Admin in step.\n");
        new TreeMap<>(values).forEach((key, value) -> {
            if (!RESERVED.contains(key) && value != null) {
                out.append(key).append(" = ").append(typed(value)).append('\n');
            }
        });
        return out.toString();
    }

    private static String typed(Object value) {
        if (value.getClass().isArray()) {
            StringBuilder out = new StringBuilder(prefix(value.getClass().getComponentType())).append("[ \\\n");
            for (int i = 0; i < Array.getLength(value); i++) {
                out.append("  ").append(quoted(String.valueOf(Array.get(value, i)))).append(", \\\n");
            }
            return out.append("  ]").toString();
        }
        return prefix(value.getClass()) + quoted(String.valueOf(value));
    }

    private static String prefix(Class<?> type) {
        if (type == Integer.class) {
            return "I";
        } else if (type == Long.class) {
            return "L";
        } else if (type == Double.class) {
            return "D";
        } else if (type == Boolean.class) {
            return "B";
        }
        return "";
    }

    /** Quoted as FileInstall reads it: quote and backslash escaped, everything outside ASCII as \\uXXXX. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"') {
                out.append("\\\"");
            } else if (c == '\\') {
                out.append("\\\\\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private void record(String action, String pid, Set<String> changed, Set<String> secrets, Map<String, Object> old,
            Map<String, Object> next) {
        if (changed.isEmpty()) {
            return;
        }
        Function<Map<String, Object>, String> json = values -> {
            StringBuilder out = new StringBuilder("{");
            for (String key : changed) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(jsonString(key)).append(':');
                Object v = values.get(key);
                if (secrets.contains(key)) {
                    out.append(jsonString(v == null ? "(未设置 not set)" : "(已设置 set)"));
                } else if (v == null) {
                    out.append("null");
                } else if (v.getClass().isArray() || v instanceof Collection) {
                    out.append('[').append(String.join(",", strings(v).stream().map(ConfigService::jsonString).toList()))
                            .append(']');
                } else {
                    out.append(jsonString(String.valueOf(v)));
                }
            }
            return out.append('}').toString();
        };
        audit.get().ifPresent(log -> log.record("console", action, "Configuration", pid, json.apply(old),
                json.apply(next)));
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
