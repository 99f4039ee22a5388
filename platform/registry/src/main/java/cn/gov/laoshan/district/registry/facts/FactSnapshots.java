package cn.gov.laoshan.district.registry.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.registry.service.ChangeLogs;

/**
 * Column-wise snapshots of facts for every enterprise. The codes come from the primary key (an index-only scan, in
 * code order) with a map from code to row; each column is one scan in the table's own order (the registry's own
 * columns and the locations one scan per table for all the columns asked of it; a figure one range of the index
 * that holds its amount, V5), put in place by code. What was read is kept, together with the version it was read at;
 * a snapshot of columns already read at the current version costs two one-row queries (the version before and
 * after). The version is the one row of {@code facts_version}, raised in the writing transaction of every fact change
 * and every registry write (with its change log), on any node: a counter on one row, so increments are serialised
 * and a late commit cannot be missed. A snapshot whose version moved while it was read is read again. A copy of what
 * was read is kept in the database to start from ({@link KeptSnapshot}); a snapshot is a {@link ColumnSnapshot}.
 */
public final class FactSnapshots {

    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final Clock clock;
    /** The columns read at {@link #cachedVersion}, with the code array under the key {@code null}. */
    private Map<FactColumn, Object> cache = new HashMap<>();
    private String[] cachedUsccs;
    /** Each code's row in {@link #cachedUsccs}. */
    private Map<String, Integer> cachedRows;
    private long cachedVersion = Long.MIN_VALUE;
    /** What was read reflects every change committed before this time. */
    private Instant cachedFrom;
    private long prunedAt;
    private int fullReads;
    /** How far back the change logs are read before {@link #cachedFrom}: a change is stamped just before its commit. */
    static final long MARGIN_MS = ChangeLogs.MARGIN_MS;
    /** More changed enterprises than this and everything is read again. */
    static final int PATCH_MAX = 20_000;
    /** The kept copy of what was read, to start from instead of the tables. */
    private final KeptSnapshot kept;
    /** Whether the kept copy was tried since the memory was last empty (it is tried once, then memory is newer). */
    private boolean storeTried;
    /** Whether tables were read in full since the copy was last kept. */
    private boolean readTables;
    /**
     * The change-log rows of a change of many (no code: an import) whose changes are in what is held, because they
     * were committed before its full read began: {@code enterprise_change} ids as they are, {@code facts_change} ids
     * negated. A catch-up that finds one of these within its look-back skips it instead of reading everything again.
     */
    private Set<Long> markersRead = Set.of();
    /** When each held column was last asked for (epoch ms): columns idle for {@link #COLUMN_IDLE_MS} are dropped. */
    private Map<FactColumn, Long> lastAsked = new HashMap<>();
    /**
     * A held column not asked for this long is dropped (a rule asking for a day's qualifications adds a column a day;
     * each catch-up copies every held column and the kept copy holds at most {@link KeptSnapshot#STORE_COLUMNS}).
     */
    static final long COLUMN_IDLE_MS = 2 * 24 * 3600_000L;

    FactSnapshots(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.kept = new KeptSnapshot(jdbi);
    }

    /** How often everything was read from the database (not caught up): for tests and benchmarks. */
    public synchronized int fullReads() {
        return fullReads;
    }

    /** Forgets what was read (the next snapshot reads every column from the database). */
    public synchronized void forget() {
        cache = new HashMap<>();
        cachedUsccs = null;
        cachedRows = null;
        cachedVersion = Long.MIN_VALUE;
        cachedFrom = null;
        storeTried = false;
        markersRead = Set.of();
        lastAsked = new HashMap<>();
    }

    /** Forgets what was read and deletes the kept copy too: the next snapshot reads the tables (benchmarks, tests). */
    public void forgetAll() {
        awaitStored();
        synchronized (this) {
            forget();
            kept.clear();
        }
    }

    /** Stops keeping copies (the module stops, the database closes next; see {@link KeptSnapshot#close}). */
    public void close() {
        kept.close();
    }

