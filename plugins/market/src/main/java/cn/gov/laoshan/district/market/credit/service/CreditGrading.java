package cn.gov.laoshan.district.market.credit.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.market.credit.domain.GradedEnterprise;
import cn.gov.laoshan.district.market.credit.domain.GradingRule;
import cn.gov.laoshan.district.market.credit.domain.GradingRun;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource.CreditSignal;

/**
 * The monthly credit-risk grading (信用风险分类, 国市监信发〔2022〕6号) of every enterprise of the registry: the signals
 * of every {@link CreditSignalSource} (the market plugin's own records) and the registry's credit marks, scored by the
 * {@link GradingRule}, each enterprise's grade stored with its reasons; a run again in the same month replaces the
 * month's grades and keeps their overrides. Set-wise: one snapshot of the registry, one read per source, batched
 * inserts — never a query per enterprise.
 * <p>
 * Reading is for market staff holding {@link Credit#READ}; an external (enterprise) user is refused whatever they hold,
 * because the grade is an internal basis for inspection, never a rating shown to the enterprise. Running, overriding
 * and changing the rule need {@link Credit#GRADE}; every change is audited and posted as
 * {@code district/market/credit/<GRADED|OVERRIDDEN|RULE_CHANGED>}.
 */
public class CreditGrading {

