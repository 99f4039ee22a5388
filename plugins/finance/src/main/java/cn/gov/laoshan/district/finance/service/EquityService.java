package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.finance.domain.EquityRules;
import cn.gov.laoshan.district.finance.domain.Investment;
import cn.gov.laoshan.district.finance.domain.Portfolio;

/**
 * Grant-to-equity (拨改投): investments checked against the rules when entered (refused with the reason at the
 * stake), valuations over time, exits, unicorn and listed flags, the portfolio's figures. Permission
 * {@code finance.equity.read}/{@code .manage} in the finance department; every money movement audited with before
 * and after.
 */
public class EquityService {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TYPE = "Investment";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final RowMapper<Investment> INVESTMENT = (rs, ctx) -> new Investment(rs.getLong("id"),
            rs.getString("uscc"), rs.getString("enterprise_name"), rs.getString("fund"),
            Investment.Method.valueOf(rs.getString("method")), Yuan.of(rs.getBigDecimal("amount")),
            rs.getBigDecimal("stake"), rs.getBigDecimal("largest_other"), date(rs, "invested_on"),
            rs.getString("department_code"), date(rs, "unicorn_on"),
            date(rs, "listed_on"),
            rs.getString("exit_kind") == null ? null : Investment.ExitKind.valueOf(rs.getString("exit_kind")),
            date(rs, "exited_on"), Yuan.ofNullable(rs.getBigDecimal("proceeds")),
            Yuan.ofNullable(rs.getBigDecimal("current_value")));

    private static final String SELECT = "select i.*, coalesce((select v.amount from valuation v where v.investment_id "
            + "= i.id and v.id = (select max(w.id) from valuation w where w.investment_id = i.id and w.valued_on = "
            + "(select max(x.valued_on) from valuation x where x.investment_id = i.id))), i.amount) as current_value "
            + "from investment i";

