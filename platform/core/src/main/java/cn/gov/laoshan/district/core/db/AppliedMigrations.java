package cn.gov.laoshan.district.core.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a schema's history already holds exactly these migration files, applied and unchanged, so that a start
 * of an existing home need not run Flyway at all. Flyway's own "migrate" on an up-to-date schema loads its
 * configuration and database support, reads the history through the driver's metadata, resolves and validates every
 * file and applies nothing: 50–100 ms a schema, and 0.4–3 s for its first use in the process, on every start, for
 * every module and plugin. This check is one query of the history table and Flyway's own checksum of each file.
 *
 * <p>It only ever says "nothing to do" when that is certain: every file is a versioned migration ({@code V…__…sql})
 * recorded by its script name with the same checksum, every recorded migration is one of the files, and no recorded
 * step failed. Anything else — no history table yet (a fresh home), a new file, a changed one (which Flyway must
 * refuse), a history that knows more (an older plugin on a newer schema), another kind of file — goes to Flyway as
 * before, which then applies, validates and reports as it always did.
 */
final class AppliedMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(AppliedMigrations.class);
    /** A versioned SQL migration's file name, the only kind this check vouches for. */
    private static final Pattern VERSIONED = Pattern.compile("V[0-9][0-9._]*__.*\\.sql");
    /** Flyway's history table names here are plain lower-case identifiers (anything else: ask Flyway). */
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,127}");

    private AppliedMigrations() {
    }

    /**
     * True when {@code schema}'s history table {@code historyTable} records exactly the versioned files
     * {@code migrations} provides, with their checksums, and nothing failed; false when in any doubt.
     *
     * @param schema the schema as the database names it (upper case on Derby)
     */
    static boolean upToDate(Connection connection, String schema, String historyTable, ResourceProvider migrations) {
        if (!TABLE.matcher(historyTable).matches() || schema.indexOf('"') >= 0) {
            return false;
        }
        // the history first: a fresh schema (no history yet) costs one failed query, no file read
        Map<String, Integer> recorded = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select \"script\", \"checksum\", \"success\", \"type\" from \""
                        + schema + "\".\"" + historyTable + "\"")) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false; // a failed step: Flyway reports it
                }
                if (!"SQL".equals(rows.getString("type"))) {
                    continue; // the schema's creation, the baseline
                }
                int checksum = rows.getInt("checksum");
                if (rows.wasNull() || recorded.put(rows.getString("script"), checksum) != null) {
                    return false;
                }
            }
        } catch (SQLException noHistoryYet) {
            LOG.debug("schema {}: no usable history {} ({}), Flyway decides", schema, historyTable,
                    noHistoryYet.getMessage());
            return false;
        }
        Collection<LoadableResource> files = migrations.getResources("", new String[] {".sql"});
        Map<String, Integer> expected = new HashMap<>();
        for (LoadableResource file : files) {
            if (!VERSIONED.matcher(file.getFilename()).matches()) {
                return false;
            }
            // Flyway's own checksum (line endings and a BOM left out), the one it records and validates against (an
            // internal class of Flyway's: should it change, the checksums differ and Flyway decides, as before)
            expected.put(file.getRelativePath(), ChecksumCalculator.calculate(file));
        }
        return recorded.equals(expected);
    }
}
