package cn.gov.laoshan.district.policy.match.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.policy.eligibility.domain.ColumnEvaluator;
import cn.gov.laoshan.district.policy.eligibility.domain.Explanation;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleExplainer;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleProblem;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleResult;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleValidator;
import cn.gov.laoshan.district.policy.eligibility.domain.SnapshotFactTable;
import cn.gov.laoshan.district.policy.match.domain.Benefit;
import cn.gov.laoshan.district.policy.match.domain.MatchRow;
import cn.gov.laoshan.district.policy.match.domain.MatchRun;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.policy.match.domain.PolicyRule;
import cn.gov.laoshan.district.policy.match.domain.RuledPolicy;

/**
 * 免申即享's match side: a published policy's rule and benefit (edited by the policy's department), the match run
 * (every published policy valid on the day that has a rule, over a fresh {@link FactSnapshot}, column-wise), the
 * stored matches and near-misses, the re-evaluation of one enterprise whose facts changed, and the explanations.
 * After storing, every {@link MatchListener} is told of the new matches, as the system. Permissions are checked here
 * (deny by default); rule changes and runs are audited.
 */
public class MatchService implements MatchResults {

    public static final String PLUGIN = "policy";
    /** Edit a published policy's rule and benefit: staff of the policy's department. */
    public static final String RULE_EDIT = "policy.rule.edit";
    /** See the matches and near-misses of every policy, their explanations, the runs. */
    public static final String MATCH_READ = "policy.match.read";
    /** Start a match run. */
    public static final String MATCH_RUN = "policy.match.run";
    /** The policy calculator: an enterprise user its own enterprise (staff: {@link #MATCH_READ}, any enterprise). */
    public static final String CALCULATOR = "policy.calculator";

    private static final Logger LOG = LoggerFactory.getLogger(MatchService.class);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final MatchRepository repository;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<Optional<EnterpriseFactsService>> facts;
    private final Supplier<Optional<HeldLicences>> licences;
    private final Supplier<Collection<MatchListener>> listeners;
    private final Supplier<AuditLog> audit;
    private final Clock clock;
    private final AtomicReference<Progress> progress = new AtomicReference<>();

    /** How far the run in progress is: policies done of all. */
    public record Progress(long runId, String startedBy, int done, int total) {
    }

    public MatchService(MatchRepository repository, AccessControl access, EnterpriseRegistry registry,
            Supplier<Optional<EnterpriseFactsService>> facts, Supplier<Optional<HeldLicences>> licences,
            Supplier<Collection<MatchListener>> listeners, Supplier<AuditLog> audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.registry = registry;
        this.facts = facts;
        this.licences = licences;
        this.listeners = listeners;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    public MatchRepository repository() {
        return repository;
    }

    // ---- rules

    /** The policy's rule, for staff who may read matches or edit rules. */
    public Optional<PolicyRule> rule(long policyId) {
        if (!access.has(RULE_EDIT)) {
            access.check(MATCH_READ);
        }
        return repository.rule(policyId);
    }

    /** Whether the signed-in user may edit the rules of the department's policies. */
    public boolean mayEdit(String departmentCode) {
        return access.has(RULE_EDIT) && access.scope(RULE_EDIT).includes(departmentCode);
    }

    /** The validator with the registry's qualification types and the licence kinds offered now. */
    public RuleValidator validator() {
        return new RuleValidator(access.asSystem(() -> qualificationTypes().stream().map(QualificationType::code).toList()),
                licenceKinds().stream().map(HeldLicences.LicenceKind::code).toList());
    }

    public List<QualificationType> qualificationTypes() {
        return access.asSystem(() -> facts.get().map(EnterpriseFactsService::qualificationTypes).orElse(List.of()));
    }

    /**
     * What the rule editor offers for a text fact: the GB/T 4754 classes the registry's enterprises have (each code and
     * the classes above it), or the streets, or the parks; sorted.
     */
    public List<String> choices(FactColumn column) {
        access.check(RULE_EDIT);
        EnterpriseFactsService service = facts.get().orElse(null);
        if (service == null) {
            return List.of();
        }
        String[] values = access.asSystem(() -> service.snapshot(List.of(column)).texts(column));
        java.util.TreeSet<String> distinct = new java.util.TreeSet<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            distinct.add(v);
            if (column instanceof FactColumn.IndustryCode) {
                for (int n = 1; n < v.length(); n++) {
                    if (n != 2) {
                        distinct.add(v.substring(0, n));
                    }
                }
            }
        }
        return List.copyOf(distinct);
    }

    public List<HeldLicences.LicenceKind> licenceKinds() {
        return licences.get().map(HeldLicences::kinds).orElse(List.of());
    }