    /** Derby's driver does not map DATE to LocalDate through getObject. */
    private static LocalDate date(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private final Jdbi jdbi;
    private final AccessControl access;
    private final AuditLog audit;
    private final Supplier<EquityRules> rules;
    private final Clock clock;
    private final RecordEvents events;

    /** @param events announces each step as {@code district/finance/equity/<STEP>} (INVESTED, VALUED, EXITED, FLAGGED) */
    public EquityService(Jdbi jdbi, AccessControl access, AuditLog audit, RecordEvents events,
            Supplier<EquityRules> rules, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    public EquityRules rules() {
        return rules.get();
    }

    /** Enters an investment; refused with the rule it breaks (stake over the limit, the largest shareholder). */
    public Investment invest(Investment.Draft d) {
        access.check(PayoutWorkflow.EQUITY_MANAGE, PayoutWorkflow.DEPARTMENT);
        String uscc;
        try {
            uscc = Uscc.parse(d.uscc()).value();
        } catch (InvalidUsccException e) {
            throw new RefusedException("uscc", "finance.equity.error.uscc");
        }
        String name = PayoutService.required("enterpriseName", d.enterpriseName(), 200);
        String fund = PayoutService.required("fund", d.fund(), 100);
        if (d.method() == null) {
            throw new RefusedException("method", "finance.error.required");
        }
        if (d.amount() == null || d.amount().compareTo(Yuan.ZERO) <= 0) {
            throw new RefusedException("amount", "finance.error.amount");
        }
        if (d.stake() == null || d.stake().signum() <= 0 || d.stake().compareTo(HUNDRED) > 0
                || d.stake().stripTrailingZeros().scale() > 4) {
            throw new RefusedException("stake", "finance.equity.error.stake");
        }
        if (d.largestOther() == null || d.largestOther().signum() < 0
                || d.largestOther().add(d.stake()).compareTo(HUNDRED) > 0) {
            throw new RefusedException("largestOther", "finance.equity.error.largest-other");
        }
        if (d.investedOn() == null || d.investedOn().isAfter(today())) {
            throw new RefusedException("investedOn", "finance.equity.error.date");
        }
        EquityRules r = rules.get();
        r.refusal(d.stake(), d.largestOther()).ifPresent(key -> {
            throw new RefusedException("stake", key, r.maxStakePercent().toPlainString());
        });
        long id = jdbi.withHandle(h -> h.createUpdate("insert into investment (uscc, enterprise_name, fund, method, "
                + "amount, stake, largest_other, invested_on, department_code, created_by, created_at) values (:u, :n, "
                + ":f, :m, :a, :s, :l, :d, :dep, :by, :at)").bind("u", uscc).bind("n", name).bind("f", fund)
                .bind("m", d.method().name()).bind("a", d.amount().amount()).bind("s", d.stake())
                .bind("l", d.largestOther()).bind("d", d.investedOn()).bind("dep", PayoutWorkflow.DEPARTMENT)
                .bind("by", login()).bind("at", clock.instant()).executeAndReturnGeneratedKeys().mapTo(Long.class)
                .one());
        audit.record(PayoutWorkflow.PLUGIN, "finance.equity.invest", TYPE, String.valueOf(id), null,
                uscc + " " + d.method() + " amount=" + d.amount().amount().toPlainString() + " stake=" + d.stake());
        return announced("INVESTED", id);
    }

    /** Records a valuation of a holding (its current value from then on). */
    public Investment value(long id, LocalDate on, Yuan amount, String note) {
        Investment before = held(id);
        if (on == null || on.isAfter(today()) || on.isBefore(before.investedOn())) {
            throw new RefusedException("valuedOn", "finance.equity.error.date");
        }
        if (amount == null || amount.compareTo(Yuan.ZERO) < 0) {
            throw new RefusedException("value", "finance.error.amount");
        }
        jdbi.useHandle(h -> h.createUpdate("insert into valuation (investment_id, valued_on, amount, note, recorded_by, "
                + "recorded_at) values (:i, :d, :a, :n, :by, :at)").bind("i", id).bind("d", on)
                .bind("a", amount.amount()).bind("n", note == null || note.isBlank() ? null : note.strip())
                .bind("by", login()).bind("at", clock.instant()).execute());
        Investment after = find(id).orElseThrow();
        audit.record(PayoutWorkflow.PLUGIN, "finance.equity.value", TYPE, String.valueOf(id),
                "value=" + before.value().amount().toPlainString(), "value=" + after.value().amount().toPlainString()
                        + " on " + on);
        return announced("VALUED", id);
    }

    /** Leaves a holding: at cost or market, bought back, or written off (proceeds zero). */
    public Investment exit(long id, Investment.ExitKind kind, LocalDate on, Yuan proceeds) {
        Investment before = held(id);
        if (kind == null) {
            throw new RefusedException("kind", "finance.error.required");
        }
        if (on == null || on.isAfter(today()) || on.isBefore(before.investedOn())) {
            throw new RefusedException("exitedOn", "finance.equity.error.date");
        }
        Yuan got = kind == Investment.ExitKind.WRITE_OFF ? Yuan.ZERO
                : kind == Investment.ExitKind.AT_COST ? before.amount() : proceeds;
        if (got == null || got.compareTo(Yuan.ZERO) < 0) {
            throw new RefusedException("proceeds", "finance.error.amount");
        }
        int n = jdbi.withHandle(h -> h.createUpdate("update investment set exit_kind = :k, exited_on = :d, proceeds = :p "
                + "where id = :id and exit_kind is null").bind("k", kind.name()).bind("d", on).bind("p", got.amount())
                .bind("id", id).execute());
        if (n != 1) {
            throw new RefusedException(null, "finance.error.changed");
        }
        audit.record(PayoutWorkflow.PLUGIN, "finance.equity.exit", TYPE, String.valueOf(id),
                "held value=" + before.value().amount().toPlainString(), kind + " proceeds="
                        + got.amount().toPlainString() + " on " + on);
        return announced("EXITED", id);
    }

    /** Sets or clears the unicorn and listed flags with their dates. */
    public Investment flag(long id, LocalDate unicornOn, LocalDate listedOn) {
        Investment before = find(id).orElseThrow(PayoutService::notFound);
        access.check(PayoutWorkflow.EQUITY_MANAGE, before.departmentCode());
        for (LocalDate d : new LocalDate[] { unicornOn, listedOn }) {
            if (d != null && d.isAfter(today())) {
                throw new RefusedException(d == unicornOn ? "unicornOn" : "listedOn", "finance.equity.error.date");
            }
        }
        jdbi.useHandle(h -> h.createUpdate("update investment set unicorn_on = :u, listed_on = :l where id = :id")
                .bindByType("u", unicornOn, LocalDate.class).bindByType("l", listedOn, LocalDate.class).bind("id", id)
                .execute());
        audit.record(PayoutWorkflow.PLUGIN, "finance.equity.flag", TYPE, String.valueOf(id),
                "unicorn=" + before.unicornOn() + " listed=" + before.listedOn(), "unicorn=" + unicornOn + " listed="
                        + listedOn);
        return announced("FLAGGED", id);
    }

    /** The investment after a step, the step announced to the platform's other parts. */
    private Investment announced(String step, long id) {
        Investment after = find(id).orElseThrow();
        events.post(step, String.valueOf(id), after.departmentCode(), java.util.Map.of("uscc", after.uscc(),
                "method", after.method().name(), "amount", after.amount().amount().toPlainString()));
        return after;
    }

    private Investment held(long id) {
        Investment i = find(id).orElseThrow(PayoutService::notFound);
        access.check(PayoutWorkflow.EQUITY_MANAGE, i.departmentCode());
        if (i.exited()) {
            throw new RefusedException(null, "finance.equity.error.exited");
        }
        return i;
    }

    public Optional<Investment> find(long id) {
        access.check(PayoutWorkflow.EQUITY_READ);
        return jdbi.withHandle(h -> h.createQuery(SELECT + " where i.id = :id").bind("id", id).map(INVESTMENT)
                .findOne());
    }

    public List<Investment> list() {
        access.check(PayoutWorkflow.EQUITY_READ);
        return jdbi.withHandle(h -> h.createQuery(SELECT + " order by i.invested_on desc, i.id desc").map(INVESTMENT)
                .list());
    }

    /** The portfolio's figures over every investment. */
    public Portfolio portfolio() {
        List<Investment> all = list();
        Yuan invested = all.stream().map(Investment::amount).reduce(Yuan.ZERO, Yuan::plus);
        Yuan current = all.stream().filter(i -> !i.exited()).map(Investment::value).reduce(Yuan.ZERO, Yuan::plus);
        Yuan proceeds = all.stream().filter(Investment::exited).map(Investment::proceeds).reduce(Yuan.ZERO, Yuan::plus);
        BigDecimal multiple = invested.compareTo(Yuan.ZERO) == 0 ? BigDecimal.ZERO
                : current.amount().add(proceeds.amount()).divide(invested.amount(), 2, RoundingMode.HALF_UP);
        int exits = (int) all.stream().filter(Investment::exited).count();
        return new Portfolio(all.size(), all.size() - exits, exits, invested, current, proceeds, multiple,
                (int) all.stream().filter(i -> i.unicornOn() != null).count(),
                (int) all.stream().filter(i -> i.listedOn() != null).count());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }
}
