package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.finance.domain.Bank;
import cn.gov.laoshan.district.finance.domain.BankProduct;
import cn.gov.laoshan.district.finance.domain.Check;
import cn.gov.laoshan.district.finance.domain.Criterion;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;

/** The SQL of financing matchmaking: banks, products, demands and pushes; every list in the reader's scope. */
public class FinancingRepository {

    private static final RowMapper<Bank> BANK = (rs, ctx) -> new Bank(rs.getLong("id"), rs.getString("uscc"),
            rs.getString("name"), rs.getInt("response_days"), rs.getString("department_code"));

    private static final RowMapper<BankProduct> PRODUCT = (rs, ctx) -> new BankProduct(rs.getLong("id"),
            rs.getLong("bank_id"), rs.getString("bank_name"), rs.getString("name"),
            BankProduct.Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("rate_min"), rs.getBigDecimal("rate_max"),
            rs.getInt("term_min"), rs.getInt("term_max"), Yuan.of(rs.getBigDecimal("amount_min")),
            Yuan.of(rs.getBigDecimal("amount_max")), rs.getString("eligibility"),
            Criterion.parse(rs.getString("criteria")), (Integer) rs.getObject("response_days", Integer.class),
            rs.getInt("active") == 1);

    private static final RowMapper<FinancingDemand> DEMAND = (rs, ctx) -> new FinancingDemand(rs.getLong("id"),
            rs.getString("uscc"), rs.getString("enterprise_name"), Yuan.of(rs.getBigDecimal("amount")),
            rs.getInt("term_months"), rs.getString("purpose"), rs.getString("collateral"), rs.getString("guarantee"),
            FinancingDemand.State.valueOf(rs.getString("state")), rs.getString("department_code"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<DemandPush> PUSH = (rs, ctx) -> new DemandPush(rs.getLong("id"),
            rs.getLong("demand_id"), rs.getLong("product_id"), rs.getString("product_name"), rs.getLong("bank_id"),
            rs.getString("bank_name"), rs.getString("bank_uscc"), Check.decode(rs.getString("reasons")),
            DemandPush.State.valueOf(rs.getString("state")), rs.getTimestamp("pushed_at").toInstant(),
            rs.getString("pushed_by"), date(rs, "due_on"), date(rs, "answered_on"),
            Yuan.ofNullable(rs.getBigDecimal("granted_amount")), rs.getBigDecimal("granted_rate"),
            date(rs, "granted_on"), rs.getString("declined_reason"), rs.getString("uscc"),
            rs.getString("enterprise_name"), Yuan.of(rs.getBigDecimal("amount")), rs.getInt("term_months"),
            rs.getString("purpose"), rs.getString("collateral"), rs.getString("guarantee"));

    private static final String PRODUCTS = "select bp.*, b.name as bank_name from bank_product bp join bank b on "
            + "b.id = bp.bank_id";
    private static final String PUSHES = "select p.*, bp.name as product_name, b.name as bank_name, d.uscc, "
            + "d.enterprise_name, d.amount, d.term_months, d.purpose, d.collateral, d.guarantee from financing_push p "
            + "join bank_product bp on bp.id = p.product_id join bank b on b.id = p.bank_id join financing_demand d "
            + "on d.id = p.demand_id";

    private final Jdbi jdbi;

    public FinancingRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Derby's driver does not map DATE to LocalDate through getObject. */
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    // banks and products

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from bank").mapTo(Integer.class).one()) == 0;
    }

    List<Bank> banks() {
        return jdbi.withHandle(h -> h.createQuery("select * from bank order by id").map(BANK).list());
    }

    Optional<Bank> bank(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from bank where id = :id").bind("id", id).map(BANK)
                .findOne());
    }

