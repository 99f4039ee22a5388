package cn.gov.laoshan.district.api.data;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The calling plugin's schema, as an OSGi service: each bundle that gets it gets its own, named after the last
 * segment of its symbolic name ({@code cn.gov.laoshan.district.plugin.mediation} → schema {@code mediation}).
 * Connections have that schema as their current schema, so SQL names tables without a schema prefix.
 *
 * <pre>{@code
 * @Reference PluginDatabase db;
 * List<String> names = db.jdbi().withHandle(h -> h.createQuery("select name from party").mapTo(String.class).list());
 * db.jdbi().useTransaction(h -> { ... });   // all or nothing
 * }</pre>
 */
@ProviderType
public interface PluginDatabase {

    /** The schema's name as the database knows it (upper case on Derby, lower case on PostgreSQL). */
    String schema();

    /** Pooled connections whose current schema is {@link #schema()}. */
    DataSource dataSource();

    /** JDBI over {@link #dataSource()}: handles, queries, {@code inTransaction}. */
    Jdbi jdbi();

    /** Which database is underneath, for the rare statement that cannot be written portably. */
    DatabaseKind kind();
}
