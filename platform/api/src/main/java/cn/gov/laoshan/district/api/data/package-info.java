/**
 * A plugin's data: its own database schema, migrated by the platform, reached through JDBI or plain JDBC.
 *
 * <p>A plugin bundle ships versioned SQL migrations under {@code db/migration/} ({@code V1__cases.sql},
 * {@code V2__case_sessions.sql}, Flyway's naming). A component that references {@link PluginDatabase} gets it only
 * after every pending migration has been applied to the plugin's schema, all of them in one transaction: when one
 * fails, none is kept, the schema stays as it was, the component does not activate, and the plugin's health says
 * which migration failed and why. Keep SQL portable: the same migrations run on Derby and PostgreSQL.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