    private static final Logger LOG = LoggerFactory.getLogger(CreditGrading.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The registry's credit marks that count (the mark names the registry keeps). */
    static final String MARK_ABNORMAL = "经营异常";
    static final String MARK_DISHONEST = "失信惩戒";
    private static final int BATCH = 2000;
    private static final List<String> SETTINGS = List.of("max_a", "max_b", "max_c", "window_months");

    /** How far the run in progress is: enterprises written of all. */
    public record Progress(String month, String startedBy, int done, int total) {
    }

    /** Counts of one month per grade in force. */
    public record GradeCounts(String month, Map<CreditGrade, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final RowMapper<GradedEnterprise> GRADED = (rs, ctx) -> new GradedEnterprise(rs.getString("month"),
            rs.getString("uscc").strip(), rs.getString("street"), rs.getString("industry"), rs.getInt("score"),
            CreditGrade.valueOf(rs.getString("grade").strip()), CreditGrade.valueOf(rs.getString("final_grade").strip()),
            rs.getString("override_reason"), rs.getString("overridden_by"),
            rs.getTimestamp("overridden_at") == null ? null : rs.getTimestamp("overridden_at").toInstant());

    private static final RowMapper<GradingRun> RUN = (rs, ctx) -> new GradingRun(rs.getLong("id"),
            rs.getString("month"), rs.getString("state"), rs.getString("started_by"),
            rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
            rs.getInt("enterprises"), rs.getInt("grade_a"), rs.getInt("grade_b"), rs.getInt("grade_c"),
            rs.getInt("grade_d"), rs.getString("rule_text"));

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Supplier<Optional<EnterpriseFactsService>> facts;
    private final Supplier<List<CreditSignalSource>> sources;
    private final Supplier<Optional<AuditLog>> audit;
    private final RecordEvents events;
    private final Clock clock;
    private final AtomicReference<Progress> progress = new AtomicReference<>();

    public CreditGrading(Jdbi jdbi, AccessControl access, Supplier<Optional<EnterpriseFactsService>> facts,
            Supplier<List<CreditSignalSource>> sources, Supplier<Optional<AuditLog>> audit, RecordEvents events,
            Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.facts = facts;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Writes the shipped rule into an empty database (as the system, at start). */
    public void seedDefaults() {
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from credit_rule_setting").mapTo(Integer.class).one())
                == 0) {
            jdbi.useTransaction(h -> write(h, GradingRule.standard(), "system"));
        }
    }

    /** The rule in force (the shipped one until saved). Readable by staff holding {@link Credit#READ}. */
    public GradingRule rule() {
        checkRead();
        return jdbi.withHandle(CreditGrading::readRule);
    }

    private static GradingRule readRule(Handle h) {
        Map<String, Integer> points = new LinkedHashMap<>();
        h.createQuery("select kind, points from credit_rule_points order by sort_order, kind")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> points.put(e.getKey(),
                        e.getValue()));
        Map<String, Integer> s = new HashMap<>();
        h.createQuery("select name, amount from credit_rule_setting").map((rs, ctx) -> Map.entry(rs.getString(1),
                rs.getInt(2))).forEach(e -> s.put(e.getKey(), e.getValue()));
        if (s.isEmpty()) {
            return GradingRule.standard();
        }
        return new GradingRule(points, s.get("max_a"), s.get("max_b"), s.get("max_c"), s.get("window_months"));
    }

    /** Saves a changed rule (refused with its problem when wrong; audited with before and after). */
    public void saveRule(GradingRule rule) {
        access.check(Credit.GRADE);
        checkStaff();
        List<String> problems = rule.problems();
        if (!problems.isEmpty()) {
            throw new RefusedException(null, problems.get(0));
        }
        String login = login();
        GradingRule before = jdbi.inTransaction(h -> {
            GradingRule old = readRule(h);
            h.execute("delete from credit_rule_points");
            h.execute("delete from credit_rule_setting");
            write(h, rule, login);
            return old;
        });
        audit.get().ifPresent(a -> a.record(cn.gov.laoshan.district.market.service.Market.PLUGIN, "credit.rule.change",
                "CreditRule", "credit-rule", ruleText(before), ruleText(rule)));
        events.post("RULE_CHANGED", "credit-rule", cn.gov.laoshan.district.market.service.Market.DEPARTMENT,
                Map.of());
    }

    private void write(Handle h, GradingRule rule, String login) {
        Timestamp now = Timestamp.from(clock.instant());
        PreparedBatch points = h.prepareBatch("insert into credit_rule_points (kind, points, sort_order, updated_by, "
                + "updated_at) values (:kind, :points, :order, :by, :at)");
        int order = 0;
        for (Map.Entry<String, Integer> e : rule.points().entrySet()) {
            points.bind("kind", e.getKey()).bind("points", e.getValue()).bind("order", order++).bind("by", login)
                    .bind("at", now).add();
        }
        points.execute();
        int[] values = {rule.maxA(), rule.maxB(), rule.maxC(), rule.windowMonths()};
        for (int i = 0; i < SETTINGS.size(); i++) {
            h.createUpdate("insert into credit_rule_setting (name, amount, updated_by, updated_at) values (:n, :a, :by, "
                    + ":at)").bind("n", SETTINGS.get(i)).bind("a", values[i]).bind("by", login).bind("at", now)
                    .execute();
        }
    }

    /** The rule as one line (the run's record and the audit's before/after). */
    public static String ruleText(GradingRule rule) {
        StringBuilder text = new StringBuilder();
        rule.points().forEach((kind, points) -> text.append(kind).append('=').append(points).append(';'));
        return text.append("A<=").append(rule.maxA()).append(";B<=").append(rule.maxB()).append(";C<=")
                .append(rule.maxC()).append(";months=").append(rule.windowMonths()).toString();
    }

    /** The run in progress, if any. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress.get());
    }

    /**
     * Starts a grading of this month in the background (staff holding {@link Credit#GRADE}); refused while one runs.
     * {@link #progress()} tells how far it is.
     */
    public void start() {
        access.check(Credit.GRADE);
        checkStaff();
        String by = login();
        claim(by);
        // the run itself writes as the system: who started it is recorded now, as that user
        audit.get().ifPresent(a -> a.record(cn.gov.laoshan.district.market.service.Market.PLUGIN,
                "credit.grading.start", "CreditRun", YearMonth.from(today()).toString(), null, null));
        Thread worker = new Thread(() -> access.asSystem(() -> {
            try {
                return execute(by);
            } catch (RuntimeException e) {
                LOG.error("credit grading failed", e);
                return null;
            }
        }), "market-credit-grading");
        worker.setDaemon(true);
        worker.start();
    }

    /** Grades this month now, on the calling thread (the monthly job and the demo, as the system). */
    public GradingRun run() {
        access.check(Credit.GRADE);
        String by = login();
        claim(by);
        return execute(by);
    }

    private synchronized void claim(String by) {
        if (progress.get() != null) {
            throw new RefusedException(null, "market.credit.error.running");
        }
        progress.set(new Progress(YearMonth.from(today()).toString(), by, 0, 0));
    }

    private GradingRun execute(String by) {
        LocalDate today = today();
        String month = YearMonth.from(today).toString();
        long runId = -1;
        try {
            GradingRule rule = jdbi.withHandle(CreditGrading::readRule);
            runId = jdbi.withHandle(h -> h.createUpdate("insert into credit_run (month, state, started_by, started_at, "
                    + "enterprises, grade_a, grade_b, grade_c, grade_d, rule_text) values (:m, 'RUNNING', :by, :at, 0, "
                    + "0, 0, 0, 0, :rule)").bind("m", month).bind("by", by).bind("at", Timestamp.from(clock.instant()))
                    .bind("rule", ruleText(rule)).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
            EnterpriseFactsService registry = facts.get().orElseThrow(() -> new RefusedException(null,
                    "market.credit.error.no-registry"));
            FactColumn street = new FactColumn.Street();
            FactColumn industry = new FactColumn.IndustryCode();
            FactColumn status = new FactColumn.Status();
            FactColumn abnormal = new FactColumn.Marked(MARK_ABNORMAL, today);
            FactColumn dishonest = new FactColumn.Marked(MARK_DISHONEST, today);
            FactSnapshot snapshot = registry.snapshot(List.of(street, industry, status, abnormal, dishonest));
            Map<String, List<GradingRule.Reason>> signals = signals(rule.windowStart(today), today.plusDays(1));
            String[] usccs = snapshot.usccs();
            String[] streets = snapshot.texts(street);
            String[] industries = snapshot.texts(industry);
            String[] states = snapshot.texts(status);
            java.util.BitSet abnormals = snapshot.flags(abnormal);
            java.util.BitSet dishonests = snapshot.flags(dishonest);
            progress.set(new Progress(month, by, 0, usccs.length));
            Map<CreditGrade, Integer> counts = new EnumMap<>(CreditGrade.class);
            for (CreditGrade g : CreditGrade.values()) {
                counts.put(g, 0);
            }
            final long run = runId;
            jdbi.useTransaction(h -> {
                Map<String, String[]> overrides = new HashMap<>();
                h.createQuery("select uscc, final_grade, override_reason, overridden_by, overridden_at from "
                        + "credit_grade where month = :m and override_reason is not null").bind("m", month)
                        .map((rs, ctx) -> new String[] {rs.getString(1).strip(), rs.getString(2).strip(),
                                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant().toString()})
                        .forEach(o -> overrides.put(o[0], o));
                h.createUpdate("delete from credit_reason where month = :m").bind("m", month).execute();
                h.createUpdate("delete from credit_grade where month = :m").bind("m", month).execute();
                PreparedBatch grades = h.prepareBatch("insert into credit_grade (month, uscc, street, industry, score, "
                        + "grade, final_grade, override_reason, overridden_by, overridden_at) values (:m, :uscc, "
                        + ":street, :industry, :score, :grade, :final, :reason, :by, :at)");
                PreparedBatch reasons = h.prepareBatch("insert into credit_reason (month, uscc, kind, day, detail, "
                        + "points) values (:m, :uscc, :kind, :day, :detail, :points)");
                int written = 0;
                for (int i = 0; i < usccs.length; i++) {
                    if (!graded(states[i])) {
                        continue;
                    }
                    List<GradingRule.Reason> own = new ArrayList<>(signals.getOrDefault(usccs[i], List.of()));
                    if (abnormals.get(i)) {
                        own.add(new GradingRule.Reason("registry.abnormal", today, MARK_ABNORMAL, 0));
                    }
                    if (dishonests.get(i)) {
                        own.add(new GradingRule.Reason("registry.dishonest", today, MARK_DISHONEST, 0));
                    }
                    GradingRule.Graded graded = rule.grade(own);
                    String[] kept = overrides.get(usccs[i]);
                    CreditGrade grade = kept == null ? graded.grade() : CreditGrade.valueOf(kept[1]);
                    counts.merge(grade, 1, Integer::sum);
                    grades.bind("m", month).bind("uscc", usccs[i]).bind("street", cut(streets[i], 60))
                            .bind("industry", cut(industries[i], 10)).bind("score", graded.score())
                            .bind("grade", graded.grade().name()).bind("final", grade.name())
                            .bind("reason", kept == null ? null : kept[2]).bind("by", kept == null ? null : kept[3])
                            .bind("at", kept == null ? null : Timestamp.from(java.time.Instant.parse(kept[4]))).add();
                    for (GradingRule.Reason r : graded.reasons()) {
                        reasons.bind("m", month).bind("uscc", usccs[i]).bind("kind", cut(r.kind(), 40))
                                .bind("day", r.day()).bind("detail", cut(r.detail() == null ? "" : r.detail(), 500))
                                .bind("points", r.points()).add();
                    }
                    written++;
                    if (written % BATCH == 0) {
                        grades.execute();
                        if (reasons.size() > 0) {
                            reasons.execute();
                        }
                        progress.set(new Progress(month, by, i + 1, usccs.length));
                    }
                }
                if (grades.size() > 0) {
                    grades.execute();
                }
                if (reasons.size() > 0) {
                    reasons.execute();
                }
                int total = written;
                h.createUpdate("update credit_run set state = 'DONE', finished_at = :at, enterprises = :n, grade_a = :a, "
                        + "grade_b = :b, grade_c = :c, grade_d = :d where id = :id").bind("at",
                                Timestamp.from(clock.instant())).bind("n", total).bind("a", counts.get(CreditGrade.A))
                        .bind("b", counts.get(CreditGrade.B)).bind("c", counts.get(CreditGrade.C))
                        .bind("d", counts.get(CreditGrade.D)).bind("id", run).execute();
            });
            GradingRun done = jdbi.withHandle(h -> h.createQuery("select * from credit_run where id = :id")
                    .bind("id", run).map(RUN).one());
            audit.get().ifPresent(a -> a.record(cn.gov.laoshan.district.market.service.Market.PLUGIN,
                    "credit.grading", "CreditRun", month, null, "{\"enterprises\":" + done.enterprises() + ",\"A\":"
                            + done.gradeA() + ",\"B\":" + done.gradeB() + ",\"C\":" + done.gradeC() + ",\"D\":"
                            + done.gradeD() + ",\"rule\":\"" + done.ruleText() + "\"}"));
            events.post("GRADED", month, cn.gov.laoshan.district.market.service.Market.DEPARTMENT,
                    Map.of("enterprises", done.enterprises()));
            return done;
        } catch (RuntimeException e) {
            if (runId > 0) {
                long failed = runId;
                jdbi.useHandle(h -> h.createUpdate("update credit_run set state = 'FAILED', finished_at = :at where "
                        + "id = :id").bind("at", Timestamp.from(clock.instant())).bind("id", failed).execute());
            }
            throw e;
        } finally {
            progress.set(null);
        }
    }

    /** The signals of every source in the window, by USCC, each enterprise's in order of day. */
    private Map<String, List<GradingRule.Reason>> signals(LocalDate from, LocalDate to) {
        Map<String, List<GradingRule.Reason>> all = new HashMap<>();
        for (CreditSignalSource source : sources.get()) {
            Map<String, List<CreditSignal>> found = source.signals(from, to);
            found.forEach((uscc, list) -> {
                List<GradingRule.Reason> own = all.computeIfAbsent(uscc.strip(), k -> new ArrayList<>());
                for (CreditSignal s : list) {
                    own.add(new GradingRule.Reason(s.kind(), s.day(), s.detail(), 0));
                }
            });
        }
        all.values().forEach(list -> list.sort(Comparator.comparing(GradingRule.Reason::day)
                .thenComparing(GradingRule.Reason::kind)));
        return all;
    }

    /** Enterprises still in business are graded; deregistered, revoked and moved-out ones are not. */
    private static boolean graded(String status) {
        return status == null || EnterpriseStatus.EXISTING.name().equals(status)
                || EnterpriseStatus.OPERATING.name().equals(status);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The months graded, newest first. */
    public List<String> months() {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select distinct month from credit_run where state = 'DONE' order by "
                + "month desc").mapTo(String.class).list());
    }

    /** The latest month graded, if any (the draws' population). */
    public Optional<String> latestMonth() {
        return jdbi.withHandle(h -> h.createQuery("select max(month) from credit_run where state = 'DONE'")
                .mapTo(String.class).findOne());
    }

    public List<GradingRun> runs(int limit) {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select * from credit_run order by started_at desc, id desc")
                .setMaxRows(limit).map(RUN).list());
    }

