package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseEvents;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.uikit.ExcelExport;

/**
 * The registry on the platform schema's {@code enterprise} table, through JDBI, in portable SQL (Derby and
 * PostgreSQL). Pages, counts and exports are served by the in-memory {@link SearchIndex} once it is loaded (at
 * start, in the background; a search asked meanwhile waits for it up to {@value #INDEX_WAIT_SECONDS} s). The table
 * itself has only its primary key, so that imports stay fast; other nodes' writes reach the index through the
 * {@code enterprise_change} log ({@link #refreshIndex()}). Without an index (its load failed) every search runs in
 * SQL, with counts cached per filter for a few seconds.
 */
public class JdbiEnterpriseRegistry implements EnterpriseRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiEnterpriseRegistry.class);
    private static final String SOURCE = "registry";
    private static final String COLUMNS = "uscc, name, type, legal_rep, capital, established, address, industry, status, "
            + "credit, size_class";
    private static final int BATCH = 1000;
    private static final long COUNT_TTL_NANOS = 10_000_000_000L;

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final EventPublisher events;
    private final Clock clock;
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** The search index once loaded ({@link #loadIndex()}); until then searches run in SQL. */
    private volatile SearchIndex index;
    /** Rows changed after this time (epoch ms) are read again by {@link #refreshIndex()}. */
    private volatile long watermark;
    /** How far back {@link #refreshIndex()} looks before the newest change seen: transactions commit late. */
    static final long REFRESH_MARGIN_MS = 60_000;
    /** How long a search waits for the index being loaded before it runs in SQL. */
    static final long INDEX_WAIT_SECONDS = 60;
    /** A write of more rows than this is logged as one change of many rows (other nodes reload their index). */
    static final int CHANGE_ROWS_MAX = 1000;
    /** Change-log rows older than this are deleted. */
    static final long CHANGE_KEEP_MS = 24 * 3600_000L;
    private final Object indexLock = new Object();
    /** The index being loaded, if {@link #loadIndexAsync} was called; searches wait for it. */
    private volatile java.util.concurrent.CompletableFuture<SearchIndex> indexLoading;
    /** Change-log rows of many-row changes already reloaded for (or written by this node). */
    private final Set<Long> reloadedFor = ConcurrentHashMap.newKeySet();
    private volatile long prunedAt;

    public JdbiEnterpriseRegistry(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit,
            EventPublisher events, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<Enterprise> find(Uscc uscc) {
        access.check(PERMISSION_READ);
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from enterprise where uscc = :uscc")
                .bind("uscc", uscc.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Enterprise> list(EnterpriseQuery query) {
        access.check(PERMISSION_READ);
        SearchIndex searchIndex = searchIndex();
        if (searchIndex != null) {
            return byCodes(searchIndex.page(query));
        }
        List<Object> args = new ArrayList<>();
        String sql = select(query, args) + " offset " + query.offset() + " rows fetch next " + query.limit() + " rows only";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql);
            for (int i = 0; i < args.size(); i++) {
                q.bind(i, args.get(i));
            }
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    /** The enterprises with these codes, in this order (one primary-key probe each, in one statement). */
    private List<Enterprise> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Enterprise> found = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select " + COLUMNS + " from enterprise where uscc in (<codes>)")
                .bindList("codes", codes).map((rs, ctx) -> map(rs)).forEach(e -> found.put(e.uscc().value(), e)));
        List<Enterprise> page = new ArrayList<>(codes.size());
        for (String code : codes) {
            Enterprise e = found.get(code);
            if (e != null) {
                page.add(e);
            }
        }
        return page;
    }

    /**
     * The search index, waiting for it while it is being loaded ({@link #loadIndexAsync}); {@code null} when there
     * is none (never loaded, or its load failed): the caller searches in SQL.
     */
    private SearchIndex searchIndex() {
        SearchIndex current = index;
        java.util.concurrent.CompletableFuture<SearchIndex> loading = indexLoading;
        if (current != null || loading == null) {
            return current;
        }
        try {
            loading.get(INDEX_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.debug("registry search index not ready, searching in SQL", e);
        }
        return index;
    }

    /** Loads the search index on the executor; searches asked meanwhile wait for it. */
    public java.util.concurrent.CompletableFuture<SearchIndex> loadIndexAsync(java.util.concurrent.Executor executor) {
        java.util.concurrent.CompletableFuture<SearchIndex> loading = java.util.concurrent.CompletableFuture.supplyAsync(this::loadIndex, executor);
        indexLoading = loading;
        return loading;
    }

    /**
     * Reads the search columns of every enterprise into the {@link SearchIndex} (a few seconds at a million rows);
     * from then on pages and counts are served by it. Safe to call again (reloads).
     */
    public SearchIndex loadIndex() {
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
            written();
        }
        LOG.info("registry search index: {} enterprises in {} ms (~{} MB)", loaded.size(), (System.nanoTime() - begin) / 1_000_000,
                loaded.bytes() >> 20);
        refreshIndex();
        return loaded;
    }

    /**
     * Applies the changes logged since the last look (by any node, with a margin: {@code enterprise_change}) to the
     * search index: the changed enterprises are read again by code; after a change of many rows (another node's
     * import) the whole index is reloaded. Called every few seconds by the module; a no-op before the index is
     * loaded. Also deletes log rows older than a day, once an hour.
     */
    public void refreshIndex() {
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
            loadIndex();
            return;
        }
        Set<String> codes = new java.util.TreeSet<>();
        changes.stream().filter(c -> c.uscc() != null).forEach(c -> codes.add(c.uscc()));
        List<String> all = new ArrayList<>(codes);
        List<SearchIndex.Row> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            rows.addAll(jdbi.withHandle(h -> h.createQuery(
                    "select uscc, name, industry, status, established, capital, updated_at from enterprise where uscc in (<codes>)")
                    .bindList("codes", chunk).map((rs, ctx) -> indexRow(rs)).list()));
        }
        applyToIndex(rows);
        // the next look starts a margin before now: a transaction may commit up to that long after its time
        // (rows already held unchanged are skipped by the index); after a quiet minute a look reads nothing
        watermark = Math.max(since, now - REFRESH_MARGIN_MS);
        if (now - prunedAt > 3600_000L) {
            prunedAt = now;
            jdbi.useHandle(h -> h.createUpdate("delete from enterprise_change where changed_at < :before")
                    .bind("before", new Timestamp(now - CHANGE_KEEP_MS)).execute());
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
    private void logChanges(Handle h, List<Enterprise> enterprises) {
        Timestamp at = Timestamp.from(clock.instant());
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

    private void applyToIndex(List<SearchIndex.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        synchronized (indexLock) {
            SearchIndex current = index;
            if (current != null) {
                SearchIndex next = current.with(rows);
                if (next != current) {
                    index = next;
                    written();
                }
            }
        }
    }

    /** The search index, or {@code null} before {@link #loadIndex()}. */
    public SearchIndex index() {
        return index;
    }

    private static SearchIndex.Row indexRow(ResultSet rs) throws SQLException {
        java.sql.Date established = rs.getDate("established");
        String industry = rs.getString("industry");
        // a few hundred distinct values: one string each, not one per row (a million rows load at once)
        return new SearchIndex.Row(rs.getString("uscc"), rs.getString("name"), industry == null ? null : industry.intern(),
                rs.getString("status").intern(), established == null ? SearchIndex.NULL_DATE : (int) established.toLocalDate().toEpochDay(),
                SearchIndex.Row.cents(rs.getBigDecimal("capital")), rs.getTimestamp("updated_at").getTime());
    }

    private void indexWritten(List<Enterprise> enterprises, Timestamp at) {
        if (index != null) {
            applyToIndex(indexRows(enterprises, at));
        }
    }

    private static List<SearchIndex.Row> indexRows(List<Enterprise> enterprises, Timestamp at) {
        List<SearchIndex.Row> rows = new ArrayList<>(enterprises.size());
        for (Enterprise e : enterprises) {
            rows.add(SearchIndex.Row.of(e, at.getTime()));
        }
        return rows;
    }

    /** The query's filters and order, without paging. */
    private static String select(EnterpriseQuery query, List<Object> args) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from enterprise");
        where(query, sql, args);
        String direction = query.ascending() ? " asc" : " desc";
        String column = switch (query.sort()) {
            case USCC -> "uscc";
            case NAME -> "name";
            case ESTABLISHED_ON -> "established";
            case REGISTERED_CAPITAL -> "capital";
            case INDUSTRY_CODE -> "industry";
            case STATUS -> "status";
        };
        sql.append(" order by ").append(column).append(direction);
        if (column.equals("capital") || column.equals("established") || column.equals("industry")) {
            // empty values last in both directions, the same on Derby and PostgreSQL
            sql.append(" nulls last");
        }
        if (!column.equals("uscc")) {
            sql.append(", uscc").append(direction);
        }
        return sql.toString();
    }

    @Override
    public long count(EnterpriseQuery query) {
        access.check(PERMISSION_READ);
        SearchIndex searchIndex = searchIndex();
        if (searchIndex != null) {
            return searchIndex.count(query);
        }
        StringBuilder sql = new StringBuilder("select count(*) from enterprise");
        List<Object> args = new ArrayList<>();
        where(query, sql, args);
        String key = sql + " " + args;
        long now = System.nanoTime();
        long[] cached = counts.get(key);
        if (cached != null && cached[1] == generation.get() && now - cached[2] < COUNT_TTL_NANOS) {
            return cached[0];
        }
        long gen = generation.get();
        long n = jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                q.bind(i, args.get(i));
            }
            return q.mapTo(Long.class).one();
        });
        if (counts.size() > 500) {
            counts.clear();
        }
        counts.put(key, new long[] {n, gen, now});
        return n;
    }

    private static void where(EnterpriseQuery query, StringBuilder sql, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (query.codePrefix() != null) {
            conditions.add("uscc like ?");
            args.add(escapeLike(query.codePrefix()) + "%");
        }
        if (query.nameFragment() != null) {
            conditions.add("name like ?");
            args.add("%" + escapeLike(query.nameFragment()) + "%");
        }
        if (query.industryPrefix() != null) {
            if (Enterprise.INDUSTRY_CODE.matcher(query.industryPrefix()).matches() && query.industryPrefix().length() == 5) {
                // a whole class (I6510): equality, so that the (industry, name, uscc) index gives the name order
                // without sorting; a prefix (I65) is a range, whose rows must be sorted
                conditions.add("industry = ?");
                args.add(query.industryPrefix());
            } else {
                conditions.add("industry like ?");
                args.add(escapeLike(query.industryPrefix()) + "%");
            }
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            args.add(query.status().name());
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
    }

    /** LIKE patterns: % and _ in the user's text are dropped (no escape clause works the same on both databases). */
    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }

    @Override
    public void create(Enterprise enterprise) {
        access.check(PERMISSION_EDIT);
        validate(enterprise);
        Timestamp now = Timestamp.from(clock.instant());
        boolean created = jdbi.inTransaction(h -> {
            if (exists(h, enterprise.uscc())) {
                return false;
            }
            insert(h, List.of(enterprise), now);
            logChanges(h, List.of(enterprise));
            return true;
        });
        if (!created) {
            throw new EnterpriseValidationException(List.of(new ImportReport.Problem(0, Column.USCC.zh(),
                    "统一社会信用代码" + enterprise.uscc() + "已登记。", "The code " + enterprise.uscc() + " is registered already.")));
        }
        written();
        indexWritten(List.of(enterprise), now);
        audit.get().ifPresent(log -> log.record(SOURCE, "enterprise.create", "Enterprise", enterprise.uscc().value(), null,
                describe(enterprise)));
        events.post(EnterpriseEvents.REGISTERED, Map.of(EnterpriseEvents.USCC, enterprise.uscc().value(),
                EnterpriseEvents.NAME, enterprise.name()));
    }

    @Override
    public void update(Enterprise enterprise) {
        access.check(PERMISSION_EDIT);
        validate(enterprise);
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Enterprise> before = jdbi.inTransaction(h -> {
            Optional<Enterprise> old = h.createQuery("select " + COLUMNS + " from enterprise where uscc = :uscc")
                    .bind("uscc", enterprise.uscc().value()).map((rs, ctx) -> map(rs)).findOne();
            if (old.isPresent()) {
                update(h, List.of(enterprise), now);
                logChanges(h, List.of(enterprise));
            }
            return old;
        });
        if (before.isEmpty()) {
            throw new EnterpriseValidationException(List.of(new ImportReport.Problem(0, Column.USCC.zh(),
                    "统一社会信用代码" + enterprise.uscc() + "未登记。", "The code " + enterprise.uscc() + " is not registered.")));
        }
        written();
        indexWritten(List.of(enterprise), now);
        audit.get().ifPresent(log -> log.record(SOURCE, "enterprise.update", "Enterprise", enterprise.uscc().value(),
                describe(before.get()), describe(enterprise)));
        events.post(EnterpriseEvents.UPDATED, Map.of(EnterpriseEvents.USCC, enterprise.uscc().value(),
                EnterpriseEvents.NAME, enterprise.name()));
    }

    @Override
    public ImportReport importFile(InputStream in, ImportFormat format, String fileName) throws IOException {
        return importFile(in, format, fileName, ImportProgress.NONE);
    }

    @Override
    public ImportReport importFile(InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        access.check(PERMISSION_IMPORT);
        long begin = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        ImportReader reader = new ImportReader(new RowValidator(LocalDate.now(clock)));
        ImportReader.Parsed parsed;
        int written;
        if (jdbi.withHandle(h -> postgresql(h) || embeddedDerby(h) && isEmpty(h))) {
            // PostgreSQL, or an empty registry on embedded Derby: the rows are written while the file is still read
            try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(now)) {
                java.util.concurrent.CompletableFuture<Integer> writing = streamInto(feed);
                parsed = reader.read(in, format, feed::put, progress);
                if (!parsed.problems().isEmpty()) {
                    feed.abort("the file has problems");
                    awaitQuietly(writing);
                    return new ImportReport(parsed.rowsRead(), 0, parsed.problems());
                }
                progress.writing();
                feed.finish();
                List<Enterprise> enterprises = parsed.enterprises();
                written = indexAfterWrite(enterprises, now, () -> {
                    int n = writing.join();
                    // another import got there first: the registry is no longer empty, so write the usual way
                    return n == NOT_EMPTY ? jdbi.inTransaction(h -> write(h, enterprises, now)) : n;
                });
            }
        } else {
            parsed = reader.read(in, format, null, progress);
            if (!parsed.problems().isEmpty()) {
                return new ImportReport(parsed.rowsRead(), 0, parsed.problems());
            }
            progress.writing();
            written = save(parsed.enterprises(), now);
        }
        LOG.info("import {}: {} rows in {} ms", fileName, written, (System.nanoTime() - begin) / 1_000_000);
        audit.get().ifPresent(log -> log.record(SOURCE, "enterprise.import", "ImportFile", fileName, null,
                "{\"rows\":" + written + "}"));
        events.post(EnterpriseEvents.IMPORTED, Map.of(EnterpriseEvents.COUNT, written, EnterpriseEvents.FILE_NAME,
                fileName == null ? "" : fileName));
        return new ImportReport(parsed.rowsRead(), written, List.of());
    }

    /** {@link #streamInto}'s result when the registry was not empty after all (nothing written). */
    private static final int NOT_EMPTY = -1;

    /**
     * Starts writing the feed's rows on a thread of its own (the common pool checks the rows meanwhile), in one
     * transaction with the change logged: {@link #load}; it ends when the feed is finished (committed) or aborted
     * (rolled back, nothing written).
     */
    private java.util.concurrent.CompletableFuture<Integer> streamInto(EnterpriseRows.Feed feed) {
        java.util.concurrent.CompletableFuture<Integer> writing = new java.util.concurrent.CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                writing.complete(jdbi.inTransaction(h -> postgresql(h) || isEmpty(h) ? load(h, feed) : NOT_EMPTY));
            } catch (RuntimeException | Error e) {
                writing.completeExceptionally(e);
            } finally {
                feed.stopTaking();
            }
        }, "registry-import-writer");
        writer.setDaemon(true);
        writer.start();
        return writing;
    }

    private static void awaitQuietly(java.util.concurrent.CompletableFuture<?> writing) {
        try {
            writing.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException expected) {
            LOG.debug("registry import: bulk insert aborted as asked", expected);
        }
    }

    /**
     * Writes enterprises in one transaction: new codes inserted, known ones updated, in batches. No permission
     * check: for the import above and the platform's own demo data.
     */
    public int save(List<Enterprise> enterprises) {
        return save(enterprises, Timestamp.from(clock.instant()));
    }

    private int save(List<Enterprise> enterprises, Timestamp now) {
        return indexAfterWrite(enterprises, now, () -> jdbi.inTransaction(h -> write(h, enterprises, now)));
    }

    /**
     * Runs the write, then puts the written enterprises into the search index. For many rows the new index is made
     * on another core while the database writes (its sort costs a fifth of an import) and put in place once they are
     * committed.
     */
    private int indexAfterWrite(List<Enterprise> enterprises, Timestamp now, java.util.function.IntSupplier write) {
        SearchIndex base = index;
        java.util.concurrent.CompletableFuture<SearchIndex> merged = base == null || enterprises.size() < CHANGE_ROWS_MAX ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> base.with(indexRows(enterprises, now)),
                        java.util.concurrent.ForkJoinPool.commonPool());
        int n;
        try {
            n = write.getAsInt();
        } catch (RuntimeException e) {
            if (merged != null) {
                merged.cancel(false);
            }
            throw e instanceof java.util.concurrent.CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        written();
        if (merged != null) {
            synchronized (indexLock) {
                if (index == base) {
                    try {
                        index = merged.join();
                        return n;
                    } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                        LOG.warn("registry: search index merge failed, merging again", e);
                    }
                }
            }
        }
        indexWritten(enterprises, now);
        return n;
    }

    private int write(Handle h, List<Enterprise> enterprises, Timestamp now) {
        boolean empty = isEmpty(h);
        if (postgresql(h) || empty && embeddedDerby(h)) {
            try (EnterpriseRows.Feed feed = new EnterpriseRows.Feed(now)) {
                feed.put(enterprises);
                feed.finish();
                return load(h, feed);
            }
        }
        List<Enterprise> fresh = new ArrayList<>();
        List<Enterprise> known = new ArrayList<>();
        if (empty) {
            fresh.addAll(enterprises);
        } else {
            Set<String> existing = new HashSet<>();
            for (int i = 0; i < enterprises.size(); i += 500) {
                List<String> codes = enterprises.subList(i, Math.min(enterprises.size(), i + 500)).stream()
                        .map(e -> e.uscc().value()).toList();
                existing.addAll(h.createQuery("select uscc from enterprise where uscc in (<codes>)")
                        .bindList("codes", codes).mapTo(String.class).list());
            }
            for (Enterprise e : enterprises) {
                (existing.contains(e.uscc().value()) ? known : fresh).add(e);
            }
        }
        // in code order: each B-tree page of the primary key is visited once, not once per row
        fresh.sort(java.util.Comparator.comparing(e -> e.uscc().value()));
        insert(h, fresh, now);
        update(h, known, now);
        logChanges(h, enterprises);
        return enterprises.size();
    }

    private static boolean embeddedDerby(Handle h) {
        try {
            String url = h.getConnection().getMetaData().getURL();
            return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Writes the feed's rows in the handle's transaction and logs the change: on PostgreSQL by {@link #copy}, on
     * embedded Derby (an empty registry) by {@link #bulkInsert}.
     */
    private int load(Handle h, EnterpriseRows.Feed feed) {
        int n = postgresql(h) ? copy(h, feed) : bulkInsert(h, feed);
        logChanges(h, feed.taken());
        return n;
    }

    /**
     * Embedded Derby, empty registry, in the handle's transaction: {@code insert … select} from the table function
     * over the feed, which Derby runs as a bulk insert (rows unlogged, the primary key built once by sorting,
     * instead of a B-tree insert per row). The function (Derby only; PostgreSQL loads by {@code COPY}) is created on
     * first use.
     */
    private static int bulkInsert(Handle h, EnterpriseRows.Feed feed) {
        boolean declared = h.createQuery("select count(*) from sys.sysaliases a join sys.sysschemas s on a.schemaid = s.schemaid "
                + "where a.alias = 'ENTERPRISE_ROWS' and s.schemaname = current schema").mapTo(Integer.class).one() > 0;
        if (!declared) {
            h.execute(EnterpriseRows.FUNCTION);
        }
        return h.createUpdate("insert into enterprise (" + COLUMNS + ", updated_at) select " + COLUMNS
                + ", updated_at from table(enterprise_rows(:feed)) t").bind("feed", feed.key).execute();
    }

    /**
     * PostgreSQL's {@code COPY … (format csv)} input: every value quoted (quotes doubled), nothing for null — so an
     * empty text stays an empty text and a missing value is null.
     */
    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("").setRecordSeparator('\n').get();

    /** The rows as {@link #COPY_CSV} text, UTF-8. */
    static byte[] delimited(List<Enterprise> enterprises, Timestamp now) {
        StringBuilder csv = new StringBuilder(enterprises.size() * 256);
        String at = now.toString();
        try (CSVPrinter printer = new CSVPrinter(csv, COPY_CSV)) {
            for (Enterprise e : enterprises) {
                printer.printRecord(e.uscc().value(), e.name(), e.type(), e.legalRepresentative(),
                        e.registeredCapital() == null ? null : e.registeredCapital().toPlainString(),
                        e.establishedOn(), e.address(), e.industryCode(), e.status().name(),
                        e.creditGrade() == null ? null : e.creditGrade().name(),
                        e.size() == null ? null : e.size().name(), at);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean postgresql(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * PostgreSQL: the rows go by {@code COPY} (as delimited text, chunk by chunk as the feed delivers them) into a
     * temporary table dropped at commit, then one {@code update} and one {@code insert} move them into the registry,
     * in the caller's transaction.
     */
    private static int copy(Handle h, EnterpriseRows.Feed feed) {
        h.execute("create temporary table enterprise_load (like enterprise) on commit drop");
        try {
            org.postgresql.copy.CopyManager copy = h.getConnection().unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            copy.copyIn("copy enterprise_load (" + COLUMNS + ", updated_at) from stdin with (format csv, encoding 'UTF8')",
                    delimited(feed));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("writing enterprises failed: " + e.getMessage(), e);
        }
        h.execute("update enterprise e set name = l.name, type = l.type, legal_rep = l.legal_rep, capital = l.capital, "
                + "established = l.established, address = l.address, industry = l.industry, status = l.status, "
                + "credit = l.credit, size_class = l.size_class, updated_at = l.updated_at from enterprise_load l where e.uscc = l.uscc");
        h.execute("insert into enterprise (" + COLUMNS + ", updated_at) select " + COLUMNS + ", updated_at from enterprise_load l "
                + "where not exists (select 1 from enterprise e where e.uscc = l.uscc)");
        return feed.taken().size();
    }

    /** The feed's rows as one stream of {@link #delimited} text, encoded a chunk at a time as they arrive. */
    private static InputStream delimited(EnterpriseRows.Feed feed) {
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int at;

            private boolean more() throws IOException {
                while (at == chunk.length) {
                    List<Enterprise> next;
                    try {
                        next = feed.take();
                    } catch (SQLException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    if (next == null) {
                        return false;
                    }
                    chunk = delimited(next, feed.at);
                    at = 0;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return more() ? chunk[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!more()) {
                    return -1;
                }
                int n = Math.min(length, chunk.length - at);
                System.arraycopy(chunk, at, into, offset, n);
                at += n;
                return n;
            }
        };
    }

    /** A CSV field for COPY: quoted (an empty quoted field is an empty string), nothing for null. */
    /** Whether the registry holds no enterprise (no permission check: for start-up). */
    public boolean isEmpty() {
        return jdbi.withHandle(JdbiEnterpriseRegistry::isEmpty);
    }

    private static boolean isEmpty(Handle h) {
        return h.createQuery("select uscc from enterprise fetch first 1 rows only").mapTo(String.class).list().isEmpty();
    }

    @Override
    public void exportXlsx(EnterpriseQuery query, OutputStream out) throws IOException {
        exportXlsx(query, out, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void exportXlsx(EnterpriseQuery query, OutputStream out, java.util.Locale locale) throws IOException {
        access.check(PERMISSION_READ);
        // headers in the reader's language: the import knows both (Column.ofHeader)
        List<String> headers = java.util.Arrays.stream(Column.values()).map(c -> c.label(locale)).toList();
        String sheetName = locale != null && "en".equals(locale.getLanguage()) ? "Enterprises" : "市场主体";
        SearchIndex searchIndex = searchIndex();
        if (searchIndex != null) {
            // the index gives the order and the filters; the rows are read by code, a thousand at a time
            try (ExcelExport.SheetWriter sheet = ExcelExport.sheet(out, sheetName, headers)) {
                List<String> codes = new ArrayList<>(EnterpriseQuery.MAX_LIMIT);
                Runnable flush = () -> {
                    byCodes(codes).forEach(e -> exportRow(sheet, e));
                    codes.clear();
                };
                searchIndex.forEachMatch(query, code -> {
                    codes.add(code);
                    if (codes.size() == EnterpriseQuery.MAX_LIMIT) {
                        flush.run();
                    }
                });
                flush.run();
            }
            return;
        }
        List<Object> args = new ArrayList<>();
        String sql = select(query, args);
        try (ExcelExport.SheetWriter sheet = ExcelExport.sheet(out, sheetName, headers)) {
            jdbi.useHandle(h -> {
                Query q = h.createQuery(sql).setFetchSize(1000);
                for (int i = 0; i < args.size(); i++) {
                    q.bind(i, args.get(i));
                }
                try (var rows = q.map((rs, ctx) -> map(rs)).stream()) {
                    rows.forEach(e -> exportRow(sheet, e));
                }
            });
        }
    }

    private static void exportRow(ExcelExport.SheetWriter sheet, Enterprise e) {
        sheet.row(e.uscc().value(), e.name(), e.type(), e.legalRepresentative(), e.registeredCapital(), e.establishedOn(),
                e.address(), e.industryCode(), e.status().zh(), e.creditGrade() == null ? null : e.creditGrade().name(),
                e.size() == null ? null : e.size().zh());
    }

    private void validate(Enterprise enterprise) {
        List<ImportReport.Problem> problems = new RowValidator(LocalDate.now(clock)).check(enterprise);
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
    }

    private void written() {
        generation.incrementAndGet();
        counts.clear();
    }

    /** Forgets the cached counts (benchmarks measure the database, not the cache). */
    public void forgetCounts() {
        written();
        SearchIndex searchIndex = index;
        if (searchIndex != null) {
            searchIndex.forgetFragments();
        }
    }

    private static boolean exists(Handle h, Uscc uscc) {
        return h.createQuery("select count(*) from enterprise where uscc = :uscc").bind("uscc", uscc.value())
                .mapTo(Long.class).one() > 0;
    }

    /** Plain JDBC batches on the handle's connection (in its transaction): JDBI's binding costs more per row. */
    private void insert(Handle h, List<Enterprise> enterprises, Timestamp now) {
        batch(h, enterprises, now, "insert into enterprise (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                false);
    }

    private void update(Handle h, List<Enterprise> enterprises, Timestamp now) {
        batch(h, enterprises, now, "update enterprise set name = ?, type = ?, legal_rep = ?, capital = ?, established = ?, "
                + "address = ?, industry = ?, status = ?, credit = ?, size_class = ?, updated_at = ? where uscc = ?", true);
    }

    private void batch(Handle h, List<Enterprise> enterprises, Timestamp now, String sql, boolean codeLast) {
        if (enterprises.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = h.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (Enterprise e : enterprises) {
                int i = 1;
                if (!codeLast) {
                    statement.setString(i++, e.uscc().value());
                }
                statement.setString(i++, e.name());
                setString(statement, i++, e.type());
                setString(statement, i++, e.legalRepresentative());
                if (e.registeredCapital() == null) {
                    statement.setNull(i++, Types.DECIMAL);
                } else {
                    statement.setBigDecimal(i++, e.registeredCapital());
                }
                if (e.establishedOn() == null) {
                    statement.setNull(i++, Types.DATE);
                } else {
                    statement.setDate(i++, java.sql.Date.valueOf(e.establishedOn()));
                }
                setString(statement, i++, e.address());
                setString(statement, i++, e.industryCode());
                statement.setString(i++, e.status().name());
                setString(statement, i++, e.creditGrade() == null ? null : e.creditGrade().name());
                setString(statement, i++, e.size() == null ? null : e.size().name());
                statement.setTimestamp(i++, now);
                if (codeLast) {
                    statement.setString(i, e.uscc().value());
                }
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing enterprises failed: " + e.getMessage(), e);
        }
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Enterprise map(ResultSet rs) throws SQLException {
        BigDecimal capital = rs.getBigDecimal("capital");
        java.sql.Date established = rs.getDate("established");
        String credit = rs.getString("credit");
        String size = rs.getString("size_class");
        return new Enterprise(Uscc.parse(rs.getString("uscc")), rs.getString("name"), rs.getString("type"),
                rs.getString("legal_rep"), capital, established == null ? null : established.toLocalDate(),
                rs.getString("address"), rs.getString("industry"), EnterpriseStatus.valueOf(rs.getString("status")),
                credit == null ? null : CreditGrade.valueOf(credit.strip()), size == null ? null : EnterpriseSize.valueOf(size));
    }

    /** The enterprise as JSON-like text for the audit log (no personal data beyond the legal representative's name). */
    static String describe(Enterprise e) {
        StringBuilder json = new StringBuilder("{");
        field(json, "uscc", e.uscc().value());
        field(json, "name", e.name());
        field(json, "type", e.type());
        field(json, "legalRepresentative", e.legalRepresentative());
        field(json, "registeredCapital", e.registeredCapital() == null ? null : e.registeredCapital().toPlainString());
        field(json, "establishedOn", e.establishedOn() == null ? null : e.establishedOn().toString());
        field(json, "address", e.address());
        field(json, "industryCode", e.industryCode());
        field(json, "status", e.status().name());
        field(json, "creditGrade", e.creditGrade() == null ? null : e.creditGrade().name());
        field(json, "size", e.size() == null ? null : e.size().name());
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(name).append("\":");
        if (value == null) {
            json.append("null");
        } else {
            json.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
    }
}
