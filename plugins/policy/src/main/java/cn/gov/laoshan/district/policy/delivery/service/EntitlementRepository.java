package cn.gov.laoshan.district.policy.delivery.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.money.YuanJdbi;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;

/**
 * The entitlements' table. Reads take the caller's scope: department for staff, the enterprise ({@code uscc}) for an
 * enterprise user. State changes are conditional on the state read, so two clicks (or two nodes) move a row once.
 */
public class EntitlementRepository {

    private static final RowMapper<Entitlement> ROW = ConstructorMapper.of(Entitlement.class);
    static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code").enterprises("uscc");

    private final Jdbi jdbi;

    public EntitlementRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.installPlugin(new YuanJdbi());
    }

    Jdbi jdbi() {
        return jdbi;
    }

    private static final String INSERT = "insert into policy_entitlement (policy_id, "
            + "policy_code, policy_title, period, uscc, enterprise_name, amount, source, application_id, "
            + "department_code, state, deadline, bank, account_name, account_number, confirmed_by, "
            + "confirmed_at, handoff, created_at) values (:policyId, :policyCode, :policyTitle, :period, :uscc, "
            + ":enterpriseName, :amount, :source, :applicationId, :departmentCode, :state, :deadline, :bank, "
            + ":accountName, :accountNumber, :confirmedBy, :confirmedAt, :handoff, :createdAt)";

    /**
     * Inserts the entitlement unless one with its key (policy code + period + USCC) exists: the id of the new row,
     * empty when it was there (a match told twice, from two nodes at once too: the unique key decides).
     */
    public Optional<Long> insertIfNew(Entitlement e) {
        if (findByKey(e.policyCode(), e.period(), e.uscc()).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(jdbi.withHandle(h -> h.createUpdate(INSERT)
                    .bindMethods(e).bind("state", e.state().name())
                    .bind("handoff", e.handoff() == null ? null : e.handoff().name())
                    .executeAndReturnGeneratedKeys().mapTo(Long.class).one()));
        } catch (RuntimeException raced) {
            if (findByKey(e.policyCode(), e.period(), e.uscc()).isPresent()) {
                return Optional.empty();
            }
            throw raced;
        }
    }

    /** Rows per batch and per {@code in (...)} list: well within both databases' limits. */
    private static final int CHUNK = 500;

    /**
     * Inserts the entitlements whose key is not there yet, in JDBC batches in one transaction per chunk; answers the
     * new rows' ids by key ({@link Entitlement#payoutKey()}). A match run's thousands of new matches were one
     * insert, read-back and commit each. Keys are checked set-wise first (one query per policy and period); a chunk
     * that meets a key made meanwhile (another node) is rolled back and inserted row by row, where the unique key
     * decides, as {@link #insertIfNew} does.
     */
    public Map<PayoutKey, Long> insertAllNew(List<Entitlement> entitlements) {
        Map<PayoutKey, Entitlement> fresh = new java.util.LinkedHashMap<>();
        Map<List<String>, java.util.Set<String>> existing = new java.util.HashMap<>();
        for (Entitlement e : entitlements) {
            java.util.Set<String> there = existing.computeIfAbsent(List.of(e.policyCode(), e.period()),
                    k -> usccs(k.get(0), k.get(1)));
            if (!there.contains(e.uscc())) {
                fresh.putIfAbsent(e.payoutKey(), e);
            }
        }
        Map<PayoutKey, Long> ids = new java.util.LinkedHashMap<>();
        List<Entitlement> rows = List.copyOf(fresh.values());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Entitlement> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try {
                jdbi.useTransaction(h -> {
                    var batch = h.prepareBatch(INSERT);
                    for (Entitlement e : chunk) {
                        batch.bindMethods(e).bind("state", e.state().name())
                                .bind("handoff", e.handoff() == null ? null : e.handoff().name()).add();
                    }
                    batch.execute();
                });
            } catch (RuntimeException raced) {
                for (Entitlement e : chunk) {
                    insertIfNew(e).ifPresent(id -> ids.put(e.payoutKey(), id));
                }
                continue;
            }
            ids.putAll(idsOf(chunk));
        }
        return ids;
    }

    private java.util.Set<String> usccs(String policyCode, String period) {
        return new java.util.HashSet<>(jdbi.withHandle(h -> h.createQuery("select uscc from policy_entitlement where "
                + "policy_code = :code and period = :period").bind("code", policyCode).bind("period", period)
                .mapTo(String.class).list()));
    }

    /** The ids of rows just inserted, by key (one query per policy and period, the chunk's codes listed). */
    private Map<PayoutKey, Long> idsOf(List<Entitlement> chunk) {
        Map<List<String>, List<String>> byPolicy = new java.util.LinkedHashMap<>();
        chunk.forEach(e -> byPolicy.computeIfAbsent(List.of(e.policyCode(), e.period()), k -> new ArrayList<>())
                .add(e.uscc()));
        Map<PayoutKey, Long> ids = new java.util.HashMap<>();
        byPolicy.forEach((key, usccs) -> jdbi.useHandle(h -> h.createQuery("select id, uscc from policy_entitlement "
                + "where policy_code = :code and period = :period and uscc in (<usccs>)").bind("code", key.get(0))
                .bind("period", key.get(1)).bindList("usccs", usccs)
                .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1))).forEach(row -> ids.put(
                        new PayoutKey(key.get(0), key.get(1), row.getKey()),
                        row.getValue()))));
        return ids;
    }

    /** Marks these entitlements told (the notices went out), in one statement per chunk. */
    public void notifiedAll(List<Long> ids, Instant at) {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createUpdate("update policy_entitlement set notified_at = :at where id in (<ids>) "
                    + "and notified_at is null").bind("at", at).bindList("ids", chunk).execute());
        }
    }

    public Optional<Entitlement> findByKey(String policyCode, String period, String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_entitlement where policy_code = :code "
                + "and period = :period and uscc = :uscc").bind("code", policyCode).bind("period", period)
                .bind("uscc", uscc).map(ROW).findOne());
    }

    /** Whoever asks (the system's jobs and the hand-off). */
    public Optional<Entitlement> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_entitlement where id = :id").bind("id", id)
                .map(ROW).findOne());
    }

    public Optional<Entitlement> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from policy_entitlement"
                + in.and(" where id = :id"))).bind("id", id).map(ROW).findOne());
    }

    public List<Entitlement> list(RecordScope scope, EntitlementFilter filter, int offset, int limit) {
        return jdbi.withHandle(h -> where(h, "select *", scope, filter, " order by created_at desc, id desc "
                + "offset :offset rows fetch next :limit rows only").bind("offset", offset).bind("limit", limit)
                .map(ROW).list());
    }

    public long count(RecordScope scope, EntitlementFilter filter) {
        return jdbi.withHandle(h -> where(h, "select count(*)", scope, filter, "").mapTo(Long.class).one());
    }

    private static Query where(Handle h, String select, RecordScope scope, EntitlementFilter filter, String rest) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        StringBuilder sql = new StringBuilder();
        if (filter.state() != null) {
            sql.append(" and state = :state");
        }
        if (filter.uscc() != null) {
            sql.append(" and uscc = :uscc");
        }
        if (filter.policyCode() != null) {
            sql.append(" and policy_code = :code");
        }
        if (filter.handoff() != null) {
            sql.append(" and handoff = :handoff");
        }
        String conditions = sql.length() == 0 ? "" : " where" + sql.substring(4);
        Query query = in.bind(h.createQuery(select + " from policy_entitlement" + in.and(conditions) + rest));
        if (filter.state() != null) {
            query.bind("state", filter.state().name());
        }
        if (filter.uscc() != null) {
            query.bind("uscc", filter.uscc());
        }
        if (filter.policyCode() != null) {
            query.bind("code", filter.policyCode());
        }
        if (filter.handoff() != null) {
            query.bind("handoff", filter.handoff().name());
        }
        return query;
    }

    /** Counts by state within the scope, for the figures. */
    public java.util.Map<EntitlementState, Long> countByState(RecordScope scope) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        java.util.Map<EntitlementState, Long> counts = new java.util.EnumMap<>(EntitlementState.class);
        jdbi.useHandle(h -> in.bind(h.createQuery("select state, count(*) n from policy_entitlement" + in.where()
                + " group by state")).map((rs, ctx) -> java.util.Map.entry(rs.getString("state"), rs.getLong("n")))
                .forEach(e -> counts.put(EntitlementState.valueOf(e.getKey()), e.getValue())));
        return counts;
    }

    /** The payout keys finance holds (accepted or already there), for reading what it paid. */
    public List<PayoutKey> handedKeys(RecordScope scope) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select policy_code, period, uscc from "
                + "policy_entitlement" + in.and(" where handoff in ('ACCEPTED', 'DUPLICATE')")))
                .map((rs, ctx) -> new PayoutKey(rs.getString(1),
                        rs.getString(2), rs.getString(3))).list());
    }

    public boolean confirmed(long id, BankAccount account, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set state = 'CONFIRMED', bank = :bank, "
                + "account_name = :name, account_number = :number, confirmed_by = :by, confirmed_at = :at, "
                + "handoff = :handoff where id = :id and state = 'OFFERED'").bind("id", id)
                .bind("bank", account == null ? null : account.bank())
                .bind("name", account == null ? null : account.accountName())
                .bind("number", account == null ? null : account.number()).bind("by", by).bind("at", at)
                .bind("handoff", account == null ? null : HandOff.WAITING.name()).execute()) == 1;
    }

    public boolean declined(long id, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set state = 'DECLINED', "
                + "decline_reason = :reason where id = :id and state = 'OFFERED'").bind("id", id)
                .bind("reason", reason).execute()) == 1;
    }

    public boolean lapsed(long id, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set state = 'LAPSED', overdue_at = :at "
                + "where id = :id and state = 'OFFERED'").bind("id", id).bind("at", at).execute()) == 1;
    }

    public boolean extended(long id, EntitlementState from, LocalDate deadline) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set state = 'OFFERED', deadline = "
                + ":deadline, overdue_at = null where id = :id and state = :from").bind("id", id)
                .bind("from", from.name()).bind("deadline", deadline).execute()) == 1;
    }

    public void notified(long id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update policy_entitlement set notified_at = :at where id = :id "
                + "and notified_at is null").bind("id", id).bind("at", at).execute());
    }

    /** Offered and not yet told (the reminder service was away): the daily job tells them. */
    public List<Entitlement> notNotified() {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_entitlement where notified_at is null and "
                + "state = 'OFFERED' order by id").map(ROW).list());
    }

    /** Offered with a deadline before {@code today}. */
    public List<Entitlement> overdue(LocalDate today) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_entitlement where state = 'OFFERED' and "
                + "deadline < :today order by id").bind("today", today).map(ROW).list());
    }

    /** The outbox: confirmed entitlements whose request waits for finance. */
    public List<Entitlement> waiting() {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_entitlement where handoff = 'WAITING' "
                + "order by id").map(ROW).list());
    }

    /** A send that did not reach the ledger: counted, still waiting. */
    public void attempted(long id, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update policy_entitlement set handoff_attempts = handoff_attempts + 1, "
                + "handoff_at = :at where id = :id and handoff = 'WAITING'").bind("id", id).bind("at", at).execute());
    }

    /** The ledger's answer, recorded once: only a waiting request takes it. */
    public boolean answered(long id, HandOff answer, String reason, String reasonEn, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set handoff = :answer, handoff_reason = "
                + ":reason, handoff_reason_en = :reasonEn, handoff_attempts = handoff_attempts + 1, handoff_at = :at "
                + "where id = :id and handoff = 'WAITING'").bind("id", id).bind("answer", answer.name())
                .bind("reason", reason).bind("reasonEn", reasonEn).bind("at", at).execute()) == 1;
    }

    /** A refused request put back into the outbox (staff send it again once the cause is fixed). */
    public boolean requeued(long id) {
        return jdbi.withHandle(h -> h.createUpdate("update policy_entitlement set handoff = 'WAITING' where id = :id "
                + "and handoff in ('OVER_BUDGET', 'REFUSED')").bind("id", id).execute()) == 1;
    }

    /** The account the enterprise confirmed last, to offer it again. */
    public Optional<BankAccount> lastAccount(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select bank, account_name, account_number from policy_entitlement "
                + "where uscc = :uscc and account_number is not null order by confirmed_at desc")
                .bind("uscc", uscc).setMaxRows(1)
                .map((rs, ctx) -> new BankAccount(rs.getString(1), rs.getString(2), rs.getString(3))).findFirst());
    }
}
