package cn.gov.laoshan.district.policy.delivery.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.money.YuanJdbi;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;

/** The fast applications' table; reads take the caller's scope (department for staff, enterprise for its users). */
public class ApplicationRepository {

    private static final RowMapper<PolicyApplication> ROW = ConstructorMapper.of(PolicyApplication.class);
    private static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code").owners("applied_by")
            .enterprises("uscc");

    private final Jdbi jdbi;

    public ApplicationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.installPlugin(new YuanJdbi());
    }

    /** The new application's id; empty when the enterprise applied for this policy and period already. */
    public Optional<Long> insertIfNew(PolicyApplication a) {
        if (exists(a.policyCode(), a.period(), a.uscc())) {
            return Optional.empty();
        }
        try {
            return Optional.of(jdbi.withHandle(h -> h.createUpdate("insert into policy_application (policy_id, "
                    + "policy_code, policy_title, period, uscc, enterprise_name, facts, statement, asked, bank, "
                    + "account_name, account_number, department_code, state, deadline, applied_by, applied_at) values "
                    + "(:policyId, :policyCode, :policyTitle, :period, :uscc, :enterpriseName, :facts, :statement, "
                    + ":asked, :bank, :accountName, :accountNumber, :departmentCode, :state, :deadline, :appliedBy, "
                    + ":appliedAt)").bindMethods(a).bind("state", a.state().name())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one()));
        } catch (RuntimeException raced) {
            if (exists(a.policyCode(), a.period(), a.uscc())) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    private boolean exists(String code, String period, String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from policy_application where policy_code = :code "
                + "and period = :period and uscc = :uscc").bind("code", code).bind("period", period)
                .bind("uscc", uscc).mapTo(Integer.class).one()) > 0;
    }

    public Optional<PolicyApplication> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from policy_application"
                + in.and(" where id = :id"))).bind("id", id).map(ROW).findOne());
    }

    public List<PolicyApplication> list(RecordScope scope, ApplicationState state, int offset, int limit) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> {
            var q = in.bind(h.createQuery("select * from policy_application"
                    + in.and(state == null ? "" : " where state = :state")
                    + " order by applied_at desc, id desc offset :offset rows fetch next :limit rows only"))
                    .bind("offset", offset).bind("limit", limit);
            return (state == null ? q : q.bind("state", state.name())).map(ROW).list();
        });
    }

    public long count(RecordScope scope, ApplicationState state) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> {
            var q = in.bind(h.createQuery("select count(*) from policy_application"
                    + in.and(state == null ? "" : " where state = :state")));
            return (state == null ? q : q.bind("state", state.name())).mapTo(Long.class).one();
        });
    }

    public boolean decided(long id, ApplicationState to, String by, Instant at, Yuan amount, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_application set state = :to, decided_by = :by, "
                + "decided_at = :at, amount = :amount, reason = :reason where id = :id and state = 'APPLIED'")
                .bind("id", id).bind("to", to.name()).bind("by", by).bind("at", at).bindByType("amount", amount, Yuan.class)
                .bind("reason", reason).execute()) == 1;
    }

    /** Waiting past the deadline and not flagged yet. */
    public List<PolicyApplication> overdueUnflagged(LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_application where state = 'APPLIED' and "
                + "deadline < :today and overdue_at is null order by id").bind("today", today).map(ROW).list());
    }

    public boolean flagged(long id, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_application set overdue_at = :at where id = :id "
                + "and overdue_at is null").bind("id", id).bind("at", at).execute()) == 1;
    }
}
