package cn.gov.laoshan.district.registry.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.enterprise.Enterprise;

/**
 * Keeps the {@link SearchIndex} current: loads it (at start, in the background; searches asked meanwhile wait for it
 * up to {@value #INDEX_WAIT_SECONDS} s), merges this node's writes after commit, and finds other nodes' writes in
 * the change log {@code enterprise_change}, which every write fills in its own transaction ({@link #logChanges}).
 */
final class SearchIndexMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    /** How far back {@link #refresh()} looks before the newest change seen: transactions commit late. */
    static final long REFRESH_MARGIN_MS = 60_000;
    /** How long a search waits for the index being loaded before it runs in SQL. */
    static final long INDEX_WAIT_SECONDS = 60;
    /** A write of more rows than this is logged as one change of many rows (other nodes reload their index). */
    static final int CHANGE_ROWS_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    /** Told whenever what searches see changed (the store forgets its cached SQL counts). */
    private final Runnable changed;
    /** The search index once loaded ({@link #load()}); until then searches run in SQL. */
    private volatile SearchIndex index;
    /** Rows changed after this time (epoch ms) are read again by {@link #refresh()}. */
    private volatile long watermark;
    private final Object indexLock = new Object();
    /** The index being loaded, if {@link #loadAsync} was called; searches wait for it. */
    private volatile CompletableFuture<SearchIndex> loading;
    /** Change-log rows of many-row changes already reloaded for (or written by this node). */
    private final Set<Long> reloadedFor = ConcurrentHashMap.newKeySet();
    private volatile long prunedAt;

    SearchIndexMaintenance(Jdbi jdbi, Clock clock, Runnable changed) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.changed = changed;
    }

    /** The search index, or {@code null} before {@link #load()}. */
    SearchIndex index() {
        return index;
    }

    /**
     * The search index, waiting for it while it is being loaded ({@link #loadAsync}); {@code null} when there is
     * none (never loaded, or its load failed): the caller searches in SQL.
     */
    SearchIndex awaitIndex() {
        SearchIndex current = index;
        CompletableFuture<SearchIndex> pending = loading;
        if (current != null || pending == null) {
            return current;
        }
        try {
            pending.get(INDEX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("registry search index not ready, searching in SQL", e);
        }
        return index;
    }

    /** Loads the search index on the executor; searches asked meanwhile wait for it. */
    CompletableFuture<SearchIndex> loadAsync(Executor executor) {
        CompletableFuture<SearchIndex> pending = CompletableFuture.supplyAsync(this::load, executor);
        loading = pending;
        return pending;
    }

    /** Reads the search columns of every enterprise (a few seconds at a million rows). Safe to call again. */
    SearchIndex load() {
        long begin = System.nanoTime();
        long since = clock.millis() - REFRESH_MARGIN_MS;
        // many-row changes logged so far are in what is read now
        List<Long> markers = jdbi.withHandle(h -> h.createQuery("select id from enterprise_change where uscc is null")
                .mapTo(Long.class).list());
        List<SearchIndex.Row> rows = new ArrayList<>();
        jdbi.useHandle(h -> {
            try (var stream = h.createQuery("select uscc, name, industry, status, established, capital, updated_at from enterprise")
                    .setFetchSize(5000).map((rs, ctx) -> indexRow(rs)).stream()) {
                stream.forEach(rows::add);
            }
        });
        SearchIndex loaded = SearchIndex.of(rows);
        synchronized (indexLock) {
            index = loaded;
            watermark = since;
            reloadedFor.addAll(markers);
            changed.run();
        }
        LOG.info("registry search index: {} enterprises in {} ms (~{} MB)", loaded.size(), (System.nanoTime() - begin) / 1_000_000,
                loaded.bytes() >> 20);
        refresh();
        return loaded;
    }

    /**
     * Applies the changes logged since the last look (by any node, with a margin) to the search index: the changed
     * enterprises are read again by code; after a change of many rows (another node's import) the whole index is
     * reloaded. A no-op before the index is loaded. Also deletes log rows older than a day, once an hour.
     */
    void refresh() {
        if (index == null) {
            return;
        }
        long now = clock.millis();
        long since = watermark;
        record Change(long id, String uscc) {
        }
        List<Change> changes = jdbi.withHandle(h -> h.createQuery("select id, uscc from enterprise_change where changed_at > :since")
                .bind("since", new Timestamp(since)).map((rs, ctx) -> new Change(rs.getLong("id"), rs.getString("uscc"))).list());
        if (changes.stream().anyMatch(c -> c.uscc() == null && !reloadedFor.contains(c.id()))) {
            load();
            return;
        }
        Set<String> codes = new TreeSet<>();
        changes.stream().filter(c -> c.uscc() != null).forEach(c -> codes.add(c.uscc()));
        List<String> all = new ArrayList<>(codes);
        List<SearchIndex.Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            rows.addAll(jdbi.withHandle(h -> h.createQuery(
                    "select uscc, name, industry, status, established, capital, updated_at from enterprise where uscc in (<codes>)")
                    .bindList("codes", chunk).map((rs, ctx) -> indexRow(rs)).list()));
        }
        apply(rows);
        // the next look starts a margin before now: a transaction may commit up to that long after its time
        // (rows already held unchanged are skipped by the index); after a quiet minute a look reads nothing
        watermark = Math.max(since, now - REFRESH_MARGIN_MS);
        if (now - prunedAt > 3600_000L) {
            prunedAt = now;
            // a day back, longer when the fact snapshots' kept copy still needs the rows to catch up from
            jdbi.useHandle(h -> h.createUpdate("delete from enterprise_change where changed_at < :before")
                    .bind("before", ChangeLogs.pruneBefore(h, now)).execute());
            reloadedFor.clear();
            reloadedFor.addAll(jdbi.withHandle(h -> h.createQuery("select id from enterprise_change where uscc is null")
                    .mapTo(Long.class).list()));
        }
    }

    /**
     * Logs a write for the other nodes' indexes, in the writing transaction, just before its commit (stamped with
     * the time now, not the rows' time: an import's transaction lasts as long as its file is read, and the others
     * look back only {@value #REFRESH_MARGIN_MS} ms): one row per enterprise, or one row without a code for many
     * (this node has merged them already, so it does not reload for its own).
     */
    void logChanges(Handle h, List<Enterprise> enterprises) {
        Timestamp at = Timestamp.from(clock.instant());
        // the facts' version (facts/FactSnapshots) counts registry writes too: one row, so the writers' increments
        // are serialised and a snapshot cannot miss a write that commits late (as it could by the newest log id)
        h.execute("update facts_version set version = version + 1 where id = 1");
        if (enterprises.size() > CHANGE_ROWS_MAX) {
            long id = h.createUpdate("insert into enterprise_change (changed_at, uscc) values (:at, null)").bind("at", at)
                    .executeAndReturnGeneratedKeys().map((rs, ctx) -> rs.getLong(1)).one();
            reloadedFor.add(id);
            return;
        }
        try (PreparedStatement statement = h.getConnection().prepareStatement(
                "insert into enterprise_change (changed_at, uscc) values (?, ?)")) {
            for (Enterprise e : enterprises) {
                statement.setTimestamp(1, at);
                statement.setString(2, e.uscc().value());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("logging the change failed: " + e.getMessage(), e);
        }
    }

    /** Puts enterprises this node has committed into the index (if it is loaded). */
    void merge(List<Enterprise> enterprises, Timestamp at) {
        if (index != null) {
            apply(rows(enterprises, at));
        }
    }

    /**
     * Runs the write, then puts the written enterprises into the search index. For many rows the new index is made
     * on another core while the database writes (its sort costs a fifth of an import) and put in place once they are
     * committed.
     */
    int afterWrite(List<Enterprise> enterprises, Timestamp now, IntSupplier write) {
        SearchIndex base = index;
        CompletableFuture<SearchIndex> merged = base == null || enterprises.size() < CHANGE_ROWS_MAX ? null
                : CompletableFuture.supplyAsync(() -> base.with(rows(enterprises, now)), ForkJoinPool.commonPool());
        int n;
        try {
            n = write.getAsInt();
        } catch (RuntimeException e) {
            if (merged != null) {
                merged.cancel(false);
            }
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        changed.run();
        if (merged != null) {
            synchronized (indexLock) {
                if (index == base) {
                    try {
                        index = merged.join();
                        return n;
                    } catch (CompletionException | CancellationException e) {
                        LOG.warn("registry: search index merge failed, merging again", e);
                    }
                }
            }
        }
        merge(enterprises, now);
        return n;
    }

    private void apply(List<SearchIndex.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        synchronized (indexLock) {
            SearchIndex current = index;
            if (current != null) {
                SearchIndex next = current.with(rows);
                if (next != current) {
                    index = next;
                    changed.run();
                }
            }
        }
    }

    private static SearchIndex.Row indexRow(ResultSet rs) throws SQLException {
        java.sql.Date established = rs.getDate("established");
        String industry = rs.getString("industry");
        // a few hundred distinct values: one string each, not one per row (a million rows load at once)
        return new SearchIndex.Row(rs.getString("uscc"), rs.getString("name"), industry == null ? null : industry.intern(),
                rs.getString("status").intern(), established == null ? SearchIndex.NULL_DATE : (int) established.toLocalDate().toEpochDay(),
                SearchIndex.Row.cents(rs.getBigDecimal("capital")), rs.getTimestamp("updated_at").getTime());
    }

    private static List<SearchIndex.Row> rows(List<Enterprise> enterprises, Timestamp at) {
        List<SearchIndex.Row> rows = new ArrayList<>(enterprises.size());
        for (Enterprise e : enterprises) {
            rows.add(SearchIndex.Row.of(e, at.getTime()));
        }
        return rows;
    }
}