    /**
     * Saves the rule of a published policy of the caller's department, validated first: every problem is refused at its
     * field ({@link RuleRefusedException}), the benefit's at {@code benefit}; nothing is changed then. Audited.
     *
     * @param departmentCode the policy's department (the draft's), checked against the caller's scope
     */
    public PolicyRule saveRule(long policyId, String departmentCode, Rule rule, Benefit benefit, int periodYear) {
        access.check(RULE_EDIT, departmentCode);
        List<RuleProblem> problems = new ArrayList<>(validator().problems(rule));
        for (String key : benefit.problems()) {
            problems.add(new RuleProblem("benefit", key, List.of()));
        }
        if (periodYear < 2000 || periodYear > 2099) {
            problems.add(new RuleProblem("period", RuleValidator.YEAR, List.of(periodYear, 2000, 2099)));
        }
        if (!problems.isEmpty()) {
            throw new RuleRefusedException(problems);
        }
        String by = access.currentUser().map(CurrentUser::login).orElse("system");
        Optional<PolicyRule> before = repository.rule(policyId);
        PolicyRule saved = new PolicyRule(policyId, rule, benefit, periodYear, by, clock.instant());
        repository.saveRule(saved);
        audit.get().record(PLUGIN, "rule.save", "PolicyRule", String.valueOf(policyId),
                before.map(MatchService::json).orElse(null), json(saved));
        return saved;
    }

    private static String json(PolicyRule rule) {
        Benefit b = rule.benefit();
        return "{\"rule\":" + cn.gov.laoshan.district.policy.match.domain.RuleJson.write(rule.rule()) + ",\"benefit\":\""
                + b.kind() + "\",\"fixed\":" + quoted(b.fixed()) + ",\"percent\":" + quoted(b.percent()) + ",\"figure\":"
                + quoted(b.figure()) + ",\"year\":" + b.year() + ",\"cap\":" + quoted(b.cap()) + ",\"period\":"
                + rule.periodYear() + "}";
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + (value instanceof Yuan y ? y.amount().toPlainString() : value) + "\"";
    }

    // ---- the run

    /** The run in progress, if any. */
    public Optional<Progress> progress() {
        return Optional.ofNullable(progress.get());
    }

    public List<MatchRun> runs(int limit) {
        access.check(MATCH_READ);
        return repository.runs(limit);
    }

    /**
     * Starts a run in the background for the signed-in staff member (refused while one runs); the caller polls
     * {@link #progress()}. Returns the run's id.
     */
    public long start() {
        access.check(MATCH_RUN);
        String by = access.currentUser().map(CurrentUser::login).orElse("system");
        long runId = begin(by);
        Thread worker = new Thread(() -> access.asSystem(() -> execute(runId, by)), "policy-match-run-" + runId);
        worker.setDaemon(true);
        worker.start();
        return runId;
    }

    /** A run on this thread (the daily job, the demo's first run, tests); refused while another runs. */
    public MatchRun runNow() {
        access.check(MATCH_RUN);
        String by = access.currentUser().map(CurrentUser::login).orElse("system");
        long runId = begin(by);
        access.asSystem(() -> execute(runId, by));
        return repository.runs(50).stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
    }

    private synchronized long begin(String by) {
        if (progress.get() != null) {
            throw new RefusedException(null, "policy.match.error.running");
        }
        long runId = repository.startRun(today(), by, clock.instant());
        progress.set(new Progress(runId, by, 0, 0));
        audit.get().record(PLUGIN, "match.run", "PolicyMatchRun", String.valueOf(runId), null,
                "{\"startedBy\":\"" + by + "\"}");
        return runId;
    }

    private Void execute(long runId, String by) {
        int[] totals = new int[4];
        try {
            LocalDate day = today();
            List<RuledPolicy> policies = repository.ruledPolicies().stream().filter(p -> p.validOn(day)).toList();
            progress.set(new Progress(runId, by, 0, policies.size()));
            FactSnapshot snapshot = snapshot(policies);
            SnapshotFactTable table = new SnapshotFactTable(snapshot, licences.get().orElse(null));
            ColumnEvaluator evaluator = new ColumnEvaluator(table);
            Map<String, String> names = names();
            Instant now = clock.instant();
            List<PolicyMatch> told = new ArrayList<>();
            for (RuledPolicy policy : policies) {
                RuleResult result = evaluator.evaluate(policy.rule().rule());
                long[] figure = figure(table, policy.rule().benefit());
                List<MatchRow> rows = new ArrayList<>(result.matchCount() + result.nearMissCount());
                for (int row : result.matches()) {
                    String uscc = table.uscc(row);
                    rows.add(new MatchRow(policy.policyId(), uscc, true, null, amount(policy, figure, row), names.get(uscc), now));
                }
                for (int i = 0; i < result.nearMisses().length; i++) {
                    String uscc = table.uscc(result.nearMisses()[i]);
                    rows.add(new MatchRow(policy.policyId(), uscc, false, result.failedRequirement()[i], null, names.get(uscc), now));
                }
                Set<String> fresh = new HashSet<>(repository.replacePolicy(policy.policyId(), rows, now));
                for (MatchRow row : rows) {
                    if (row.match() && fresh.contains(row.uscc())) {
                        told.add(match(policy, row));
                    }
                }
                totals[0]++;
                totals[2] += result.matchCount();
                totals[3] += result.nearMissCount();
                progress.set(new Progress(runId, by, totals[0], policies.size()));
            }
            repository.removeOtherThan(policies.stream().map(RuledPolicy::policyId).toList());
            totals[1] = snapshot.size();
            repository.finishRun(runId, MatchRun.State.FINISHED, clock.instant(), totals[0], totals[1], totals[2], totals[3], null);
            tell(told);
        } catch (RuntimeException e) {
            LOG.warn("match run {} failed", runId, e);
            repository.finishRun(runId, MatchRun.State.FAILED, clock.instant(), totals[0], totals[1], totals[2], totals[3],
                    e.toString());
        } finally {
            progress.set(null);
        }
        return null;
    }

