package cn.gov.laoshan.district.audit.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.domain.Verification;

/**
 * The audit tables, in plain JDBC: appends (inserts only), queries, and the verification walk. No permission
 * checks here; {@link AuditService} does them.
 *
 * <p>Appends are serialized twice: by a lock in this JVM (threads of one node queue here instead of on database
 * locks) and by the database — each append's transaction first updates the single row of {@code audit_chain_head},
 * which holds that row's write lock until commit, then reads the head, inserts the record with
 * {@code id = last_id + 1} and {@code previous_hash = last_hash}, and moves the head. A second node's append waits
 * on that row and then reads the new head: the chain cannot fork, on Derby (embedded or network) or PostgreSQL,
 * with no vendor-specific SQL ({@code SELECT … FOR UPDATE} behaves differently on Derby's read-committed cursors).
 */
public final class AuditStore {

    /** Records per round trip of the verification walk. */
    public static final int VERIFY_BATCH = 2_000;

    static final String COLUMNS = "id, occurred_at, actor_login, actor_name, client_address, source, action, "
            + "object_type, object_id, before_state, after_state, previous_hash, hash";

    private static final ThreadLocal<Calendar> UTC =
            ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT));

    private final DataSource data;
    private final ReentrantLock appendLock = new ReentrantLock(true);
    private final java.util.concurrent.ConcurrentLinkedQueue<Pending> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public AuditStore(DataSource data) {
        this.data = data;
    }

    /**
     * Appends one record and returns it as stored, with group commit: a thread that gets the append lock writes
     * its own record and every record other threads queued meanwhile, in one transaction (one log flush); each of
     * them then finds its record written. Under load, many appends share one commit; alone, an append is one
     * transaction. If the shared transaction fails, every record in it fails with the same error.
     */
    public AuditEntry appendOne(AuditEntry record) {
        Pending pending = new Pending(record);
        queue.add(pending);
        appendLock.lock();
        try {
            if (!pending.done) {
                List<Pending> batch = new ArrayList<>();
                for (Pending next; (next = queue.poll()) != null;) {
                    batch.add(next);
                }
                try {
                    List<AuditEntry> stored = append(batch.stream().map(p -> p.record).toList());
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).stored = stored.get(i);
                        batch.get(i).done = true;
                    }
                } catch (RuntimeException e) {
                    for (Pending failed : batch) {
                        failed.failure = e;
                        failed.done = true;
                    }
                }
            }
        } finally {
            appendLock.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
        if (pending.stored == null) {
            // only when another thread's append died with an Error after taking this record from the queue
            throw new AuditStorageException("the audit record was not written", null);
        }
        return pending.stored;
    }

    /** A record waiting for a group commit; its fields are written and read under the append lock. */
    private static final class Pending {
        final AuditEntry record;
        boolean done;
        AuditEntry stored;
        RuntimeException failure;

        Pending(AuditEntry record) {
            this.record = record;
        }
    }

    /**
     * Appends records in one transaction, in the given order; their ids, previous hashes and hashes are assigned
     * here. Returns the stored records.
     */
    public List<AuditEntry> append(List<AuditEntry> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        appendLock.lock();
        try (Connection connection = data.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<AuditEntry> stored = appendLocked(connection, records);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit record could not be written: " + e.getMessage(), e);
        } finally {
            appendLock.unlock();
        }
    }

    private static List<AuditEntry> appendLocked(Connection connection, List<AuditEntry> records) throws SQLException {
        // 1. take the chain head's row lock (held until commit): appends from other nodes wait here
        try (PreparedStatement lock = connection.prepareStatement(
                "update audit_chain_head set last_id = last_id where id = 1")) {
            if (lock.executeUpdate() != 1) {
                throw new SQLException("audit_chain_head has no row 1: the audit migration did not run");
            }
        }
        long lastId;
        String lastHash;
        try (PreparedStatement head = connection.prepareStatement(
                "select last_id, last_hash from audit_chain_head where id = 1");
                ResultSet row = head.executeQuery()) {
            row.next();
            lastId = row.getLong(1);
            lastHash = row.getString(2);
        }
        List<AuditEntry> stored = new ArrayList<>(records.size());
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_record (" + COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEntry record : records) {
                AuditEntry chained = record.chained(lastId + 1, lastHash);
                bind(insert, chained);
                if (records.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
                stored.add(chained);
                lastId = chained.id();
                lastHash = chained.hash();
            }
            if (records.size() > 1) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement move = connection.prepareStatement(
                "update audit_chain_head set last_id = ?, last_hash = ? where id = 1 and last_id = ?")) {
            move.setLong(1, lastId);
            move.setString(2, lastHash);
            move.setLong(3, stored.get(0).id() - 1);
            if (move.executeUpdate() != 1) {
                throw new SQLException("the audit chain head moved during an append");
            }
        }
        return stored;
    }

    private static void bind(PreparedStatement insert, AuditEntry e) throws SQLException {
        insert.setLong(1, e.id());
        insert.setTimestamp(2, Timestamp.from(e.occurredAt()), UTC.get());
        insert.setString(3, e.actorLogin());
        text(insert, 4, e.actorName());
        text(insert, 5, e.clientAddress());
        insert.setString(6, e.source());
        insert.setString(7, e.action());
        text(insert, 8, e.objectType());
        text(insert, 9, e.objectId());
        text(insert, 10, e.before());
        text(insert, 11, e.after());
        insert.setString(12, e.previousHash());
        insert.setString(13, e.hash());
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static AuditEntry read(ResultSet row) throws SQLException {
        Timestamp at = row.getTimestamp(2, UTC.get());
        return new AuditEntry(row.getLong(1), at.toInstant(), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                row.getString(11), trim(row.getString(12)), trim(row.getString(13)));
    }

    private static String trim(String fixed) {
        return fixed == null ? null : fixed.strip();
    }

    /** Records matching the filter, newest first (or oldest first), {@code limit} of them from {@code offset}. */
    public List<AuditEntry> find(AuditFilter filter, boolean newestFirst, int offset, int limit) {
        Where where = where(filter);
        String sql = "select " + COLUMNS + " from audit_record" + where.sql + " order by id "
                + (newestFirst ? "desc" : "asc") + " offset ? rows fetch next ? rows only";
        List<AuditEntry> found = new ArrayList<>(Math.min(limit, 500));
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int next = where.bind(query);
            query.setInt(next, Math.max(0, offset));
            query.setInt(next + 1, Math.max(0, limit));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
        }
        return found;
    }

    /** Streams every record matching the filter to {@code sink}, newest first, in pages (for exports). */
    public long forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        long count = 0;
        Long below = null;
        Where where = where(filter);
        while (true) {
            String sql = "select " + COLUMNS + " from audit_record" + where.sql
                    + (below == null ? "" : (where.sql.isEmpty() ? " where" : " and") + " id < ?")
                    + " order by id desc fetch first " + VERIFY_BATCH + " rows only";
            List<AuditEntry> page = new ArrayList<>(VERIFY_BATCH);
            try (Connection connection = data.getConnection();
                    PreparedStatement query = connection.prepareStatement(sql)) {
                int next = where.bind(query);
                if (below != null) {
                    query.setLong(next, below);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        page.add(read(rows));
                    }
                }
            } catch (SQLException e) {
                throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
            }
            page.forEach(sink);
            count += page.size();
            if (page.size() < VERIFY_BATCH) {
                return count;
            }
            below = page.get(page.size() - 1).id();
        }
    }

    public java.util.Optional<AuditEntry> get(long id) {
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select " + COLUMNS + " from audit_record where id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? java.util.Optional.of(read(rows)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
        }
    }

    public long count(AuditFilter filter) {
        Where where = where(filter);
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from audit_record" + where.sql)) {
            where.bind(query);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
        }
    }

    /** The sources that wrote records, for the viewer's filter. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        try (Connection connection = data.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select distinct source from audit_record order by source");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AuditStorageException("the audit log could not be read: " + e.getMessage(), e);
        }
        return sources;
    }

    /**
     * Walks the whole chain in id order, {@link #VERIFY_BATCH} records per query, and stops at the first record
     * that is missing, altered or unlinked; finally compares the chain head with the last record ({@link ChainWalk}).
     */
    public Verification verify() {
        return ChainWalk.verify(data);
    }

    private static Where where(AuditFilter filter) {
        Where where = new Where();
        if (filter.actor() != null) {
            String like = "%" + escapeLike(filter.actor().toLowerCase(Locale.ROOT)) + "%";
            where.add("(lower(actor_login) like ? escape '!' or lower(actor_name) like ? escape '!')", like, like);
        }
        if (filter.source() != null) {
            where.add("source = ?", filter.source());
        }
        if (filter.actionPrefix() != null) {
            where.add("action like ? escape '!'", escapeLike(filter.actionPrefix()) + "%");
        }
        if (filter.from() != null) {
            where.add("occurred_at >= ?", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurred_at < ?", filter.to());
        }
        return where;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A where clause and its parameters. */
    private static final class Where {
        private String sql = "";
        private final List<Object> parameters = new ArrayList<>();

        void add(String condition, Object... values) {
            sql += (sql.isEmpty() ? " where " : " and ") + condition;
            parameters.addAll(List.of(values));
        }

        /** Binds the parameters; returns the next parameter index. */
        int bind(PreparedStatement statement) throws SQLException {
            int index = 1;
            for (Object value : parameters) {
                if (value instanceof Instant instant) {
                    statement.setTimestamp(index++, Timestamp.from(instant), UTC.get());
                } else {
                    statement.setString(index++, (String) value);
                }
            }
            return index;
        }
    }
}
