package cn.gov.laoshan.district.core.db;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which schema a plugin bundle gets, and which names it may not have. A plugin's schema is named after the last
 * segment of its symbolic name ({@code cn.gov.laoshan.district.plugin.mediation} → {@code mediation}); names that
 * belong to the platform or to the database itself are reserved, so that no bundle ever migrates, reads or — on
 * "uninstall and drop data" — drops the platform's users and audit log ({@code x.y.platform} would otherwise get
 * the schema {@code platform}).
 */
public final class PluginSchemas {

    /** OSGi's symbolic-name grammar (tokens of letters, digits, '_' and '-', joined by dots), bounded. */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern SCHEMA_ID = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    /** The platform's own schema and the database systems' own (Derby's SYS*, APP, SQLJ, NULLID; PostgreSQL's). */
    private static final Set<String> RESERVED = Set.of(Database.PLATFORM_SCHEMA, "app", "sys", "sysibm", "syscat",
            "sysfun", "sysproc", "syscs_util", "syscs_diag", "sysstat", "sqlj", "nullid", "public",
            "information_schema");

    private PluginSchemas() {
    }

    /** The schema id of a symbolic name: its last segment, lower case, other characters as '_'. */
    public static String schemaId(String symbolicName) {
        String last = symbolicName.substring(symbolicName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return last.replaceAll("[^a-z0-9_]", "_");
    }

    /** Whether a symbolic name is well-formed, so that it can be used in a file name ({@code plugins/<name>.jar}). */
    public static boolean validSymbolicName(String symbolicName) {
        return symbolicName != null && symbolicName.length() <= 200 && SYMBOLIC_NAME.matcher(symbolicName).matches();
    }

    /**
     * Why a bundle of this symbolic name may not have a schema of its own, or {@code null} when it may: a malformed
     * name, a schema id that is not a database name, or a reserved one.
     */
    public static String refusal(String symbolicName) {
        if (!validSymbolicName(symbolicName)) {
            return "the symbolic name \"" + symbolicName + "\" is not a valid OSGi symbolic name";
        }
        String id = schemaId(symbolicName);
        if (!SCHEMA_ID.matcher(id).matches()) {
            return "the symbolic name's last segment \"" + id + "\" cannot name a schema (a letter first, at most 30"
                    + " letters, digits and _)";
        }
        if (RESERVED.contains(id) || id.startsWith("pg_") || id.startsWith("sys")) {
            return "the schema name \"" + id + "\" is reserved for the platform or the database; rename the bundle";
        }
        return null;
    }
}
