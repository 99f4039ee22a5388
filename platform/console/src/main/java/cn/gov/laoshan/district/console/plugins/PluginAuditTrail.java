package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;

/**
 * What the audit log says of the plugins: each change recorded (or undone when it cannot be), the ledger of what it
 * last said ({@link PluginLedger}), and at the end of a start the reconciliation of what a crash or a file changed
 * while the platform was down left unrecorded.
 */
final class PluginAuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(PluginAuditTrail.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BundleContext context;
    private final PluginCatalogue catalogue;
    private final Path home;
    private final Supplier<Optional<AuditLog>> audit;
    private final PluginLedger ledger;

    PluginAuditTrail(BundleContext context, PluginCatalogue catalogue, Path home, Supplier<Optional<AuditLog>> audit) {
        this.context = context;
        this.catalogue = catalogue;
        this.home = home;
        this.audit = audit;
        this.ledger = new PluginLedger(home.resolve("data").resolve("plugin-ledger.properties"));
    }

    interface Undo {
        void run() throws BundleException;
    }

    /**
     * Records a start or stop; when the audit log cannot be written (a full disk), the change is undone and refused,
     * so that no state change goes unrecorded.
     */
    void recordOrUndo(String action, Bundle bundle, String before, String after, Undo undo) {
        try {
            record(action, bundle.getSymbolicName(), before, after);
        } catch (RuntimeException e) {
            try {
                undo.run();
            } catch (BundleException | RuntimeException undone) {
                LOG.error("{}: {} could not be undone after the audit record failed", bundle.getSymbolicName(), action,
                        undone);
            }
            throw new ConsoleException("console.error.audit-failed", "the audit log cannot be written ("
                    + e.getMessage() + "); nothing was changed", String.valueOf(e.getMessage()));
        }
    }

    /** Audits an install, update or failed update that came through {@code deploy/}. */
    void recordDeploy(String action, PluginJar jar, String before, Bundle bundle, String note) {
        String after = bundle == null ? note : summary(catalogue.info(bundle)) + ", sha256 " + jar.sha256() + ", " + note;
        record(action, jar.symbolicName(), before, after);
    }

    void recordUninstall(String symbolicName, String before, String note) {
        record("plugin.uninstall", symbolicName, before, "uninstalled, data kept, " + note);
    }

    /** A plugin's state as an audit record's before/after (JSON). */
    static String summary(PluginInfo info) {
        return JSON.createObjectNode().put("plugin", info.id()).put("version", info.version()).put("state", info.state())
                .put("schema", info.schemaVersion()).toString();
    }

    /** Why the calling thread changes plugins, when it is not a person's action: a node following the cluster. */
    private final ThreadLocal<String> cause = new ThreadLocal<>();

    interface Change<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code change} with {@code why} added to each audit record it writes: a node converging on a desired
     * state another node's console wrote says so (the person's own record is the other node's).
     */
    <T> T because(String why, Change<T> change) throws IOException {
        cause.set(why);
        try {
            return change.run();
        } finally {
            cause.remove();
        }
    }

    void record(String action, String bsn, String before, String after) {
        String why = cause.get();
        String recorded = why == null ? after : after == null ? why : after + "; " + why;
        audit.get().ifPresent(log -> log.record("console", action, "Plugin", bsn, before, recorded));
        try {
            ledger.put(bsn, ledgerEntry(bsn));
        } catch (IOException e) {
            LOG.warn("cannot write the plugin ledger: {}", e.toString());
        }
    }

    /** {@code <version> <where from>} of the console- or deploy-installed bundle of a symbolic name, else null. */
    private String ledgerEntry(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                String from = from(bundle);
                if (from != null) {
                    return bundle.getVersion() + " " + from;
                }
            }
        }
        return null;
    }

    /** {@code console} or {@code deploy/<file>} for the bundles whose changes are audited, else null. */
    private static String from(Bundle bundle) {
        String location = bundle.getLocation();
        if (location.startsWith(PluginManager.LOCATION_PREFIX)) {
            return "console";
        }
        int deploy = location.lastIndexOf("/deploy/");
        return deploy < 0 ? null : "deploy/" + location.substring(deploy + "/deploy/".length());
    }

    void reconcile() {
        Map<String, String> recorded = ledger.read();
        Map<String, String> found = new java.util.TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            String from = catalogue.isPlugin(bundle) ? from(bundle) : null;
            if (from != null) {
                found.put(bundle.getSymbolicName(), bundle.getVersion() + " " + from);
            }
        }
        java.util.Set<String> names = new java.util.TreeSet<>(recorded.keySet());
        names.addAll(found.keySet());
        for (String name : names) {
            String before = recorded.get(name);
            String now = found.get(name);
            if (java.util.Objects.equals(before, now)) {
                continue;
            }
            String after = now == null ? "not installed at start (the audit log last recorded " + before + ")"
                    : "installed at start: " + now + keptSince(name, now);
            LOG.warn("plugin {}: {} (the audit log did not know: recorded now)", name, after);
            audit.get().ifPresent(log -> log.record("console", "plugin.reconcile", "Plugin", name, before, after));
        }
        try {
            ledger.write(found);
        } catch (IOException e) {
            LOG.warn("cannot write the plugin ledger: {}", e.toString());
        }
    }

    /** When the jar that brought a plugin was last changed, and by which way in: who changed it, as far as known. */
    private String keptSince(String symbolicName, String entry) {
        Path jar = entry.endsWith(" console") ? KeptPlugins.jar(home, symbolicName)
                : home.resolve(entry.substring(entry.indexOf(' ') + 1));
        try {
            return ", " + (entry.endsWith(" console") ? "kept by the admin console in plugins/" : "dropped into deploy/")
                    + ", file last changed " + Files.getLastModifiedTime(jar);
        } catch (IOException e) {
            return "";
        }
    }
}
