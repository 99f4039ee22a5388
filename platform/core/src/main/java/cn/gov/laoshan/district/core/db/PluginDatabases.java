package cn.gov.laoshan.district.core.db;

import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.data.DatabaseKind;
import cn.gov.laoshan.district.api.data.PluginDatabase;

/**
 * Hands each plugin bundle its own {@link PluginDatabase}, after migrating its schema with the SQL files under
 * {@code db/migration/} of the bundle. When a migration fails the bundle gets nothing (its component cannot
 * activate), the schema stays as it was, and {@link #failure(Bundle)} says why for the plugin's health.
 */
public final class PluginDatabases implements ServiceFactory<PluginDatabase> {

    public static final String MIGRATIONS = "db/migration";
    /** The Flyway history table of a plugin's schema. */
    public static final String HISTORY = "flyway_schema_history";
    private static final Logger LOG = LoggerFactory.getLogger(PluginDatabases.class);

    private final Database database;
    private final Map<Long, String> failures = new ConcurrentHashMap<>();

    public PluginDatabases(Database database) {
        this.database = database;
    }

    public ServiceRegistration<PluginDatabase> register(BundleContext context) {
        return context.registerService(PluginDatabase.class, this, null);
    }

    /** The schema id of a bundle: the last segment of its symbolic name, lower case. */
    public static String schemaId(Bundle bundle) {
        return PluginSchemas.schemaId(bundle.getSymbolicName());
    }

    /**
     * The SQL migrations a bundle carries, by file name: those in {@code db/migration/} and, for the few statements
     * that cannot be portable (a binary column is {@code blob} on Derby, {@code bytea} on PostgreSQL), those in
     * {@code db/migration/derby/} or {@code db/migration/postgresql/}.
     */
    public static MigrationFiles migrations(Bundle bundle, DatabaseKind kind) {
        Map<String, URL> files = new TreeMap<>();
        for (String folder : new String[] {MIGRATIONS, MIGRATIONS + "/" + kind.name().toLowerCase(java.util.Locale.ROOT)}) {
            Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
            if (entries != null) {
                for (URL url : Collections.list(entries)) {
                    String path = url.getPath();
                    files.put(path.substring(path.lastIndexOf('/') + 1), url);
                }
            }
        }
        return new MigrationFiles(files);
    }

    /** Why a bundle's migrations failed the last time they ran, if they did. */
    public Optional<String> failure(Bundle bundle) {
        return Optional.ofNullable(failures.get(bundle.getBundleId()));
    }

    @Override
    public PluginDatabase getService(Bundle bundle, ServiceRegistration<PluginDatabase> registration) {
        String refusal = PluginSchemas.refusal(bundle.getSymbolicName());
        if (refusal != null) {
            // never the platform's schema (nor the database's): the plugin gets no database and says why
            failures.put(bundle.getBundleId(), refusal);
            LOG.error("{} {}: {}", bundle.getSymbolicName(), bundle.getVersion(), refusal);
            throw new IllegalStateException(refusal);
        }
        String schemaId = schemaId(bundle);
        try {
            // also without migrations: the schema is created, so that the plugin's connections can use it
            database.migrate(schemaId, HISTORY, migrations(bundle, database.kind()));
            failures.remove(bundle.getBundleId());
        } catch (RuntimeException e) {
            String message = describe(e);
            failures.put(bundle.getBundleId(), message);
            LOG.error("{} {}: {}", bundle.getSymbolicName(), bundle.getVersion(), message);
            // the framework reports this and gives the bundle no service: its component stays inactive
            throw new IllegalStateException(message, e);
        }
        return new SchemaDatabase(database, schemaId);
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<PluginDatabase> registration, PluginDatabase service) {
        // pools stay open for the schema; a restarted bundle gets them again
    }

    /** "database migration V2__x.sql failed: <the database's message>", from Flyway's long report. */
    static String describe(Throwable e) {
        java.util.regex.Pattern file = java.util.regex.Pattern.compile("\\b(V\\d+[^\\s\"/]*\\.sql)\\b");
        String name = null;
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            java.util.regex.Matcher found = file.matcher(String.valueOf(t.getMessage()));
            if (name == null && found.find()) {
                name = found.group(1);
            }
            root = t;
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        if (root == e) {
            // Flyway's own report: keep its first line
            cause = cause.split("\\R")[0];
        }
        return "database migration " + (name == null ? "" : name + " ") + "failed: " + cause;
    }
}
