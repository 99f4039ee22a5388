package cn.gov.laoshan.district.registry.service;

import java.sql.Timestamp;
import java.util.Objects;

import org.jdbi.v3.core.Handle;

/**
 * How long the change logs ({@code enterprise_change}, {@code facts_change}) are kept: a day for the search indexes of
 * other nodes, and as long as the fact snapshots' kept copy ({@code fact_snapshot_store}) needs them to catch up from
 * — up to {@link #LONGEST_MS} — so that a platform stopped for a night or a weekend starts from its copy instead of
 * scanning every table. Both logs' pruning asks here.
 */
public final class ChangeLogs {

    /** Change-log rows are kept a day at least. */
    public static final long KEEP_MS = 24 * 3600_000L;
    /** And never longer than this (a kept copy older than a day less is not used). */
    public static final long LONGEST_MS = 8 * 24 * 3600_000L;
    /** How far a reader of the logs looks back before the time it last read: a change is stamped before its commit. */
    public static final long MARGIN_MS = 60_000;

    private ChangeLogs() {
    }

    /**
     * The time before which log rows may be deleted: a day back, but not the rows a start from the kept copy catches
     * up with (its time less the look-back), and never more than {@link #LONGEST_MS} back.
     */
    public static Timestamp pruneBefore(Handle h, long now) {
        long before = now - KEEP_MS;
        // min over no rows is one row holding null
        Timestamp kept = h.createQuery("select min(taken_from) from fact_snapshot_store").mapTo(Timestamp.class)
                .list().stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (kept != null) {
            before = Math.max(now - LONGEST_MS, Math.min(before, kept.getTime() - MARGIN_MS));
        }
        return new Timestamp(before);
    }
}