    private FactSnapshot snapshot(List<RuledPolicy> policies) {
        List<Rule> rules = new ArrayList<>();
        policies.forEach(p -> rules.add(p.rule().rule()));
        List<FactColumn> columns = new ArrayList<>(SnapshotFactTable.columns(rules));
        for (RuledPolicy p : policies) {
            Benefit b = p.rule().benefit();
            if (b.kind() == Benefit.Kind.PERCENTAGE && !columns.contains(new FactColumn.Figure(b.figure(), b.year()))) {
                columns.add(new FactColumn.Figure(b.figure(), b.year()));
            }
        }
        EnterpriseFactsService service = facts.get().orElseThrow(() -> new IllegalStateException("no enterprise facts"));
        return access.asSystem(() -> service.snapshot(columns));
    }

    private static long[] figure(SnapshotFactTable table, Benefit benefit) {
        return benefit.kind() == Benefit.Kind.PERCENTAGE ? table.figure(benefit.figure(), benefit.year()) : null;
    }

    private static Yuan amount(RuledPolicy policy, long[] figure, int row) {
        return policy.rule().benefit().amount(figure == null ? FactSnapshot.MISSING : figure[row]);
    }

    /** Every registered enterprise's name, by code (the snapshot holds no names). */
    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        access.asSystem(() -> {
            for (int offset = 0;; offset += EnterpriseQuery.MAX_LIMIT) {
                List<Enterprise> page = registry.list(EnterpriseQuery.all().page(offset, EnterpriseQuery.MAX_LIMIT));
                page.forEach(e -> names.put(e.uscc().value(), e.name()));
                if (page.size() < EnterpriseQuery.MAX_LIMIT) {
                    return null;
                }
            }
        });
        return names;
    }

    private void tell(List<PolicyMatch> matches) {
        if (matches.isEmpty()) {
            return;
        }
        for (MatchListener listener : listeners.get()) {
            try {
                access.asSystem(() -> {
                    listener.matchesFound(List.copyOf(matches));
                    return null;
                });
            } catch (RuntimeException e) {
                // one listener's failure must not keep the others from hearing, nor undo what is stored
                LOG.warn("match listener {} failed", listener, e);
            }
        }
    }

    // ---- one enterprise again

    /**
     * Evaluates one enterprise again against every rule valid today (its facts changed) and replaces its stored rows;
     * the listeners hear of its new matches. As the system (an event handler's thread); returns the new matches.
     */
    public List<PolicyMatch> reevaluate(String uscc) {
        return access.asSystem(() -> {
            LocalDate day = today();
            List<RuledPolicy> policies = repository.ruledPolicies().stream().filter(p -> p.validOn(day)).toList();
            if (policies.isEmpty()) {
                return List.<PolicyMatch>of();
            }
            FactSnapshot snapshot = snapshot(policies);
            int row = Arrays.binarySearch(snapshot.usccs(), uscc);
            List<MatchRow> rows = new ArrayList<>();
            Instant now = clock.instant();
            if (row >= 0) {
                SnapshotFactTable table = new SnapshotFactTable(snapshot, licences.get().orElse(null));
                RuleExplainer explainer = new RuleExplainer(table);
                String name = name(uscc);
                for (RuledPolicy policy : policies) {
                    Explanation e = explainer.explain(policy.rule().rule(), row);
                    if (e.matches()) {
                        rows.add(new MatchRow(policy.policyId(), uscc, true, null,
                                amount(policy, figure(table, policy.rule().benefit()), row), name, now));
                    } else if (e.nearMiss()) {
                        rows.add(new MatchRow(policy.policyId(), uscc, false, e.firstFailed(), null, name, now));
                    }
                }
            }
            List<Long> fresh = repository.replaceEnterprise(uscc,
                    policies.stream().map(RuledPolicy::policyId).toList(), rows, now);
            List<PolicyMatch> told = new ArrayList<>();
            for (MatchRow r : rows) {
                if (r.match() && fresh.contains(r.policyId())) {
                    policies.stream().filter(p -> p.policyId() == r.policyId()).findFirst()
                            .ifPresent(p -> told.add(match(p, r)));
                }
            }
            tell(told);
            return told;
        });
    }

    private String name(String uscc) {
        try {
            return registry.find(Uscc.parse(uscc)).map(Enterprise::name).orElse(null);
        } catch (RuntimeException e) {
            // not a valid code: the registry cannot hold it, and the row is kept without a name
            return null;
        }
    }

    // ---- reading

    private static PolicyMatch match(RuledPolicy policy, MatchRow row) {
        return new PolicyMatch(policy.policyId(), policy.payoutCode(), policy.rule().period(), row.uscc(),
                row.enterpriseName(), row.amount());
    }

    private Optional<RuledPolicy> ruled(long policyId) {
        return repository.ruledPolicies().stream().filter(p -> p.policyId() == policyId).findFirst();
    }

    @Override
    public List<PolicyMatch> matchesOf(long policyId) {
        Optional<RuledPolicy> policy = ruled(policyId);
        if (policy.isEmpty()) {
            return List.of();
        }
        int total = (int) repository.count(policyId, true, null);
        return repository.rows(policyId, true, null, "uscc", true, 0, Math.max(1, total)).stream()
                .map(r -> match(policy.get(), r)).toList();
    }

    @Override
    public Optional<PolicyMatch> match(long policyId, String uscc) {
        return repository.row(policyId, uscc).filter(MatchRow::match)
                .flatMap(r -> ruled(policyId).map(p -> match(p, r)));
    }

    @Override
    public List<PolicyCount> counts() {
        Map<Long, Yuan> amounts = new HashMap<>();
        Map<Long, long[]> counts = repository.countsByPolicy(amounts);
        LocalDate day = today();
        List<PolicyCount> all = new ArrayList<>();
        for (RuledPolicy p : repository.ruledPolicies()) {
            if (!p.validOn(day)) {
                continue;
            }
            long[] c = counts.getOrDefault(p.policyId(), new long[2]);
            all.add(new PolicyCount(p.policyId(), p.payoutCode(), p.title(), p.batchNo(), (int) c[0], (int) c[1],
                    p.rule().benefit().money() ? amounts.getOrDefault(p.policyId(), Yuan.ZERO) : null));
        }
        return all;
    }

    /** A page of a policy's matches or near-misses, for staff. */
    public List<MatchRow> rows(long policyId, boolean match, String text, String sort, boolean ascending, int offset, int limit) {
        access.check(MATCH_READ);
        return repository.rows(policyId, match, text, sort, ascending, offset, limit);
    }

    public long count(long policyId, boolean match, String text) {
        access.check(MATCH_READ);
        return repository.count(policyId, match, text);
    }

    /** One enterprise's policies: what it qualifies for now and what it nearly does (the calculator). */
    public List<Standing> standing(String uscc) {
        checkCalculator(uscc);
        Map<Long, RuledPolicy> policies = new HashMap<>();
        repository.ruledPolicies().forEach(p -> policies.put(p.policyId(), p));
        List<Standing> all = new ArrayList<>();
        for (MatchRow row : repository.ofEnterprise(uscc)) {
            RuledPolicy p = policies.get(row.policyId());
            if (p != null) {
                all.add(new Standing(p, row));
            }
        }
        return all;
    }

    /** A policy an enterprise matches or nearly matches. */
    public record Standing(RuledPolicy policy, MatchRow row) {
    }

    /**
     * Why the enterprise matches the policy or not, condition by condition with its actual values, over the facts as
     * they are now. Staff reading matches, or the enterprise itself through the calculator.
     */
    public Optional<Explanation> explain(long policyId, String uscc) {
        checkCalculator(uscc);
        Optional<RuledPolicy> policy = ruled(policyId);
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        return access.asSystem(() -> {
            FactSnapshot snapshot = snapshot(List.of(policy.get()));
            int row = Arrays.binarySearch(snapshot.usccs(), uscc);
            if (row < 0) {
                return Optional.<Explanation>empty();
            }
            return Optional.of(new RuleExplainer(new SnapshotFactTable(snapshot, licences.get().orElse(null)))
                    .explain(policy.get().rule().rule(), row));
        });
    }

    private void checkCalculator(String uscc) {
        if (access.has(MATCH_READ) && access.enterprises(MATCH_READ).all()) {
            return;
        }
        access.checkEnterprise(CALCULATOR, uscc);
    }
}