    /** Waits until the copy being kept (if any) is written: for tests and benchmarks. */
    public void awaitStored() {
        kept.awaitStored();
    }

    /**
     * The columns read in the background at start ({@link #warm}), so that a rule engine's first snapshot finds them
     * kept instead of reading a million rows per column: the registry's own columns, street and park, every figure
     * kind of the newest year held, and each qualification type valid today. A rule asking for other columns (another
     * year, another day) reads those on its first run.
     */
    List<FactColumn> warmColumns(java.time.LocalDate today) {
        List<FactColumn> columns = new ArrayList<>(List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(),
                new FactColumn.Status(), new FactColumn.CreditGrade(), new FactColumn.Founded(), new FactColumn.SizeClass(),
                new FactColumn.Street(), new FactColumn.Park()));
        Integer newest = jdbi.withHandle(h -> h.createQuery("select max(fig_year) from enterprise_figure").mapTo(Integer.class)
                .findOne().orElse(null));
        if (newest != null) {
            for (cn.gov.laoshan.district.api.enterprise.facts.FigureKind kind
                    : cn.gov.laoshan.district.api.enterprise.facts.FigureKind.values()) {
                columns.add(new FactColumn.Figure(kind, newest));
            }
        }
        jdbi.useHandle(h -> h.createQuery("select code from qualification_type order by code").mapTo(String.class)
                .forEach(type -> columns.add(new FactColumn.Qualified(type, today))));
        return columns;
    }

    /** Reads {@link #warmColumns} and keeps them (start-up, in the background; no permission check: the system's). */
    public FactSnapshot warm() {
        return take(warmColumns(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")))));
    }

    synchronized FactSnapshot take(List<FactColumn> columns) {
        return take(columns, true);
    }

    /**
     * Brings the columns held up to date when the facts' version moved (the registry's refresh job, every few seconds,
     * in the background): changed enterprises are caught up, and after a change of many (an import) the tables are
     * read here rather than by the next rule run. A snapshot asked meanwhile waits for this read (one lock) and is
     * then served from it, at the new version. Columns idle for {@link #COLUMN_IDLE_MS} are not read again.
     */
    public synchronized void refresh() {
        if (cachedUsccs == null || cache.isEmpty() || version() == cachedVersion) {
            return;
        }
        List<FactColumn> held = new ArrayList<>(cache.keySet());
        held.removeAll(idle(held, lastAsked, clock.millis() - COLUMN_IDLE_MS));
        if (!held.isEmpty()) {
            take(held, false);
        }
    }

    /** A snapshot of {@code columns}; {@code asked}: by a reader (not the refresh), so they count as used now. */
    private FactSnapshot take(List<FactColumn> columns, boolean asked) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant begin = clock.instant();
            long version = version();
            if (asked && attempt == 0) {
                // before a catch-up drops idle columns: the ones asked now are not idle
                columns.forEach(column -> lastAsked.put(column, begin.toEpochMilli()));
            }
            if (cachedUsccs == null && !storeTried) {
                storeTried = true;
                restore(begin);
            }
            if (version != cachedVersion) {
                // what changed since the last read is re-read for the changed enterprises only, into copies of the
                // arrays (older snapshots keep theirs); a change of many rows: everything again
                if (cachedUsccs == null || cachedFrom == null || !catchUp(cachedFrom)) {
                    cache = new HashMap<>();
                    cachedUsccs = null;
                    cachedRows = null;
                }
                cachedVersion = version;
                cachedFrom = begin;
            }
            Instant at = begin;
            // the registry's own columns and the locations: one scan of each table for all the columns asked of it
            if (cachedUsccs == null) {
                readCodes();
            }
            scanTable(columns.stream().filter(c -> FactColumnSource.ofEnterprise(c) && !cache.containsKey(c))
                    .distinct().toList());
            scanTable(columns.stream().filter(c -> FactColumnSource.ofLocation(c) && !cache.containsKey(c))
                    .distinct().toList());
            Map<FactColumn, Object> values = new LinkedHashMap<>();
            for (FactColumn column : columns) {
                values.put(column, cache.computeIfAbsent(column, this::read));
            }
            if (version() == version) {
                keep(version, at);
                return new ColumnSnapshot(version, at, cachedUsccs, values);
            }
            // a change came while reading: what was read may mix two versions; it is at least as new as `begin`, so
            // the next attempt catches up from there
            cachedVersion = Long.MIN_VALUE;
        }
        throw new IllegalStateException("the facts kept changing while a snapshot was read " + ATTEMPTS + " times");
    }

    /**
     * Brings what was read up to date by re-reading the enterprises changed since {@code from} (less the margin) in
     * every kept column; false when that cannot be done (a change of many rows at once, too many changes).
     */
    private boolean catchUp(Instant from) {
        java.sql.Timestamp since = java.sql.Timestamp.from(from.minusMillis(MARGIN_MS));
        List<String> logged = new ArrayList<>();
        boolean[] unread = {false};
        scan(new FactColumnSource.Query("select id, uscc from enterprise_change where changed_at > ? union all "
                + "select -id, uscc from facts_change where changed_at > ?", List.of(since, since)), rs -> {
            String code = rs.getString(2);
            if (code != null) {
                logged.add(code);
            } else if (!markersRead.contains(rs.getLong(1))) {
                // a change of many not in what is held (a change of many already read is skipped: it stays within
                // the look-back for a minute, and every change in that minute would read everything again)
                unread[0] = true;
            }
        });
        if (unread[0]) {
            return false;
        }
        java.util.Set<String> codes = new java.util.TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : logged) {
            if (codes.add(code) && rowOf(code) < 0) {
                unknown.add(code);
            }
        }
        if (codes.size() > PATCH_MAX) {
            return false;
        }
        pruneLog();
        if (codes.isEmpty()) {
            return true;
        }
        dropIdle();
        Map<FactColumn, Object> next = new HashMap<>();
        List<String> added = registered(unknown);
        if (added.isEmpty()) {
            cache.forEach((column, values) -> next.put(column, FactColumnSource.copy(values)));
        } else {
            // enterprises registered since: their codes go in their places, every column grows by as many rows (new
            // arrays: older snapshots keep theirs), then they are read below like any changed enterprise
            int[] moved = insertCodes(added);
            cache.forEach((column, values) -> next.put(column, FactColumnSource.moved(values, moved, cachedUsccs.length)));
        }
        List<String> all = new ArrayList<>(codes);
        Map<String, String> shared = new HashMap<>();
        for (int from0 = 0; from0 < all.size(); from0 += 500) {
            List<String> chunk = all.subList(from0, Math.min(all.size(), from0 + 500));
            for (Map.Entry<FactColumn, Object> entry : next.entrySet()) {
                Object values = entry.getValue();
                // forget the chunk's values first: a row that is gone (a removed qualification) has none
                chunk.forEach(code -> clear(values, code));
                fill(values, FactColumnSource.query(entry.getKey(), chunk), shared);
            }
        }
        cache = next;
        return true;
    }

    /** Which of these codes are registered (a change log may name a code no longer or not yet committed), in order. */
    private List<String> registered(List<String> codes) {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < codes.size(); i += 500) {
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
            scan(new FactColumnSource.Query("select uscc from enterprise where uscc in ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")", List.copyOf(chunk)),
                    rs -> registered.add(rs.getString(1)));
        }
        java.util.Collections.sort(registered);
        return registered;
    }

    /**
     * Puts {@code added} (ascending, none held) among the codes in order; returns each old row's new row. The map of
     * rows is dropped (rows moved; a catch-up finds its few codes by binary search, a full column read rebuilds it).
     */
    private int[] insertCodes(List<String> added) {
        String[] old = cachedUsccs;
        String[] merged = new String[old.length + added.size()];
        int[] moved = new int[old.length];
        int a = 0;
        int out = 0;
        for (int i = 0; i < old.length; i++) {
            while (a < added.size() && added.get(a).compareTo(old[i]) < 0) {
                merged[out++] = added.get(a++);
            }
            moved[i] = out;
            merged[out++] = old[i];
        }
        while (a < added.size()) {
            merged[out++] = added.get(a++);
        }
        cachedUsccs = merged;
        cachedRows = null;
        return moved;
    }

    private void clear(Object values, String code) {
        int row = rowOf(code);
        if (row >= 0) {
            FactColumnSource.clear(values, row);
        }
    }

    /**
     * A code's row, or a negative number: by the map when it was built (a full read builds it: a million lookups),
     * else by binary search in the codes (a catch-up looks up a few, and a start from the kept copy builds no map).
     */
    private int rowOf(String code) {
        if (cachedRows != null) {
            Integer row = cachedRows.get(code);
            return row == null ? -1 : row;
        }
        int row = java.util.Arrays.binarySearch(cachedUsccs, code);
        return row >= 0 ? row : -1;
    }

    /** Each code's row, built on the first full read of a column. */
    private Map<String, Integer> rows() {
        if (cachedRows == null) {
            Map<String, Integer> rows = new HashMap<>(cachedUsccs.length * 2);
            for (int i = 0; i < cachedUsccs.length; i++) {
                rows.put(cachedUsccs[i], i);
            }
            cachedRows = rows;
        }
        return cachedRows;
    }

    /**
     * Starts from the kept copy (it becomes what was read, at its version and time; the caller then catches up with
     * the change logs, or reads everything when it cannot), unless there is none or it is older than the logs reach.
     */
    private void restore(Instant now) {
        kept.load(now, this::version).ifPresent(image -> {
            cache = new HashMap<>(image.columns());
            cachedUsccs = image.usccs();
            cachedRows = null;
            cachedVersion = image.version();
            cachedFrom = image.from();
            markersRead = image.markers();
            long asked = clock.millis();
            image.columns().keySet().forEach(column -> lastAsked.putIfAbsent(column, asked));
        });
    }

    /** Keeps a copy of what is held, at {@code version} and as of {@code from}, when one is due. */
    private void keep(long version, Instant from) {
        if (kept.keep(version, from, readTables, byRecentUse(cache, lastAsked), cachedUsccs, markersRead)) {
            readTables = false;
        }
    }

    /** The held columns, the most recently asked first (the kept copy holds the first {@link KeptSnapshot#STORE_COLUMNS}). */
    static Map<FactColumn, Object> byRecentUse(Map<FactColumn, Object> held, Map<FactColumn, Long> lastAsked) {
        Map<FactColumn, Object> ordered = new LinkedHashMap<>();
        held.keySet().stream()
                .sorted(java.util.Comparator.comparingLong((FactColumn c) -> lastAsked.getOrDefault(c, Long.MIN_VALUE)).reversed()
                        .thenComparing(SnapshotStore::key))
                .forEach(column -> ordered.put(column, held.get(column)));
        return ordered;
    }

    /** Drops the held columns not asked for in {@link #COLUMN_IDLE_MS} (before a catch-up copies them all). */
    private void dropIdle() {
        long idleSince = clock.millis() - COLUMN_IDLE_MS;
        List<FactColumn> idle = idle(cache.keySet(), lastAsked, idleSince);
        if (!idle.isEmpty()) {
            Map<FactColumn, Object> fresh = new HashMap<>(cache);
            idle.forEach(column -> {
                fresh.remove(column);
                lastAsked.remove(column);
            });
            cache = fresh;
        }
    }

    /** The columns of {@code held} last asked for before {@code idleSince} (or never). */
    static List<FactColumn> idle(java.util.Collection<FactColumn> held, Map<FactColumn, Long> lastAsked, long idleSince) {
        return held.stream().filter(column -> lastAsked.getOrDefault(column, Long.MIN_VALUE) < idleSince).toList();
    }

    /** The change logs' rows of a change of many (id, then a null code): {@link #markersRead}'s ids. */
    private static final String MARKED_LOGS = "select id, uscc from enterprise_change where uscc is null union all "
            + "select -id, uscc from facts_change where uscc is null";

    /** The changes of many logged (and committed) so far: a full read beginning now has them all. */
    private Set<Long> markers() {
        Set<Long> markers = new java.util.HashSet<>();
        scan(new FactColumnSource.Query(MARKED_LOGS, List.of()), rs -> markers.add(rs.getLong(1)));
        return Set.copyOf(markers);
    }

    /** Deletes fact change-log rows older than a day (unless the kept copy needs them: {@link ChangeLogs}), once an hour. */
    private void pruneLog() {
        long now = clock.millis();
        if (now - prunedAt > 3600_000L) {
            prunedAt = now;
            jdbi.useHandle(h -> h.createUpdate("delete from facts_change where changed_at < :before")
                    .bind("before", ChangeLogs.pruneBefore(h, now)).execute());
        }
    }

    /** The current version (see the class comment). */
    long version() {
        return jdbi.withHandle(h -> h.createQuery("select version from facts_version where id = 1").mapTo(Long.class).one());
    }

    /**
     * The codes in ascending order, from the primary key alone (an index-only scan), and each code's row. The
     * columns are then read in the tables' own order and put in place by code: asking Derby for code order over
     * other columns makes it fetch every row through the index, a random page read each.
     */
    private void readCodes() {
        fullReads++;
        readTables = true;
        // before the rows: a change of many committed by now is in what is read below
        markersRead = markers();
        List<String> codes = new ArrayList<>(1 << 16);
        scan(new FactColumnSource.Query("select uscc from enterprise order by uscc", List.of()),
                rs -> codes.add(rs.getString(1)));
        cachedUsccs = codes.toArray(String[]::new);
        Map<String, Integer> rows = new HashMap<>(cachedUsccs.length * 2);
        for (int i = 0; i < cachedUsccs.length; i++) {
            rows.put(cachedUsccs[i], i);
        }
        cachedRows = rows;
    }

    /** One scan of a table for all these columns of it (none: nothing read), into the cache. */
    private void scanTable(List<FactColumn> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        readTables = true;
        Map<String, Integer> rows = rows();
        Object[] values = wanted.stream().map(c -> FactColumnSource.empty(c, cachedUsccs.length)).toArray();
        Map<String, String> shared = new HashMap<>();
        scan(FactColumnSource.tableScan(wanted), rs -> {
            Integer row = rows.get(rs.getString(1));
            if (row != null) {
                for (int c = 0; c < values.length; c++) {
                    FactColumnSource.put(values[c], row, rs, c + 2, shared);
                }
            }
        });
        for (int c = 0; c < values.length; c++) {
            cache.put(wanted.get(c), values[c]);
        }
    }

    /** One column for every enterprise. */
    private Object read(FactColumn column) {
        readTables = true;
        rows();
        Object values = FactColumnSource.empty(column, cachedUsccs.length);
        fill(values, FactColumnSource.query(column, null), new HashMap<>());
        return values;
    }

    /** Puts what {@code query} reads into {@code values}, each row by its code (codes not held are skipped). */
    private void fill(Object values, FactColumnSource.Query query, Map<String, String> shared) {
        scan(query, rs -> {
            int row = rowOf(rs.getString(1));
            if (row >= 0) {
                FactColumnSource.put(values, row, rs, 2, shared);
            }
        });
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Plain JDBC with a large fetch size: JDBI's mapping costs more per row than the scan itself. */
    private void scan(FactColumnSource.Query query, RowAction action) {
        jdbi.useHandle(h -> {
            Connection connection = h.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                statement.setFetchSize(10_000);
                for (int i = 0; i < query.args().size(); i++) {
                    statement.setObject(i + 1, query.args().get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        action.accept(rs);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading enterprise facts failed: " + e.getMessage(), e);
            }
        });
    }
}
