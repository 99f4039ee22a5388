package cn.gov.laoshan.district.registry.service;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.derby.vti.VTITemplate;

import cn.gov.laoshan.district.api.enterprise.Enterprise;

/**
 * Enterprises handed to embedded Derby as the rows of the table function {@code enterprise_rows(feed)}: an
 * {@code insert into enterprise … select … from table(enterprise_rows(?))} into an empty table is Derby's bulk
 * insert (DERBY-4789: rows unlogged, the primary key built once by sorting), fed straight from Java objects — no
 * text to write and parse — and while the import file is still being read and checked ({@link Feed}: the reading
 * side puts checked chunks, the inserting statement takes them on its own thread).
 *
 * <p>Derby calls {@link #rows(String)} by name (the function is created by {@link #FUNCTION}); the feed is found by
 * its key in a static map, since a table function's arguments can only be SQL values.
 */
public final class EnterpriseRows extends VTITemplate {

    /** The function's declaration: its columns are the table's, in the table's order and types. */
    static final String FUNCTION = "create function enterprise_rows(feed varchar(36)) returns table ("
            + "uscc char(18), name varchar(200), type varchar(40), legal_rep varchar(100), capital decimal(20, 2), "
            + "established date, address varchar(300), industry varchar(5), status varchar(16), credit char(1), "
            + "size_class varchar(8), updated_at timestamp) "
            + "language java parameter style derby_jdbc_result_set no sql external name '"
            + EnterpriseRows.class.getName() + ".rows'";

    private static final Map<String, Feed> FEEDS = new ConcurrentHashMap<>();

    /** Called by Derby for {@code table(enterprise_rows(feed))}. */
    public static ResultSet rows(String feed) throws SQLException {
        Feed source = FEEDS.get(feed);
        if (source == null) {
            throw new SQLException("no enterprises to load under " + feed);
        }
        return new EnterpriseRows(source);
    }

    /**
     * Chunks of enterprises from the reading side to the inserting statement, in order, a few at most in between:
     * {@link #put} them, then {@link #finish()} — or {@link #abort} (the statement fails, nothing is written). If the
     * statement stops taking ({@link #stopTaking()}), later chunks are dropped instead of waiting.
     */
    static final class Feed implements AutoCloseable {
        private static final List<Enterprise> END = new ArrayList<>();
        private static final List<Enterprise> ABORT = new ArrayList<>();

        final String key = UUID.randomUUID().toString();
        final Timestamp at;
        private final BlockingQueue<List<Enterprise>> chunks = new ArrayBlockingQueue<>(4);
        private final List<Enterprise> taken = new ArrayList<>();
        private volatile boolean stopped;
        private volatile boolean ended;
        private volatile String abortReason;

        Feed(Timestamp at) {
            this.at = at;
            FEEDS.put(key, this);
        }

        /** Waits while the statement is behind; drops the chunk if it no longer takes. */
        void put(List<Enterprise> chunk) {
            if (!chunk.isEmpty()) {
                offer(chunk);
            }
        }

        void finish() {
            ended = true;
            offer(END);
        }

        void abort(String reason) {
            ended = true;
            abortReason = reason;
            chunks.clear();
            offer(ABORT);
        }

        private void offer(List<Enterprise> chunk) {
            try {
                while (!stopped && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                    // the statement is behind: wait for it
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading enterprises", e);
            }
        }

        /** The statement's side: the next chunk, or null at the end. */
        List<Enterprise> take() throws SQLException {
            try {
                List<Enterprise> chunk = chunks.poll(10, TimeUnit.MINUTES);
                if (chunk == null) {
                    throw new SQLException("no enterprises arrived for 10 minutes");
                }
                if (chunk == ABORT) {
                    throw new SQLException("loading enterprises aborted: " + abortReason);
                }
                if (chunk == END) {
                    return null;
                }
                taken.addAll(chunk);
                return chunk;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while loading enterprises", e);
            }
        }

        /** Every enterprise the statement has taken, in order. */
        List<Enterprise> taken() {
            return taken;
        }

        /** The statement ended (or never started): later chunks are dropped. */
        void stopTaking() {
            stopped = true;
            chunks.clear();
        }

        /** Ends the feed; if it was neither finished nor aborted (the reading failed), the statement is aborted. */
        @Override
        public void close() {
            if (!ended) {
                ended = true;
                abortReason = "the import stopped before the end of the file";
                chunks.clear();
                chunks.offer(ABORT);
            }
            stopped = true;
            FEEDS.remove(key);
        }
    }

    private final Feed feed;
    private Iterator<Enterprise> chunk = java.util.Collections.emptyIterator();
    private Enterprise current;
    private boolean wasNull;

    private EnterpriseRows(Feed feed) {
        this.feed = feed;
    }

    @Override
    public boolean next() throws SQLException {
        while (!chunk.hasNext()) {
            List<Enterprise> next = feed.take();
            if (next == null) {
                current = null;
                return false;
            }
            chunk = next.iterator();
        }
        current = chunk.next();
        return true;
    }

    @Override
    public void close() {
        current = null;
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    private <T> T value(T value) {
        wasNull = value == null;
        return value;
    }

    @Override
    public String getString(int column) throws SQLException {
        Enterprise e = current;
        return value(switch (column) {
            case 1 -> e.uscc().value();
            case 2 -> e.name();
            case 3 -> e.type();
            case 4 -> e.legalRepresentative();
            case 7 -> e.address();
            case 8 -> e.industryCode();
            case 9 -> e.status().name();
            case 10 -> e.creditGrade() == null ? null : e.creditGrade().name();
            case 11 -> e.size() == null ? null : e.size().name();
            default -> throw new SQLException("column " + column + " is not text");
        });
    }

    @Override
    public BigDecimal getBigDecimal(int column) throws SQLException {
        if (column != 5) {
            throw new SQLException("column " + column + " is not a decimal");
        }
        return value(current.registeredCapital());
    }

    @Override
    public Date getDate(int column) throws SQLException {
        if (column != 6) {
            throw new SQLException("column " + column + " is not a date");
        }
        return value(current.establishedOn() == null ? null : Date.valueOf(current.establishedOn()));
    }

    @Override
    public Timestamp getTimestamp(int column) throws SQLException {
        if (column != 12) {
            throw new SQLException("column " + column + " is not a timestamp");
        }
        return value(feed.at);
    }
}
