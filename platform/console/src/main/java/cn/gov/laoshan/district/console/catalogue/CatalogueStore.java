package cn.gov.laoshan.district.console.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The catalogue's rows in the platform schema (migration {@code console/db/V1__plugin_catalogue.sql}). */
final class CatalogueStore {

    private static final String COLUMNS = "sha256, symbolic_name, version, department_code, release_notes, migrations,"
            + " requirements, approved_by, approved_at, withdrawn_by, withdrawn_at, source, signed_by";

    private final Jdbi jdbi;

    CatalogueStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<CatalogueEntry> entries() {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS
                + " from plugin_catalogue order by symbolic_name, approved_at").map(CatalogueStore::entry).list());
    }

    Optional<CatalogueEntry> entry(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from plugin_catalogue where sha256 = :sha")
                .bind("sha", sha256).map(CatalogueStore::entry).findOne());
    }

    void insert(CatalogueEntry entry) {
        jdbi.useHandle(h -> h.createUpdate("insert into plugin_catalogue (sha256, symbolic_name, version,"
                + " department_code, release_notes, migrations, requirements, approved_by, approved_at, source,"
                + " signed_by) values (:sha, :bsn, :version, :department, :notes, :migrations, :requirements, :by,"
                + " :at, :source, :signedBy)")
                .bind("source", entry.source()).bind("signedBy", entry.signedBy())
                .bind("sha", entry.sha256()).bind("bsn", entry.symbolicName()).bind("version", entry.version())
                .bind("department", entry.departmentCode()).bind("notes", entry.releaseNotes())
                .bind("migrations", String.join("\n", entry.migrations()))
                .bind("requirements", String.join("\n", entry.requirements())).bind("by", entry.approvedBy())
                .bind("at", Timestamp.from(entry.approvedAt())).execute());
    }

    /** Approves a withdrawn entry again (new approver, time and notes). */
    void reapprove(String sha256, String releaseNotes, String by, Instant at, String source, String signedBy) {
        jdbi.useHandle(h -> h.createUpdate("update plugin_catalogue set release_notes = :notes, approved_by = :by,"
                + " approved_at = :at, withdrawn_by = null, withdrawn_at = null, source = :source,"
                + " signed_by = :signedBy where sha256 = :sha")
                .bind("notes", releaseNotes).bind("by", by).bind("at", Timestamp.from(at)).bind("sha", sha256)
                .bind("source", source).bind("signedBy", signedBy).execute());
    }

    void withdraw(String sha256, String by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update plugin_catalogue set withdrawn_by = :by, withdrawn_at = :at"
                + " where sha256 = :sha").bind("by", by).bind("at", Timestamp.from(at)).bind("sha", sha256).execute());
    }

    /** Undoes an insert whose audit record could not be written. */
    void delete(String sha256) {
        jdbi.useHandle(h -> h.createUpdate("delete from plugin_catalogue where sha256 = :sha").bind("sha", sha256)
                .execute());
    }

    /** Undoes a withdrawal whose audit record could not be written. */
    void unwithdraw(String sha256) {
        jdbi.useHandle(h -> h.createUpdate("update plugin_catalogue set withdrawn_by = null, withdrawn_at = null"
                + " where sha256 = :sha").bind("sha", sha256).execute());
    }

    void recordInstall(CatalogueEntry entry, String action, String by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("insert into plugin_catalogue_history (symbolic_name, sha256, version,"
                + " department_code, action, done_by, done_at) values (:bsn, :sha, :version, :department, :action,"
                + " :by, :at)").bind("bsn", entry.symbolicName()).bind("sha", entry.sha256())
                .bind("version", entry.version()).bind("department", entry.departmentCode()).bind("action", action)
                .bind("by", by).bind("at", Timestamp.from(at)).execute());
    }

    /** The catalogue installs of a plugin, oldest first. */
    List<CatalogueRules.HistoryRecord> history(String symbolicName) {
        return jdbi.withHandle(h -> h.createQuery("select symbolic_name, sha256, version, action"
                + " from plugin_catalogue_history where symbolic_name = :bsn order by id").bind("bsn", symbolicName)
                .map((rs, ctx) -> new CatalogueRules.HistoryRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list());
    }

    private static CatalogueEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new CatalogueEntry(rs.getString("sha256"), rs.getString("symbolic_name"), rs.getString("version"),
                rs.getString("department_code"), rs.getString("release_notes"), lines(rs.getString("migrations")),
                lines(rs.getString("requirements")), rs.getString("approved_by"),
                rs.getTimestamp("approved_at").toInstant(), rs.getString("withdrawn_by"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("source"), rs.getString("signed_by"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
