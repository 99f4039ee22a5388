package cn.gov.laoshan.district.console.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.console.config.MetatypeCatalogue.Located;
import cn.gov.laoshan.district.console.plugins.ConsoleException;

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
 * <p>The concerns live beside it: {@link MetatypeCatalogue} (descriptions and forms), {@link ConfigInput} (parsing
 * and validation), {@link CfgFile} (the file), {@link ConfigAuditJson} (what the audit log keeps),
 * {@link PluginOwnership} (which plugin and department a PID belongs to). This class checks permissions and puts
 * them together.
 *
 * <p>On a database several nodes share, a save or reset of a PID (not of a factory instance) is stored for every node
 * first ({@link SharedConfiguration}), and each node applies it within its poll (2 s).
 *
 * <p>Secrets (PASSWORD attributes) are write-only: never returned, never audited; they can be replaced or cleared.
 */
public final class ConfigService implements AutoCloseable {

    public static final String VIEW = "console.config.view";
    public static final String MANAGE = "console.config.manage";
    static final String FILENAME = CfgFile.FILENAME;
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
    private final MetatypeCatalogue catalogue;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private ServiceRegistration<ConfigurationListener> registration;
    /** Where a save goes for every node on a shared database; {@code null} on a home of its own (embedded Derby). */
    private final SharedConfiguration shared;

    public ConfigService(BundleContext context, Path conf, AccessControl access, Supplier<Optional<AuditLog>> audit) {
        this(context, conf, access, audit, null);
    }

    /** @param shared the configuration every node on the database shares, or {@code null} (a node of its own) */
    public ConfigService(BundleContext context, Path conf, AccessControl access, Supplier<Optional<AuditLog>> audit,
            SharedConfiguration shared) {
        this.shared = shared;
        this.context = context;
        this.conf = conf;
        this.access = access;
        this.audit = audit;
        this.catalogue = new MetatypeCatalogue(context);
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

    /** Every configurable PID, factory PID and factory instance, grouped by department and plugin. */
    public List<Configurable> configurables(Locale locale) {
        access.check(VIEW);
        return withServices((metatype, admin) -> catalogue.configurables(metatype, admin,
                MetatypeCatalogue.metatypeLocale(locale)));
    }

    /** The form of one PID (or factory instance); a factory PID gives the empty form of a new instance. */
    public ConfigForm form(String pid, Locale locale) {
        access.check(VIEW);
        return withServices((metatype, admin) -> MetatypeCatalogue.form(
                catalogue.locate(metatype, admin, pid, MetatypeCatalogue.metatypeLocale(locale))));
    }

    /**
     * Validates and saves ({@link ConfigInput#apply}: an absent id keeps its value, an empty list removes it, an empty
     * secret keeps it, {@code clearSecrets} removes it). Invalid input changes nothing and throws
     * {@link ConfigValidationException} naming each field. For a factory PID a new instance is created.
     */
    public ConfigForm save(String pid, Map<String, List<String>> input, Set<String> clearSecrets, Locale locale) {
        access.check(MANAGE);
        return withServices((metatype, admin) -> {
            Located l = catalogue.locate(metatype, admin, pid, MetatypeCatalogue.metatypeLocale(locale));
            refuseReadOnly(l.pid(), l.factoryPid());
            Map<String, Object> old = properties(l.config());
            ConfigInput.Applied applied = ConfigInput.apply(l.ocd(), old, input, clearSecrets);
            Map<String, Object> next = applied.next();
            Set<String> changed = new TreeSet<>();
            Set<String> keys = new HashSet<>(old.keySet());
            keys.addAll(next.keySet());
            for (String key : keys) {
                if (!CfgFile.RESERVED.contains(key) && !Objects.deepEquals(old.get(key), next.get(key))) {
                    changed.add(key);
                }
            }
            if (changed.isEmpty() && l.config() != null) {
                return MetatypeCatalogue.form(l);
            }
            if (shared != null && l.factoryPid() == null) {
                // first, for every node: when the database refuses, nothing has changed anywhere
                shared.publish(l.pid(), next);
            }
            Configuration target = l.config();
            if (target == null) {
                target = l.factory() ? admin.createFactoryConfiguration(l.factoryPid(), "?")
                        : admin.getConfiguration(l.pid(), "?");
            }
            Object filename = next.get(FILENAME);
            if (filename == null || !Files.isRegularFile(CfgFile.path(filename.toString()))) {
                Path file = CfgFile.fileFor(conf, target.getPid(), l.factoryPid());
                CfgFile.write(file, next);
                next.put(FILENAME, file.toAbsolutePath().toUri().toString());
            } else {
                CfgFile.ownerOnly(CfgFile.path(filename.toString()));
            }
            update(target, next);
            record("config.update", target.getPid(), changed, applied.secrets(), old, next);
            return MetatypeCatalogue.form(new Located(target.getPid(), l.factoryPid(), false, l.ocd(), target));
        });
    }

    /** Deletes the configuration (the defaults apply again) and its {@code .cfg} file. */
    public void reset(String pid) {
        access.check(MANAGE);
        withServices((metatype, admin) -> {
            Configuration config = MetatypeCatalogue.existing(admin, pid);
            if (config == null) {
                return null;
            }
            refuseReadOnly(pid, config.getFactoryPid());
            Map<String, Object> old = properties(config);
            Set<String> secrets = ConfigInput.secrets(catalogue.locate(metatype, admin, pid, "en").ocd());
            if (shared != null && config.getFactoryPid() == null) {
                shared.publish(pid, null);
            }
            try {
                config.delete();
                Object filename = old.get(FILENAME);
                if (filename != null) {
                    Files.deleteIfExists(CfgFile.path(filename.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> changed = new TreeSet<>(old.keySet());
            changed.removeAll(CfgFile.RESERVED);
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

    /** A configuration's values, without the keys Configuration Admin adds ({@code service.pid}, ...). */
    static Map<String, Object> properties(Configuration config) {
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

    private void record(String action, String pid, Set<String> changed, Set<String> secrets, Map<String, Object> old,
            Map<String, Object> next) {
        if (changed.isEmpty()) {
            return;
        }
        audit.get().ifPresent(log -> log.record("console", action, "Configuration", pid,
                ConfigAuditJson.of(changed, secrets, old), ConfigAuditJson.of(changed, secrets, next)));
    }
}