    Optional<Bank> bankOf(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from bank where uscc = :u").bind("u", uscc).map(BANK)
                .findOne());
    }

    long insertBank(String uscc, String name, int responseDays, String department, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into bank (uscc, name, response_days, department_code, "
                + "created_at) values (:u, :n, :r, :d, :at)").bind("u", uscc).bind("n", name).bind("r", responseDays)
                .bind("d", department).bind("at", at).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    void updateBank(long id, String name, int responseDays) {
        jdbi.useHandle(h -> h.createUpdate("update bank set name = :n, response_days = :r where id = :id")
                .bind("n", name).bind("r", responseDays).bind("id", id).execute());
    }

    List<BankProduct> products(boolean activeOnly) {
        return jdbi.withHandle(h -> h.createQuery(PRODUCTS + (activeOnly ? " where bp.active = 1" : "")
                + " order by bp.bank_id, bp.id").map(PRODUCT).list());
    }

    Optional<BankProduct> product(long id) {
        return jdbi.withHandle(h -> h.createQuery(PRODUCTS + " where bp.id = :id").bind("id", id).map(PRODUCT)
                .findOne());
    }

    long insertProduct(BankProduct p, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into bank_product (bank_id, name, kind, rate_min, rate_max, "
                + "term_min, term_max, amount_min, amount_max, eligibility, criteria, response_days, active, "
                + "created_at) values (:bank, :name, :kind, :rmin, :rmax, :tmin, :tmax, :amin, :amax, :elig, :crit, "
                + ":resp, :active, :at)").bind("bank", p.bankId()).bind("name", p.name()).bind("kind", p.kind().name())
                .bind("rmin", p.rateMin()).bind("rmax", p.rateMax()).bind("tmin", p.termMin()).bind("tmax", p.termMax())
                .bind("amin", p.amountMin().amount()).bind("amax", p.amountMax().amount())
                .bind("elig", p.eligibility()).bind("crit", Criterion.format(p.criteria()))
                .bindByType("resp", p.responseDays(), Integer.class).bind("active", p.active() ? 1 : 0)
                .bind("at", at).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    void updateProduct(BankProduct p) {
        jdbi.useHandle(h -> h.createUpdate("update bank_product set name = :name, kind = :kind, rate_min = :rmin, "
                + "rate_max = :rmax, term_min = :tmin, term_max = :tmax, amount_min = :amin, amount_max = :amax, "
                + "eligibility = :elig, criteria = :crit, response_days = :resp, active = :active where id = :id")
                .bind("name", p.name()).bind("kind", p.kind().name()).bind("rmin", p.rateMin())
                .bind("rmax", p.rateMax()).bind("tmin", p.termMin()).bind("tmax", p.termMax())
                .bind("amin", p.amountMin().amount()).bind("amax", p.amountMax().amount())
                .bind("elig", p.eligibility()).bind("crit", Criterion.format(p.criteria()))
                .bindByType("resp", p.responseDays(), Integer.class).bind("active", p.active() ? 1 : 0)
                .bind("id", p.id()).execute());
    }

    // demands

    List<FinancingDemand> demands(RecordScope scope, FinancingDemand.State state) {
        RecordScope.Condition in = scope.condition(FinancingWorkflow.DEMANDS);
        String where = in.and(state == null ? "" : " where d.state = :state");
        return jdbi.withHandle(h -> {
            var q = h.createQuery("select d.* from financing_demand d" + where + " order by d.id desc");
            in.bind(q);
            if (state != null) {
                q.bind("state", state.name());
            }
            return q.map(DEMAND).list();
        });
    }

    Optional<FinancingDemand> demand(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(FinancingWorkflow.DEMANDS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select d.* from financing_demand d"
                + in.and(" where d.id = :id"))).bind("id", id).map(DEMAND).findOne());
    }

    long insertDemand(FinancingDemand d) {
        return jdbi.withHandle(h -> h.createUpdate("insert into financing_demand (uscc, enterprise_name, amount, "
                + "term_months, purpose, collateral, guarantee, state, department_code, created_by, created_at, "
                + "updated_at) values (:u, :n, :a, :t, :p, :c, :g, :s, :dep, :by, :at, :at)").bind("u", d.uscc())
                .bind("n", d.enterpriseName()).bind("a", d.amount().amount()).bind("t", d.termMonths())
                .bind("p", d.purpose()).bindByType("c", d.collateral(), String.class)
                .bindByType("g", d.guarantee(), String.class).bind("s", d.state().name())
                .bind("dep", d.departmentCode()).bind("by", d.createdBy()).bind("at", d.createdAt())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** Moves a demand only from the state it was read in: false when someone moved it meanwhile. */
    static boolean moveDemand(Handle h, long id, FinancingDemand.State from, FinancingDemand.State to, Instant at) {
        return h.createUpdate("update financing_demand set state = :to, updated_at = :at where id = :id and state = "
                + ":from").bind("to", to.name()).bind("at", at).bind("id", id).bind("from", from.name()).execute() == 1;
    }

    // pushes

    List<DemandPush> pushesOf(long demandId) {
        return jdbi.withHandle(h -> h.createQuery(PUSHES + " where p.demand_id = :d order by p.id").bind("d", demandId)
                .map(PUSH).list());
    }

    /** Pushes in the reader's scope: a bank's user sees those to its bank only. */
    List<DemandPush> pushes(RecordScope scope, DemandPush.State state) {
        RecordScope.Condition in = scope.condition(FinancingWorkflow.PUSHES);
        String where = in.and(state == null ? "" : " where p.state = :state");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(PUSHES + where + " order by p.due_on, p.id");
            in.bind(q);
            if (state != null) {
                q.bind("state", state.name());
            }
            return q.map(PUSH).list();
        });
    }

    Optional<DemandPush> push(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(FinancingWorkflow.PUSHES);
        return jdbi.withHandle(h -> in.bind(h.createQuery(PUSHES + in.and(" where p.id = :id"))).bind("id", id).map(PUSH)
                .findOne());
    }

    /** Open pushes due on or before {@code day}: what the reminder job looks at. */
    List<DemandPush> openDueBy(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery(PUSHES + " where p.state = 'PUSHED' and p.due_on <= :day order by "
                + "p.id").bind("day", day).map(PUSH).list());
    }

    static long insertPush(Handle h, long demandId, BankProduct product, Bank bank, List<Check> reasons,
            String department, String by, Instant at, LocalDate dueOn) {
        return h.createUpdate("insert into financing_push (demand_id, product_id, bank_id, bank_uscc, reasons, state, "
                + "department_code, pushed_by, pushed_at, due_on) values (:d, :p, :b, :bu, :r, 'PUSHED', :dep, :by, "
                + ":at, :due)").bind("d", demandId).bind("p", product.id()).bind("b", bank.id())
                .bind("bu", bank.uscc()).bind("r", Check.encode(reasons)).bind("dep", department).bind("by", by)
                .bind("at", at).bind("due", dueOn).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    static boolean answer(Handle h, long id, DemandPush.State to, String by, Instant at, LocalDate on, Yuan amount,
            BigDecimal rate, LocalDate grantedOn, String reason) {
        return h.createUpdate("update financing_push set state = :to, answered_by = :by, answered_at = :at, "
                + "answered_on = :on, granted_amount = :amount, granted_rate = :rate, granted_on = :gon, "
                + "declined_reason = :reason where id = :id and state = 'PUSHED'").bind("to", to.name())
                .bind("by", by).bind("at", at).bind("on", on)
                .bindByType("amount", amount == null ? null : amount.amount(), BigDecimal.class)
                .bindByType("rate", rate, BigDecimal.class).bindByType("gon", grantedOn, LocalDate.class)
                .bindByType("reason", reason, String.class).bind("id", id).execute() == 1;
    }

    /** How many of a demand's pushes are in {@code state}. */
    static int countPushes(Handle h, long demandId, DemandPush.State state) {
        return h.createQuery("select count(*) from financing_push where demand_id = :d and state = :s")
                .bind("d", demandId).bind("s", state.name()).mapTo(Integer.class).one();
    }

    static FinancingDemand demand(Handle h, long id) {
        return h.createQuery("select d.* from financing_demand d where d.id = :id").bind("id", id).map(DEMAND).one();
    }
}
