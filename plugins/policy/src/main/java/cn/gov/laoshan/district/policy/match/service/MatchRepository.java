package cn.gov.laoshan.district.policy.match.service;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.money.YuanColumns;
import cn.gov.laoshan.district.api.money.YuanJdbi;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.domain.MatchRow;
import cn.gov.laoshan.district.policy.match.domain.MatchRun;
import cn.gov.laoshan.district.policy.match.domain.PolicyRule;
import cn.gov.laoshan.district.policy.match.domain.RuleJson;
import cn.gov.laoshan.district.policy.match.domain.RuledPolicy;

/**
 * The rules, runs and stored results of 免申即享 (migration V3), in portable SQL. Results are replaced per policy in
 * one transaction with batched inserts (a run), or per enterprise (a re-evaluation); each replacement answers which
 * enterprises became matches, for the {@code MatchListener}s. No permission checks: {@link MatchService} makes them.
 */
public class MatchRepository {

    static final int BATCH = 1000;

    private final Jdbi jdbi;

    public MatchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        jdbi.installPlugin(new YuanJdbi());
    }

    // ---- rules

    public Optional<PolicyRule> rule(long policyId) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_rule where policy_id = :id").bind("id", policyId)
                .map((rs, ctx) -> rule(rs)).findOne());
    }

    /** Stores the policy's rule, replacing the one it had. */
    public void saveRule(PolicyRule rule) {
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from policy_rule where policy_id = :id").bind("id", rule.policyId()).execute();
            Benefit b = rule.benefit();
            h.createUpdate("insert into policy_rule (policy_id, rule_json, benefit_kind, benefit_fixed, benefit_percent, "
                    + "benefit_figure, benefit_year, benefit_cap, period_year, updated_by, updated_at) values (:id, :json, "
                    + ":kind, :fixed, :percent, :figure, :year, :cap, :period, :by, :at)")
                    .bind("id", rule.policyId()).bind("json", RuleJson.write(rule.rule())).bind("kind", b.kind().name())
                    .bindByType("fixed", b.fixed(), Yuan.class).bindByType("percent", b.percent(), BigDecimal.class)
                    .bindByType("figure", b.figure() == null ? null : b.figure().name(), String.class)
                    .bindByType("year", b.year(), Integer.class).bindByType("cap", b.cap(), Yuan.class)
                    .bind("period", rule.periodYear()).bind("by", rule.updatedBy())
                    .bind("at", Timestamp.from(rule.updatedAt())).execute();
        });
    }

    /** The published policies that have a rule, in list order. */
    public List<RuledPolicy> ruledPolicies() {
        return jdbi.withHandle(h -> h.createQuery("select d.id, d.title, d.batch_no, d.item_no, d.valid_from, d.valid_to, r.* "
                + "from policy_rule r join policy_draft d on d.id = r.policy_id where d.state = 'PUBLISHED' "
                + "order by d.batch_no, d.item_no").map((rs, ctx) -> new RuledPolicy(rs.getLong("id"), rs.getString("title"),
                        (Integer) rs.getObject("batch_no") == null ? null : rs.getInt("batch_no"),
                        rs.getObject("item_no") == null ? null : rs.getInt("item_no"),
                        rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_to").toLocalDate(), rule(rs)))
                .list());
    }

    private static PolicyRule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        String figure = rs.getString("benefit_figure");
        int year = rs.getInt("benefit_year");
        Integer benefitYear = rs.wasNull() ? null : year;
        Benefit benefit = new Benefit(Benefit.Kind.valueOf(rs.getString("benefit_kind")), YuanColumns.get(rs, "benefit_fixed"),
                rs.getBigDecimal("benefit_percent"), figure == null ? null : FigureKind.valueOf(figure), benefitYear,
                YuanColumns.get(rs, "benefit_cap"));
        return new PolicyRule(rs.getLong("policy_id"), RuleJson.read(rs.getString("rule_json")), benefit,
                rs.getInt("period_year"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    // ---- runs

    public long startRun(LocalDate day, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into policy_match_run (run_day, started_by, started_at, state, "
                + "policies, enterprises, matches, near_misses) values (:day, :by, :at, 'RUNNING', 0, 0, 0, 0)")
                .bind("day", day).bind("by", by).bind("at", Timestamp.from(at))
                .executeAndReturnGeneratedKeys().map((rs, ctx) -> rs.getLong(1)).one());
    }

    public void finishRun(long id, MatchRun.State state, Instant at, int policies, int enterprises, int matches,
            int nearMisses, String message) {
        jdbi.useHandle(h -> h.createUpdate("update policy_match_run set state = :state, finished_at = :at, policies = :p, "
                + "enterprises = :e, matches = :m, near_misses = :n, message = :msg where id = :id").bind("state", state.name())
                .bind("at", Timestamp.from(at)).bind("p", policies).bind("e", enterprises).bind("m", matches)
                .bind("n", nearMisses).bindByType("msg", message == null ? null : message.substring(0, Math.min(2000, message.length())),
                        String.class).bind("id", id).execute());
    }

    /** A run left RUNNING by a stop of the platform: failed. */
    public void abandonRuns(Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update policy_match_run set state = 'FAILED', finished_at = :at, "
                + "message = 'interrupted' where state = 'RUNNING'").bind("at", Timestamp.from(at)).execute());
    }

    public List<MatchRun> runs(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_match_run order by id desc")
                .setMaxRows(limit).map((rs, ctx) -> {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    return new MatchRun(rs.getLong("id"), rs.getDate("run_day").toLocalDate(), rs.getString("started_by"),
                            rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                            MatchRun.State.valueOf(rs.getString("state")), rs.getInt("policies"), rs.getInt("enterprises"),
                            rs.getInt("matches"), rs.getInt("near_misses"), rs.getString("message"));
                }).list());
    }

    // ---- results

    /**
     * Replaces the policy's stored results by {@code rows} in one transaction; a row that stays a match keeps its
     * {@code since}. Returns the enterprises that are matches now and were not before.
     */
    public List<String> replacePolicy(long policyId, List<MatchRow> rows, Instant now) {
        return jdbi.inTransaction(h -> {
            Map<String, Instant> matchedSince = new HashMap<>();
            h.createQuery("select uscc, since from policy_match where policy_id = :id and kind = 'M'").bind("id", policyId)
                    .map((rs, ctx) -> matchedSince.put(rs.getString("uscc"), rs.getTimestamp("since").toInstant())).list();
            h.createUpdate("delete from policy_match where policy_id = :id").bind("id", policyId).execute();
            List<String> fresh = insert(h, rows, matchedSince, now);
            return fresh;
        });
    }

    /**
     * Replaces one enterprise's stored results over the given policies (the ones evaluated again) in one transaction.
     * Returns the policies it newly matches.
     */
    public List<Long> replaceEnterprise(String uscc, List<Long> policyIds, List<MatchRow> rows, Instant now) {
        return jdbi.inTransaction(h -> {
            Map<Long, Instant> matchedSince = new HashMap<>();
            h.createQuery("select policy_id, since from policy_match where uscc = :uscc and kind = 'M'").bind("uscc", uscc)
                    .map((rs, ctx) -> matchedSince.put(rs.getLong("policy_id"), rs.getTimestamp("since").toInstant())).list();
            for (long policyId : policyIds) {
                h.createUpdate("delete from policy_match where policy_id = :id and uscc = :uscc").bind("id", policyId)
                        .bind("uscc", uscc).execute();
            }
            List<Long> fresh = new ArrayList<>();
            for (MatchRow row : rows) {
                Instant since = row.match() && matchedSince.containsKey(row.policyId()) ? matchedSince.get(row.policyId()) : now;
                if (row.match() && !matchedSince.containsKey(row.policyId())) {
                    fresh.add(row.policyId());
                }
                PreparedBatch batch = prepare(h);
                bind(batch, row, since);
                batch.execute();
            }
            return fresh;
        });
    }

    /** Removes the results of policies no longer evaluated (no rule, no longer valid); returns how many. */
    public int removeOtherThan(List<Long> policyIds) {
        return jdbi.inTransaction(h -> {
            List<Long> stored = h.createQuery("select distinct policy_id from policy_match").mapTo(Long.class).list();
            int removed = 0;
            for (long id : stored) {
                if (!policyIds.contains(id)) {
                    removed += h.createUpdate("delete from policy_match where policy_id = :id").bind("id", id).execute();
                }
            }
            return removed;
        });
    }

    private static List<String> insert(Handle h, List<MatchRow> rows, Map<String, Instant> matchedSince, Instant now) {
        List<String> fresh = new ArrayList<>();
        PreparedBatch batch = prepare(h);
        int pending = 0;
        for (MatchRow row : rows) {
            Instant since = now;
            if (row.match()) {
                Instant before = matchedSince.get(row.uscc());
                if (before == null) {
                    fresh.add(row.uscc());
                } else {
                    since = before;
                }
            }
            bind(batch, row, since);
            if (++pending == BATCH) {
                batch.execute();
                batch = prepare(h);
                pending = 0;
            }
        }
        if (pending > 0) {
            batch.execute();
        }
        return fresh;
    }

    private static PreparedBatch prepare(Handle h) {
        return h.prepareBatch("insert into policy_match (policy_id, uscc, kind, failed, amount, enterprise_name, since) "
                + "values (:policy, :uscc, :kind, :failed, :amount, :name, :since)");
    }

    private static void bind(PreparedBatch batch, MatchRow row, Instant since) {
        batch.bind("policy", row.policyId()).bind("uscc", row.uscc()).bind("kind", row.match() ? "M" : "N")
                .bindByType("failed", row.failedRequirement(), Integer.class).bindByType("amount", row.amount(), Yuan.class)
                .bindByType("name", row.enterpriseName(), String.class).bind("since", Timestamp.from(since)).add();
    }

    /** The stored results of one policy: its matches ({@code match} true) or its near-misses, a page, filtered. */
    public List<MatchRow> rows(long policyId, boolean match, String text, String sort, boolean ascending, int offset,
            int limit) {
        String order = switch (sort == null ? "" : sort) {
            case "amount" -> "amount";
            case "since" -> "since";
            case "name" -> "enterprise_name";
            case "failed" -> "failed";
            default -> "uscc";
        } + (ascending ? " asc" : " desc") + ", uscc";
        return jdbi.withHandle(h -> filtered(h.createQuery("select * from policy_match where policy_id = :id and kind = :kind"
                + filter(text) + " order by " + order + " offset " + Math.max(0, offset) + " rows fetch next "
                + Math.max(1, limit) + " rows only"), text).bind("id", policyId).bind("kind", match ? "M" : "N")
                .map((rs, ctx) -> row(rs)).list());
    }

    public long count(long policyId, boolean match, String text) {
        return jdbi.withHandle(h -> filtered(h.createQuery("select count(*) from policy_match where policy_id = :id and kind = :kind"
                + filter(text)), text).bind("id", policyId).bind("kind", match ? "M" : "N").mapTo(Long.class).one());
    }

    private static String filter(String text) {
        return text == null || text.isBlank() ? "" : " and (uscc like :text or enterprise_name like :text)";
    }

    private static org.jdbi.v3.core.statement.Query filtered(org.jdbi.v3.core.statement.Query query, String text) {
        return text == null || text.isBlank() ? query
                : query.bind("text", "%" + text.strip().replace("%", "").replace("_", "") + "%");
    }

    /** Every stored row of one enterprise (its matches and near-misses over all policies). */
    public List<MatchRow> ofEnterprise(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_match where uscc = :uscc order by policy_id")
                .bind("uscc", uscc).map((rs, ctx) -> row(rs)).list());
    }

    public Optional<MatchRow> row(long policyId, String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from policy_match where policy_id = :id and uscc = :uscc")
                .bind("id", policyId).bind("uscc", uscc).map((rs, ctx) -> row(rs)).findOne());
    }

    /** Per policy: matches, near-misses and the amount matched. */
    public Map<Long, long[]> countsByPolicy(Map<Long, Yuan> amounts) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select policy_id, kind, count(*) as n, sum(amount) as total from policy_match "
                + "group by policy_id, kind").map((rs, ctx) -> {
                    long[] c = counts.computeIfAbsent(rs.getLong("policy_id"), k -> new long[2]);
                    boolean match = "M".equals(rs.getString("kind"));
                    c[match ? 0 : 1] = rs.getLong("n");
                    if (match && rs.getBigDecimal("total") != null) {
                        amounts.put(rs.getLong("policy_id"), Yuan.of(rs.getBigDecimal("total").setScale(2)));
                    }
                    return null;
                }).list());
        return counts;
    }

    private static MatchRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        int failed = rs.getInt("failed");
        Integer failedRequirement = rs.wasNull() ? null : failed;
        return new MatchRow(rs.getLong("policy_id"), rs.getString("uscc"), "M".equals(rs.getString("kind")),
                failedRequirement, YuanColumns.get(rs, "amount"), rs.getString("enterprise_name"),
                rs.getTimestamp("since").toInstant());
    }
}
