package cn.gov.laoshan.district.registry.facts;

import java.util.List;

import org.jdbi.v3.core.Handle;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.core.db.JdbcBatch;

/** The fact tables' writes, in the caller's transaction, by plain JDBC batches (demo data writes millions). */
public final class FactWrites {

    private FactWrites() {
    }

    /** Raises the facts' version: snapshots taken before no longer match. */
    public static void bumpVersion(Handle h) {
        h.execute("update facts_version set version = version + 1 where id = 1");
    }

    /**
     * A change of more enterprises than snapshots catch up with ({@link FactSnapshots#PATCH_MAX}) is logged as one
     * change of many (they read everything again); fewer are logged by code, so that a fact file of a few thousand
     * enterprises is caught up (a few IN-list reads) instead of costing every column's full scan.
     */
    static final int CHANGE_ROWS_MAX = FactSnapshots.PATCH_MAX;

    /**
     * Raises the version and logs which enterprises changed, just before the commit (stamped now: snapshots look back
     * a margin from their last read), so that snapshots re-read only those.
     */
    public static void changed(Handle h, java.sql.Timestamp at, java.util.Collection<String> usccs) {
        bumpVersion(h);
        if (usccs.size() > CHANGE_ROWS_MAX) {
            h.createUpdate("insert into facts_change (changed_at, uscc) values (:at, null)").bind("at", at).execute();
            return;
        }
        run(h, "insert into facts_change (changed_at, uscc) values (?, ?)", List.copyOf(usccs), (s, uscc) -> {
            s.setTimestamp(1, at);
            s.setString(2, uscc);
        });
    }

    /** Inserts the figures ({@code fresh}) or replaces those of the same enterprise, kind and year. */
    public static void putFigures(Handle h, List<YearlyFigure> figures, boolean fresh) {
        if (!fresh) {
            run(h, "delete from enterprise_figure where kind = ? and fig_year = ? and uscc = ?", figures, (s, f) -> {
                s.setString(1, f.kind().name());
                s.setInt(2, f.year());
                s.setString(3, f.uscc().value());
            });
        }
        run(h, "insert into enterprise_figure (kind, fig_year, uscc, amount, source, as_of) values (?, ?, ?, ?, ?, ?)", figures,
                (s, f) -> {
                    s.setString(1, f.kind().name());
                    s.setInt(2, f.year());
                    s.setString(3, f.uscc().value());
                    s.setBigDecimal(4, f.value());
                    s.setString(5, f.source().strip());
                    s.setDate(6, java.sql.Date.valueOf(f.asOf()));
                });
    }

    public static void putQualifications(Handle h, List<Qualification> qualifications) {
        run(h, "insert into enterprise_qualification (type, uscc, valid_from, valid_until, certificate) values (?, ?, ?, ?, ?)",
                qualifications, (s, q) -> {
                    s.setString(1, q.type());
                    s.setString(2, q.uscc().value());
                    s.setDate(3, java.sql.Date.valueOf(q.validFrom()));
                    s.setDate(4, java.sql.Date.valueOf(q.validUntil()));
                    s.setString(5, q.certificate());
                });
    }

    static void removeQualification(Handle h, Uscc uscc, String type) {
        h.createUpdate("delete from enterprise_qualification where type = :type and uscc = :uscc").bind("type", type)
                .bind("uscc", uscc.value()).execute();
    }

    /** Sets each enterprise's location (the lists run in parallel). */
    public static void putLocations(Handle h, List<Uscc> usccs, List<Location> locations) {
        run(h, "delete from enterprise_location where uscc = ?", usccs, (s, u) -> s.setString(1, u.value()));
        List<Integer> rows = java.util.stream.IntStream.range(0, usccs.size()).boxed().toList();
        run(h, "insert into enterprise_location (uscc, street, park) values (?, ?, ?)", rows, (s, i) -> {
            s.setString(1, usccs.get(i).value());
            s.setString(2, locations.get(i).street());
            s.setString(3, locations.get(i).park());
        });
    }


    private static <T> void run(Handle h, String sql, List<T> rows, JdbcBatch.Binder<T> binder) {
        JdbcBatch.write(h.getConnection(), sql, rows, binder, "enterprise facts");
    }
}
