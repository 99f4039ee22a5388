package cn.gov.laoshan.district.registry.service;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.core.db.JdbcBatch;

/**
 * The {@code enterprise} table in portable SQL (Derby and PostgreSQL): reads by code, pages, counts and streams in
 * SQL (used when there is no search index), and batched inserts and updates. No permission checks, no audit: the
 * registry ({@link JdbiEnterpriseRegistry}) does those. SQL counts are cached per filter for a few seconds, until
 * the next write ({@link #written()}).
 */
final class EnterpriseStore {

    static final String COLUMNS = "uscc, name, type, legal_rep, capital, established, address, industry, status, "
            + "credit, size_class";
    private static final long COUNT_TTL_NANOS = 10_000_000_000L;

    private final Jdbi jdbi;
    private final Map<String, long[]> counts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    EnterpriseStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Optional<Enterprise> find(Uscc uscc) {
        return jdbi.withHandle(h -> find(h, uscc));
    }

    static Optional<Enterprise> find(Handle h, Uscc uscc) {
        return h.createQuery("select " + COLUMNS + " from enterprise where uscc = :uscc").bind("uscc", uscc.value())
                .map((rs, ctx) -> map(rs)).findOne();
    }

    /** The enterprises with these codes, in this order (one primary-key probe each, in one statement). */
    List<Enterprise> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Enterprise> found = new HashMap<>();
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

    /** One page of the query, in SQL. */
    List<Enterprise> page(EnterpriseQuery query) {
        List<Object> args = new ArrayList<>();
        String sql = select(query, args) + " offset " + query.offset() + " rows fetch next " + query.limit() + " rows only";
        return jdbi.withHandle(h -> bound(h.createQuery(sql), args).map((rs, ctx) -> map(rs)).list());
    }

    /** Every enterprise the query matches, in its order, streamed from SQL. */
    void forEach(EnterpriseQuery query, Consumer<Enterprise> action) {
        List<Object> args = new ArrayList<>();
        String sql = select(query, args);
        jdbi.useHandle(h -> {
            try (var rows = bound(h.createQuery(sql).setFetchSize(1000), args).map((rs, ctx) -> map(rs)).stream()) {
                rows.forEach(action);
            }
        });
    }

    /** The query's count in SQL, cached for a few seconds unless a write came between. */
    long count(EnterpriseQuery query) {
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
        long n = jdbi.withHandle(h -> bound(h.createQuery(sql.toString()), args).mapTo(Long.class).one());
        if (counts.size() > 500) {
            counts.clear();
        }
        counts.put(key, new long[] {n, gen, now});
        return n;
    }

    /** Forgets the cached counts: the table changed. */
    void written() {
        generation.incrementAndGet();
        counts.clear();
    }

    private static Query bound(Query q, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            q.bind(i, args.get(i));
        }
        return q;
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

    /** Whether the registry holds no enterprise. */
    boolean isEmpty() {
        return jdbi.withHandle(EnterpriseStore::isEmpty);
    }

    static boolean isEmpty(Handle h) {
        return h.createQuery("select uscc from enterprise fetch first 1 rows only").mapTo(String.class).list().isEmpty();
    }

    static boolean exists(Handle h, Uscc uscc) {
        return h.createQuery("select count(*) from enterprise where uscc = :uscc").bind("uscc", uscc.value())
                .mapTo(Long.class).one() > 0;
    }

    /** Plain JDBC batches on the handle's connection (in its transaction): JDBI's binding costs more per row. */
    static void insert(Handle h, List<Enterprise> enterprises, Timestamp now) {
        batch(h, enterprises, now, "insert into enterprise (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                false);
    }

    static void update(Handle h, List<Enterprise> enterprises, Timestamp now) {
        batch(h, enterprises, now, "update enterprise set name = ?, type = ?, legal_rep = ?, capital = ?, established = ?, "
                + "address = ?, industry = ?, status = ?, credit = ?, size_class = ?, updated_at = ? where uscc = ?", true);
    }

    private static void batch(Handle h, List<Enterprise> enterprises, Timestamp now, String sql, boolean codeLast) {
        JdbcBatch.write(h.getConnection(), sql, enterprises, (statement, e) -> {
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
        }, "enterprises");
    }

    private static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static Enterprise map(ResultSet rs) throws SQLException {
        BigDecimal capital = rs.getBigDecimal("capital");
        java.sql.Date established = rs.getDate("established");
        String credit = rs.getString("credit");
        String size = rs.getString("size_class");
        return new Enterprise(Uscc.parse(rs.getString("uscc")), rs.getString("name"), rs.getString("type"),
                rs.getString("legal_rep"), capital, established == null ? null : established.toLocalDate(),
                rs.getString("address"), rs.getString("industry"), EnterpriseStatus.valueOf(rs.getString("status")),
                credit == null ? null : CreditGrade.valueOf(credit.strip()), size == null ? null : EnterpriseSize.valueOf(size));
    }

    static boolean postgresql(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean embeddedDerby(Handle h) {
        try {
            String url = h.getConnection().getMetaData().getURL();
            return url != null && url.startsWith("jdbc:derby:") && !url.startsWith("jdbc:derby://");
        } catch (SQLException e) {
            return false;
        }
    }
}