    public List<GradedEnterprise> page(GradeFilter filter, int offset, int limit) {
        checkRead();
        return jdbi.withHandle(h -> bind(h.createQuery("select * from credit_grade" + where(filter)
                + " order by score desc, uscc offset " + offset + " rows fetch next " + limit + " rows only"), filter)
                .map(GRADED).list());
    }

    public int count(GradeFilter filter) {
        checkRead();
        return jdbi.withHandle(h -> bind(h.createQuery("select count(*) from credit_grade" + where(filter)), filter)
                .mapTo(Integer.class).one());
    }

    /** Counts per grade in force of a month. */
    public GradeCounts counts(String month) {
        checkRead();
        Map<CreditGrade, Integer> counts = new EnumMap<>(CreditGrade.class);
        for (CreditGrade g : CreditGrade.values()) {
            counts.put(g, 0);
        }
        jdbi.useHandle(h -> h.createQuery("select final_grade, count(*) from credit_grade where month = :m group by "
                + "final_grade").bind("m", month).map((rs, ctx) -> Map.entry(rs.getString(1).strip(), rs.getInt(2)))
                .forEach(e -> counts.put(CreditGrade.valueOf(e.getKey()), e.getValue())));
        return new GradeCounts(month, counts);
    }

    /** The streets of a month's graded enterprises (the filter's choices). */
    public List<String> streets(String month) {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select distinct street from credit_grade where month = :m and street "
                + "is not null order by street").bind("m", month).mapTo(String.class).list());
    }

    public Optional<GradedEnterprise> find(String month, String uscc) {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select * from credit_grade where month = :m and uscc = :u")
                .bind("m", month).bind("u", uscc).map(GRADED).findOne());
    }

    /** Why an enterprise has its grade of a month: each signal and its points. */
    public List<GradingRule.Reason> reasons(String month, String uscc) {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select kind, day, detail, points from credit_reason where month = :m "
                + "and uscc = :u order by day, id").bind("m", month).bind("u", uscc).map((rs, ctx) ->
                        new GradingRule.Reason(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                                rs.getInt(4))).list());
    }

    /** An enterprise's grades month by month, newest first. */
    public List<GradedEnterprise> history(String uscc) {
        checkRead();
        return jdbi.withHandle(h -> h.createQuery("select * from credit_grade where uscc = :u order by month desc")
                .bind("u", uscc).map(GRADED).list());
    }

    /**
     * Overrides an enterprise's grade of a month: only with a reason; audited with before and after, posted. A later
     * run of the same month keeps it.
     */
    public GradedEnterprise override(String month, String uscc, CreditGrade grade, String reason) {
        access.check(Credit.GRADE);
        checkStaff();
        if (grade == null) {
            throw new RefusedException("grade", "market.credit.override.grade-required");
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("reason", "market.credit.override.reason-required");
        }
        if (reason.strip().length() > 500) {
            throw new RefusedException("reason", "market.credit.override.reason-long");
        }
        String login = login();
        GradedEnterprise before = jdbi.withHandle(h -> h.createQuery("select * from credit_grade where month = :m and "
                + "uscc = :u").bind("m", month).bind("u", uscc).map(GRADED).findOne()).orElseThrow(
                        () -> new RefusedException(null, "market.error.not-found"));
        jdbi.useHandle(h -> h.createUpdate("update credit_grade set final_grade = :g, override_reason = :r, "
                + "overridden_by = :by, overridden_at = :at where month = :m and uscc = :u").bind("g", grade.name())
                .bind("r", reason.strip()).bind("by", login).bind("at", Timestamp.from(clock.instant()))
                .bind("m", month).bind("u", uscc).execute());
        GradedEnterprise after = find(month, uscc).orElseThrow();
        audit.get().ifPresent(a -> a.record(cn.gov.laoshan.district.market.service.Market.PLUGIN,
                "credit.grade.override", "CreditGrade", uscc + "@" + month, "{\"grade\":\"" + before.finalGrade()
                        + "\",\"computed\":\"" + before.computed() + "\"}", "{\"grade\":\"" + grade + "\",\"reason\":"
                                + json(reason.strip()) + "}"));
        events.post("OVERRIDDEN", uscc + "@" + month, cn.gov.laoshan.district.market.service.Market.DEPARTMENT,
                Map.of("uscc", uscc, "grade", grade.name()));
        return after;
    }

    /**
     * Hands every grade the filter selects to {@code row}, in the list's order, streamed (the Excel export of up to the
     * whole registry); audited as an export.
     */
    public void exportRows(GradeFilter filter, java.util.function.Consumer<GradedEnterprise> row) {
        checkRead();
        jdbi.useHandle(h -> bind(h.createQuery("select * from credit_grade" + where(filter)
                + " order by score desc, uscc"), filter).setFetchSize(1000).map(GRADED).forEach(row));
        audit.get().ifPresent(a -> a.record(cn.gov.laoshan.district.market.service.Market.PLUGIN, "credit.export",
                "CreditGrade", filter.month(), null, null));
    }

    private static String where(GradeFilter f) {
        StringBuilder w = new StringBuilder(" where month = :month");
        if (f.grade() != null) {
            w.append(" and final_grade = :grade");
        }
        if (f.street() != null) {
            w.append(" and street = :street");
        }
        if (f.industry() != null) {
            w.append(" and industry like :industry");
        }
        if (f.uscc() != null) {
            w.append(" and uscc like :uscc");
        }
        return w.toString();
    }

    private static Query bind(Query q, GradeFilter f) {
        q.bind("month", f.month());
        if (f.grade() != null) {
            q.bind("grade", f.grade().name());
        }
        if (f.street() != null) {
            q.bind("street", f.street());
        }
        if (f.industry() != null) {
            q.bind("industry", f.industry() + "%");
        }
        if (f.uscc() != null) {
            q.bind("uscc", f.uscc() + "%");
        }
        return q;
    }

    /** Grades are for market staff only: an external user is refused whatever role they hold. */
    private void checkRead() {
        access.check(Credit.READ);
        checkStaff();
    }

    private void checkStaff() {
        if (access.currentUser().map(CurrentUser::external).orElse(true)) {
            throw new AccessDeniedException(Credit.READ);
        }
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
