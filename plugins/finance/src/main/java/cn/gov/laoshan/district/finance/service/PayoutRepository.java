package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.money.YuanJdbi;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutBatch;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;
import cn.gov.laoshan.district.finance.domain.Total;
import cn.gov.laoshan.district.finance.domain.Totals;

/**
 * The ledger's tables. Money moves only through conditional updates of the budget row ({@code ... where committed
 * + :x <= amount}) and state moves only from the state a payout was read in ({@code ... where state = :from}), so
 * that two transactions racing for the same budget or payout cannot both win: the loser's update counts 0 rows.
 */
public class PayoutRepository {

    private static final RowMapper<Budget> BUDGET = ConstructorMapper.of(Budget.class);
    private static final RowMapper<Payout> PAYOUT = ConstructorMapper.of(Payout.class);
    private static final RowMapper<PayoutBatch> BATCH = ConstructorMapper.of(PayoutBatch.class);

    /** Staff see their departments' payouts, an enterprise user its own enterprise's. */
    static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code").enterprises("uscc");

    private final Jdbi jdbi;

    public PayoutRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.installPlugin(new YuanJdbi());
        // the filters bind every parameter and use those given
        jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    // budgets

    public long insertBudget(Budget b) {
        return jdbi.withHandle(h -> h.createUpdate("insert into budget (policy_code, policy_name, budget_year, "
                + "department_code, amount, notice_days) values (:policyCode, :policyName, :budgetYear, "
                + ":departmentCode, :amount, :noticeDays)").bindMethods(b)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Sets a budget's amount, never below what payouts already claim of it. */
    public boolean setBudgetAmount(long id, Yuan amount, int noticeDays) {
        return jdbi.withHandle(h -> h.createUpdate("update budget set amount = :amount, notice_days = :days "
                + "where id = :id and committed <= :amount").bind("id", id).bind("amount", amount)
                .bind("days", noticeDays).execute()) == 1;
    }

    public Optional<Budget> budget(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from budget where id = :id").bind("id", id).map(BUDGET)
                .findOne());
    }

    static Optional<Budget> budget(Handle h, String policyCode, int year) {
        return h.createQuery("select * from budget where policy_code = :p and budget_year = :y")
                .bind("p", policyCode).bind("y", year).map(BUDGET).findOne();
    }

    public Optional<Budget> budget(String policyCode, int year) {
        return jdbi.withHandle(h -> budget(h, policyCode, year));
    }

    public List<Budget> budgets(RecordScope scope, Integer year) {
        RecordScope.Condition in = scope.condition(RecordScope.columns("department_code"));
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from budget"
                + in.and(year == null ? "" : " where budget_year = :year") + " order by budget_year desc, policy_code"))
                .bind("year", year).map(BUDGET).list());
    }

    /** Claims {@code amount} of the budget for a new payout; false when it does not fit. */
    static boolean commit(Handle h, long budgetId, Yuan amount) {
        return h.createUpdate("update budget set committed = committed + :x where id = :id and committed + :x <= amount")
                .bind("id", budgetId).bind("x", amount).execute() == 1;
    }

    /** Gives back what a rejected payout claimed (and, when it was approved, its approval). */
    static void release(Handle h, long budgetId, Yuan amount, boolean approved) {
        h.createUpdate("update budget set committed = committed - :x" + (approved ? ", approved = approved - :x" : "")
                + " where id = :id").bind("id", budgetId).bind("x", amount).execute();
    }

    /** Commits approvals of {@code amount}; false when approved would pass the budget. */
    static boolean approve(Handle h, long budgetId, Yuan amount) {
        return h.createUpdate("update budget set approved = approved + :x where id = :id and approved + :x <= amount "
                + "and approved + :x <= committed").bind("id", budgetId).bind("x", amount).execute() == 1;
    }

    static void paid(Handle h, long budgetId, Yuan amount) {
        h.createUpdate("update budget set paid = paid + :x where id = :id").bind("id", budgetId).bind("x", amount)
                .execute();
    }

    // payouts

    private static final String INSERT = "insert into payout (budget_id, policy_code, period, uscc, enterprise_name, "
            + "amount, bank, account_name, account_number, state, source, department_code, industry_code, street, "
            + "request_month, requested_at, confirmed_by, confirmed_at, updated_at) values (:budgetId, :policyCode, "
            + ":period, :uscc, :enterpriseName, :amount, :bank, :accountName, :accountNumber, :state, :source, "
            + ":departmentCode, :industryCode, :street, :requestMonth, :requestedAt, :confirmedBy, :confirmedAt, "
            + ":updatedAt)";

    static long insert(Handle h, long budgetId, Payout p) {
        return h.createUpdate(INSERT).bindMethods(p).bind("budgetId", budgetId).bind("state", p.state().name())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /**
     * Rows sent to the database at once by {@link #insertAll}. Small: embedded Derby gains nothing from a batch (it
     * runs the statement once per row either way) but keeps a copy of every parameter of every row until the batch
     * is run — 5,000 rows' copies outlived young collections and cost ~9 % more CPU than 100 (a microbenchmark of
     * 60,000 inserts, 2026-12-07); a network database still gets 100 rows a round trip.
     */
    static final int INSERT_BATCH = 100;

    /** Many new payouts in JDBC batches of {@value #INSERT_BATCH} (an import): plain JDBC, no reflection per row. */
    static int insertAll(Handle h, Map<Long, List<Payout>> byBudget) {
        String sql = "insert into payout (budget_id, policy_code, period, uscc, enterprise_name, amount, bank, "
                + "account_name, account_number, state, source, department_code, industry_code, street, "
                + "request_month, requested_at, confirmed_by, confirmed_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int n = 0;
        try (java.sql.PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
            for (Map.Entry<Long, List<Payout>> e : byBudget.entrySet()) {
                for (Payout p : e.getValue()) {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, p.policyCode());
                    ps.setString(3, p.period());
                    ps.setString(4, p.uscc());
                    ps.setString(5, p.enterpriseName());
                    ps.setBigDecimal(6, p.amount().amount());
                    ps.setString(7, p.bank());
                    ps.setString(8, p.accountName());
                    ps.setString(9, p.accountNumber());
                    ps.setString(10, p.state().name());
                    ps.setString(11, p.source());
                    ps.setString(12, p.departmentCode());
                    ps.setString(13, p.industryCode());
                    ps.setString(14, p.street());
                    ps.setString(15, p.requestMonth());
                    ps.setTimestamp(16, java.sql.Timestamp.from(p.requestedAt()));
                    ps.setString(17, p.confirmedBy());
                    ps.setTimestamp(18, p.confirmedAt() == null ? null : java.sql.Timestamp.from(p.confirmedAt()));
                    ps.setTimestamp(19, java.sql.Timestamp.from(p.updatedAt()));
                    ps.addBatch();
                    if (++n % INSERT_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("payouts not written: " + e.getMessage(), e);
        }
        return n;
    }

    /** The enterprises that already have a payout of this policy and period. */
    static Set<String> existing(Handle h, String policyCode, String period) {
        return new HashSet<>(h.createQuery("select uscc from payout where policy_code = :p and period = :q")
                .bind("p", policyCode).bind("q", period).mapTo(String.class).list());
    }

    public Optional<Payout> find(PayoutKey key) {
        return jdbi.withHandle(h -> find(h, key));
    }

    static Optional<Payout> find(Handle h, PayoutKey key) {
        return h.createQuery("select * from payout where policy_code = :p and period = :q and uscc = :u")
                .bind("p", key.policyCode()).bind("q", key.period()).bind("u", key.uscc()).map(PAYOUT).findOne();
    }

    public Optional<Payout> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from payout" + in.and(" where id = :id")))
                .bind("id", id).map(PAYOUT).findOne());
    }

    static Payout find(Handle h, long id) {
        return h.createQuery("select * from payout where id = :id").bind("id", id).map(PAYOUT).one();
    }

    static long budgetOf(Handle h, long payoutId) {
        return h.createQuery("select budget_id from payout where id = :id").bind("id", payoutId).mapTo(Long.class)
                .one();
    }

    /** A page of payouts, newest first; {@code null} filters are left out. */
    public List<Payout> list(RecordScope scope, PayoutFilter filter, int offset, int limit) {
        return jdbi.withHandle(h -> where(h, "select *", scope, filter, " order by id desc offset :offset rows "
                + "fetch next :limit rows only").bind("offset", offset).bind("limit", limit).map(PAYOUT).list());
    }

    public long count(RecordScope scope, PayoutFilter filter) {
        return jdbi.withHandle(h -> where(h, "select count(*)", scope, filter, "").mapTo(Long.class).one());
    }

    private static Query where(Handle h, String select, RecordScope scope, PayoutFilter f, String rest) {
        List<String> parts = new ArrayList<>();
        if (f.policyCode() != null) {
            parts.add("policy_code = :policy");
        }
        if (f.period() != null) {
            parts.add("period = :period");
        }
        if (f.state() != null) {
            parts.add("state = :state");
        }
        if (f.batchId() != null) {
            parts.add("batch_id = :batch");
        }
        if (f.uscc() != null) {
            parts.add("uscc = :uscc");
        }
        RecordScope.Condition in = scope.condition(COLUMNS);
        String filters = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        Query q = in.bind(h.createQuery(select + " from payout" + in.and(filters) + rest));
        q.bind("policy", f.policyCode()).bind("period", f.period())
                .bind("state", f.state() == null ? null : f.state().name()).bind("batch", f.batchId())
                .bind("uscc", f.uscc());
        return q;
    }

    /** Moves one payout on from the state it was read in; false when someone moved it first. */
    static boolean move(Handle h, long id, PayoutState from, PayoutState to, Instant at, Map<String, Object> set) {
        StringBuilder sql = new StringBuilder("update payout set state = :to, updated_at = :at");
        set.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
        var update = h.createUpdate(sql + " where id = :id and state = :from").bind("id", id)
                .bind("from", from.name()).bind("to", to.name()).bind("at", at);
        set.forEach(update::bind);
        return update.execute() == 1;
    }

    /** Payouts still waiting for their enterprise's confirmation that were requested before {@code before}. */
    public List<Payout> requestedBefore(Instant before, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from payout where state = 'REQUESTED' and requested_at < "
                + ":before order by id").bind("before", before).setMaxRows(limit).map(PAYOUT).list());
    }

    /** Confirms every requested payout with an account of a policy and period; returns how many moved. */
    static int confirmAll(Handle h, String policyCode, String period, String by, Instant at) {
        return h.createUpdate("update payout set state = 'CONFIRMED', confirmed_by = :by, confirmed_at = :at, "
                + "updated_at = :at where policy_code = :p and period = :q and state = 'REQUESTED' "
                + "and account_number is not null").bind("p", policyCode).bind("q", period).bind("by", by)
                .bind("at", at).execute();
    }

    // batches

    static long insertBatch(Handle h, String policyCode, String period, String department, int payouts, Yuan amount,
            String by, Instant at) {
        return h.createUpdate("insert into payout_batch (policy_code, period, department_code, notice_id, payouts, "
                + "amount, listed_by, listed_at) values (:p, :q, :d, 0, :n, :a, :by, :at)").bind("p", policyCode)
                .bind("q", period).bind("d", department).bind("n", payouts).bind("a", amount).bind("by", by)
                .bind("at", at).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    static void setNotice(Handle h, long batchId, long noticeId) {
        h.createUpdate("update payout_batch set notice_id = :n where id = :id").bind("id", batchId)
                .bind("n", noticeId).execute();
    }

    public Optional<PayoutBatch> batch(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from payout_batch where id = :id").bind("id", id)
                .map(BATCH).findOne());
    }

    public List<PayoutBatch> batches(RecordScope scope) {
        RecordScope.Condition in = scope.condition(RecordScope.columns("department_code"));
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from payout_batch" + in.where()
                + " order by id desc")).map(BATCH).list());
    }

    public List<Long> listedIn(long batchId) {
        return jdbi.withHandle(h -> h.createQuery("select id from payout where batch_id = :b and state = 'LISTED' "
                + "order by id").bind("b", batchId).mapTo(Long.class).list());
    }

    // objections

    static void resolve(Handle h, long objectionId, long batchId, Long payoutId, String resolution, String note,
            String by, Instant at) {
        h.createUpdate("insert into objection_resolution (objection_id, batch_id, payout_id, resolution, note, "
                + "resolved_by, resolved_at) values (:o, :b, :p, :r, :n, :by, :at)").bind("o", objectionId)
                .bind("b", batchId).bind("p", payoutId).bind("r", resolution).bind("n", note).bind("by", by)
                .bind("at", at).execute();
    }

    public Set<Long> resolvedObjections(long batchId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("select objection_id from objection_resolution "
                + "where batch_id = :b").bind("b", batchId).mapTo(Long.class).list()));
    }

    // totals

    /**
     * Payouts not rejected, totalled by every grouping of {@link Total.By} in one pass: the payouts are grouped by
     * all six columns together (one line per combination of policy, batch, department, industry, street and month
     * that occurs — far fewer than payouts) and each grouping is summed from those lines here, where a query per
     * grouping read the whole ledger once each. Exact sums (BigDecimal). {@code year} is the budget's; null for all.
     */
    public Totals totals(RecordScope scope, Integer year) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        String columns = Arrays.stream(Total.By.values()).map(Total.By::column).collect(Collectors.joining(", "));
        String filter = " where state <> 'REJECTED'" + (year == null ? "" : " and budget_id in "
                + "(select id from budget where budget_year = :year)");
        Map<Total.By, Map<Object, Sum>> sums = new EnumMap<>(Total.By.class);
        for (Total.By by : Total.By.values()) {
            sums.put(by, new TreeMap<>(GROUP_ORDER));
        }
        jdbi.useHandle(h -> in.bind(h.createQuery("select " + columns + ", count(*) as n, sum(amount) as requested, "
                + "sum(case when state in ('APPROVED', 'PAID') then amount else 0 end) as approved, "
                + "sum(case when state = 'PAID' then amount else 0 end) as paid from payout" + in.and(filter)
                + " group by " + columns)).bind("year", year).map(PayoutRepository::totalLine).forEach(line -> {
                    for (Total.By by : Total.By.values()) {
                        sums.get(by).computeIfAbsent(line.groups().get(by), g -> new Sum()).add(line);
                    }
                }));
        Map<Total.By, List<Total>> groupings = new EnumMap<>(Total.By.class);
        sums.forEach((by, groups) -> groupings.put(by, groups.entrySet().stream().map(e -> new Total(
                e.getKey() == null ? null : e.getKey().toString(), e.getValue().payouts,
                Yuan.of(e.getValue().requested), Yuan.of(e.getValue().approved), Yuan.of(e.getValue().paid)))
                .toList()));
        return new Totals(groupings);
    }

    /** A line of the grouped pass: its value of each grouping's column (null where the payout has none), its sums. */
    private record TotalLine(Map<Total.By, Object> groups, long payouts, BigDecimal requested, BigDecimal approved,
            BigDecimal paid) {
    }

    private static TotalLine totalLine(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        Map<Total.By, Object> groups = new EnumMap<>(Total.By.class);
        for (Total.By by : Total.By.values()) {
            // batches are numbers (ordered as such); the other groupings' columns are texts
            Object group;
            if (by == Total.By.BATCH) {
                long batch = rs.getLong(by.column());
                group = rs.wasNull() ? null : batch;
            } else {
                group = rs.getString(by.column());
            }
            groups.put(by, group);
        }
        return new TotalLine(groups, rs.getLong("n"), rs.getBigDecimal("requested"), rs.getBigDecimal("approved"),
                rs.getBigDecimal("paid"));
    }

    /** A grouping's groups in order (batches by number), the payouts without a value last. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> GROUP_ORDER = Comparator.nullsLast((a, b) -> ((Comparable) a).compareTo(b));

    /** One group's running sums. */
    private static final class Sum {
        long payouts;
        BigDecimal requested = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;

        void add(TotalLine line) {
            payouts += line.payouts();
            requested = requested.add(line.requested());
            approved = approved.add(line.approved());
            paid = paid.add(line.paid());
        }
    }
}
