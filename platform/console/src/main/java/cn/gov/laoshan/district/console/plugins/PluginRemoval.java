package cn.gov.laoshan.district.console.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.db.PluginSchemas;

/** Uninstalling a plugin: its kept jar goes; its data stays unless dropping it was confirmed with the plugin's id. */
final class PluginRemoval {

    private final Database database;
    private final PluginCatalogue catalogue;
    private final PluginAuditTrail trail;
    private final Path home;

    PluginRemoval(Database database, PluginCatalogue catalogue, PluginAuditTrail trail, Path home) {
        this.database = database;
        this.catalogue = catalogue;
        this.trail = trail;
        this.home = home;
    }

    /**
     * The refusals of {@link #uninstall} before anything changes: dropping data without the plugin's id typed, a
     * reserved schema, a plugin from {@code deploy/} (remove the file there).
     */
    void check(Bundle bundle, boolean dropData, String confirmation) {
        PluginInfo before = catalogue.info(bundle);
        if (dropData && !before.id().equals(confirmation == null ? null : confirmation.trim())) {
            throw new ConsoleException("console.error.confirm-mismatch",
                    "type the plugin id " + before.id() + " to drop its data", before.id());
        }
        String reserved = dropData ? PluginSchemas.refusal(bundle.getSymbolicName()) : null;
        if (reserved != null) {
            // never drop a schema the bundle does not own: x.y.platform would wipe users and the audit log
            throw new ConsoleException("console.error.reserved-schema", reserved, bundle.getSymbolicName());
        }
        if (!bundle.getLocation().startsWith(PluginManager.LOCATION_PREFIX)
                && bundle.getLocation().contains("/deploy/")) {
            throw new ConsoleException("console.error.not-managed",
                    "this plugin comes from " + bundle.getLocation() + "; remove the file there", bundle.getLocation());
        }
    }

    /**
     * Uninstalls a plugin; its data stays unless {@code dropData}, which needs the plugin id typed as
     * {@code confirmation}.
     */
    void uninstall(Bundle bundle, boolean dropData, String confirmation) throws IOException {
        check(bundle, dropData, confirmation);
        PluginInfo before = catalogue.info(bundle);
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new ConsoleException("console.error.uninstall-failed", "uninstall failed: " + e.getMessage(),
                    e.getMessage());
        }
        Files.deleteIfExists(KeptPlugins.jar(home, bundle.getSymbolicName()));
        if (dropData) {
            try {
                database.dropSchema(PluginCatalogue.schemaId(bundle.getSymbolicName()));
            } catch (SQLException | RuntimeException e) {
                trail.record("plugin.uninstall", bundle.getSymbolicName(), PluginAuditTrail.summary(before),
                        "uninstalled; data NOT dropped: " + e.getMessage());
                throw new ConsoleException("console.error.drop-failed", "uninstalled, but its data could not be dropped: "
                        + e.getMessage(), e.getMessage());
            }
        }
        trail.record("plugin.uninstall", bundle.getSymbolicName(), PluginAuditTrail.summary(before),
                dropData ? "uninstalled, data dropped" : "uninstalled, data kept");
    }
}
