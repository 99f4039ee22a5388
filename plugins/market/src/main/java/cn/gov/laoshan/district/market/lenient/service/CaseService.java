package cn.gov.laoshan.district.market.lenient.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.domain.DecisionHelper;
import cn.gov.laoshan.district.market.lenient.domain.Harm;
import cn.gov.laoshan.district.market.lenient.domain.LenientItem;
import cn.gov.laoshan.district.market.lenient.domain.LenientList;
import cn.gov.laoshan.district.market.lenient.domain.ListKind;
import cn.gov.laoshan.district.market.lenient.domain.PriorViolation;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.Lookups;
import cn.gov.laoshan.district.market.service.Market;

/**
 * 包容审慎监管 (lenient enforcement): the lists as data, violation cases, and the decision helper. Staff record a case
 * (enterprise, behaviour — a list item or none —, facts, goods' value, harm, the correction ordered and its day),
 * record the correction when done, read the helper's assessment (each condition met, not met or unknown, with the
 * same-type violations of the last two years read from the platform's records) and decide — no penalty, first
 * offence not penalised, or penalise — with reasons. A lenient decision is refused while a condition is not met;
 * the staff decide, the helper explains. Every change is on the case's timeline (which writes the audit log) and posted
 * as {@code district/market/case/*}.
 */
public class CaseService {

    /** Staff: record violation cases, their corrections and decisions. */
    public static final String MANAGE = "market.case.manage";
    static final String TYPE = "ViolationCase";

    static final RecordScope.Columns SCOPED = RecordScope.columns("department_code").enterprises("uscc");

    private static final RowMapper<LenientList> LIST = (rs, ctx) -> new LenientList(rs.getString("code"),
            rs.getString("name_zh"), rs.getString("name_en"), rs.getString("issuer_zh"), rs.getString("issuer_en"),
            rs.getString("document_no"), rs.getString("level"), ListKind.valueOf(rs.getString("kind")),
            day(rs, "effective_on"));

    private static final RowMapper<LenientItem> ITEM = (rs, ctx) -> new LenientItem(rs.getString("code"),
            rs.getString("list_code"), ListKind.valueOf(rs.getString("kind")), rs.getString("behaviour_zh"),
            rs.getString("behaviour_en"), rs.getString("legal_basis"), rs.getString("item_conditions"),
            rs.getString("correction"), rs.getBigDecimal("goods_value_limit"));

    static final RowMapper<ViolationCase> CASE = (rs, ctx) -> new ViolationCase(rs.getLong("id"),
            rs.getString("case_no"), rs.getString("uscc"), rs.getString("enterprise_name"), rs.getString("item_code"),
            rs.getString("description"), rs.getString("facts"), day(rs, "occurred_on"),
            rs.getBigDecimal("goods_value"), rs.getString("harm") == null ? null : Harm.valueOf(rs.getString("harm")),
            rs.getObject("item_conditions_met") == null ? null : rs.getInt("item_conditions_met") == 1,
            rs.getString("correction_ordered"), day(rs, "correct_by"), day(rs, "corrected_on"),
            rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
            rs.getString("decision_reasons"), rs.getString("decided_by"),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("department_code"));

    private final Jdbi jdbi;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Clock clock;

    public CaseService(Jdbi jdbi, AccessControl access, EnterpriseRegistry registry, Timeline timeline,
            RecordEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.registry = registry;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        return Lookups.day(rs, column);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Market.ZONE));
    }

    // the lists

    public List<LenientList> lists() {
        access.check(Market.READ);
        return jdbi.withHandle(h -> h.createQuery("select * from lenient_list order by sort_order").map(LIST).list());
    }

    /** Every item of every list, by list and order, each with its list's kind. */
    public List<LenientItem> items() {
        access.check(Market.READ);
        return jdbi.withHandle(h -> h.createQuery("select i.*, l.kind from lenient_item i join lenient_list l on "
                + "l.code = i.list_code order by l.sort_order, i.sort_order").map(ITEM).list());
    }

    private Optional<LenientItem> itemOf(String code) {
        return code == null ? Optional.empty() : jdbi.withHandle(h -> h.createQuery("select i.*, l.kind from "
                + "lenient_item i join lenient_list l on l.code = i.list_code where i.code = :code")
                .bind("code", code).map(ITEM).findOne());
    }

    // cases

    /** What staff record of a case; {@code itemCode} null: a behaviour on no list. */
    public record Draft(String uscc, String itemCode, String description, String facts, LocalDate foundOn,
            BigDecimal goodsValue, Harm harm, Boolean itemConditionsMet, String correctionOrdered,
            LocalDate correctBy) {
    }

    /** Records a case in the officer's department; bad input is refused at its field and nothing is written. */
    public ViolationCase record(Draft d) {
        String department = RecordScope.newRecordDepartment(access, MANAGE, Market.DEPARTMENT);
        Enterprise e = enterprise(d.uscc());
        if (d.itemCode() != null && itemOf(d.itemCode()).isEmpty()) {
            throw new RefusedException("item", "market.case.error.item");
        }
        String description = LicenceService.required("description", d.description(), 500);
        String facts = LicenceService.required("facts", d.facts(), 2000);
        LocalDate today = today();
        if (d.foundOn() == null) {
            throw new RefusedException("foundOn", DateBounds.REQUIRED_KEY);
        }
        if (d.foundOn().isAfter(today) || d.foundOn().isBefore(today.minusYears(5))) {
            throw new RefusedException("foundOn", "market.case.error.found-on");
        }
        if (d.goodsValue() != null && d.goodsValue().signum() < 0) {
            throw new RefusedException("goodsValue", "market.case.error.goods-value");
        }
        String correction = d.correctionOrdered() == null || d.correctionOrdered().isBlank() ? null
                : LicenceService.required("correctionOrdered", d.correctionOrdered(), 500);
        if (d.correctBy() != null && d.correctBy().isBefore(d.foundOn())) {
            throw new RefusedException("correctBy", "market.case.error.correct-by");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbi.inTransaction(h -> {
            long made = h.createUpdate("insert into violation (uscc, occurred_on, description, recorded_by, "
                    + "recorded_at, enterprise_name, item_code, facts, goods_value, harm, item_conditions_met, "
                    + "correction_ordered, correct_by, department_code) values (:uscc, :found, :description, :by, :at, "
                    + ":name, :item, :facts, :goods, :harm, :itemMet, :correction, :correctBy, :department)")
                    .bind("uscc", e.uscc().toString()).bind("found", d.foundOn()).bind("description", description)
                    .bind("by", login()).bind("at", now).bind("name", e.name()).bind("item", d.itemCode())
                    .bind("facts", facts).bindByType("goods", d.goodsValue(), BigDecimal.class)
                    .bind("harm", d.harm() == null ? null : d.harm().name())
                    .bindByType("itemMet", d.itemConditionsMet() == null ? null : d.itemConditionsMet() ? 1 : 0,
                            Integer.class)
                    .bind("correction", correction).bindByType("correctBy", d.correctBy(), LocalDate.class)
                    .bind("department", department).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            h.createUpdate("update violation set case_no = :no where id = :id").bind("id", made)
                    .bind("no", "LSAJ" + d.foundOn().getYear() + String.format("%06d", made)).execute();
            return made;
        });
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "record", null, "OPEN", description);
        ViolationCase c = byId(id);
        events.post("RECORDED", c.caseNo(), department, Map.of("uscc", c.uscc(),
                "item", c.itemCode() == null ? "" : c.itemCode()));
        return c;
    }

    /** Records the correction done on {@code correctedOn} (not after today, not before the day found). */
    public ViolationCase corrected(long id, LocalDate correctedOn) {
        ViolationCase c = forChange(id);
        if (correctedOn == null || correctedOn.isAfter(today()) || correctedOn.isBefore(c.foundOn())) {
            throw new RefusedException("correctedOn", "market.case.error.corrected-on");
        }
        jdbi.useHandle(h -> h.createUpdate("update violation set corrected_on = :day where id = :id")
                .bind("id", id).bind("day", correctedOn).execute());
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "corrected", "OPEN", "OPEN", correctedOn.toString());
        return byId(id);
    }

    /** The officer's findings change as the case goes on: harm, goods' value, the item's own conditions. */
    public ViolationCase assessFacts(long id, Harm harm, BigDecimal goodsValue, Boolean itemConditionsMet) {
        ViolationCase c = forChange(id);
        if (goodsValue != null && goodsValue.signum() < 0) {
            throw new RefusedException("goodsValue", "market.case.error.goods-value");
        }
        jdbi.useHandle(h -> h.createUpdate("update violation set harm = :harm, goods_value = :goods, "
                + "item_conditions_met = :itemMet where id = :id").bind("id", id)
                .bind("harm", harm == null ? null : harm.name()).bindByType("goods", goodsValue, BigDecimal.class)
                .bindByType("itemMet", itemConditionsMet == null ? null : itemConditionsMet ? 1 : 0, Integer.class)
                .execute());
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "facts", "OPEN", "OPEN", "harm=" + harm
                + ", goodsValue=" + goodsValue + ", itemConditions=" + itemConditionsMet + " (was " + c.harm() + ", "
                + c.goodsValue() + ", " + c.itemConditionsMet() + ")");
        return byId(id);
    }

    /** The helper's explanation of a case: each condition as the records show it, and what they allow. */
    public DecisionHelper.Assessment assessment(long id) {
        ViolationCase c = find(id).orElseThrow(() -> new AccessDeniedException(Market.READ));
        return assess(c);
    }

    private DecisionHelper.Assessment assess(ViolationCase c) {
        List<PriorViolation> earlier = jdbi.withHandle(h -> h.createQuery("select id, case_no, item_code, occurred_on "
                + "from violation where uscc = :uscc and id <> :id and occurred_on < :found order by occurred_on")
                .bind("uscc", c.uscc()).bind("id", c.id()).bind("found", c.foundOn())
                .map((rs, ctx) -> new PriorViolation(rs.getString("case_no") != null ? rs.getString("case_no")
                        : "#" + rs.getLong("id"), rs.getString("item_code"), day(rs, "occurred_on"))).list());
        return DecisionHelper.assess(itemOf(c.itemCode()).orElse(null), c.caseFacts(), earlier, today());
    }

    /**
     * Records the staff's decision with its reasons: once per case; a lenient decision only of the case's list kind and
     * with no condition unmet (refused otherwise, with the reason).
     */
    public ViolationCase decide(long id, Decision decision, String reasons) {
        ViolationCase c = forChange(id);
        if (decision == null) {
            throw new RefusedException("decision", DateBounds.REQUIRED_KEY);
        }
        String text = LicenceService.required("reasons", reasons, 2000);
        if (c.decision() != null) {
            throw new RefusedException("decision", "market.case.error.decided");
        }
        DecisionHelper.Assessment a = assess(c);
        if (!a.allows(decision)) {
            throw new RefusedException("decision", a.item() == null ? "market.case.error.not-listed"
                    : decision != Decision.lenient(a.item().kind()) ? "market.case.error.wrong-kind"
                            : "market.case.error.condition-unmet");
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("update violation set decision = :decision, "
                + "decision_reasons = :reasons, decided_by = :by, decided_at = :at where id = :id and decision is null")
                .bind("id", id).bind("decision", decision.name()).bind("reasons", text).bind("by", login())
                .bind("at", Timestamp.from(clock.instant())).execute());
        if (changed != 1) {
            throw new RefusedException("decision", "market.case.error.decided");
        }
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "decide", "OPEN", decision.name(), text);
        events.post("DECIDED", c.caseNo() == null ? String.valueOf(id) : c.caseNo(), c.departmentCode(),
                Map.of("uscc", c.uscc(), "decision", decision.name()));
        return byId(id);
    }

    // reading

    /** Cases in the caller's scope, newest first: all, or only undecided ({@code openOnly}). */
    public List<ViolationCase> cases(boolean openOnly, int offset, int limit) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from violation"
                + in.and(openOnly ? " where decision is null" : "")
                + " order by occurred_on desc, id desc offset :offset rows fetch next :limit rows only"))
                .bind("offset", offset).bind("limit", limit).map(CASE).list());
    }

    public Optional<ViolationCase> find(long id) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from violation" + in.and(" where id = :id")))
                .bind("id", id).map(CASE).findOne());
    }

    /** Decisions made this month in the caller's scope, by decision: the dashboard's. */
    public Map<Decision, Long> decisionsThisMonth() {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(SCOPED);
        LocalDate first = today().withDayOfMonth(1);
        Map<Decision, Long> counts = new java.util.EnumMap<>(Decision.class);
        jdbi.useHandle(h -> in.bind(h.createQuery("select decision, count(*) from violation"
                + in.and(" where decided_at >= :from and decision is not null") + " group by decision"))
                .bind("from", Timestamp.from(first.atStartOfDay(Market.ZONE).toInstant()))
                .map((rs, ctx) -> Map.entry(Decision.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    public List<TimelineEntry> history(long id) {
        return find(id).map(c -> timeline.of(Market.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    private ViolationCase forChange(long id) {
        ViolationCase c = jdbi.withHandle(h -> h.createQuery("select * from violation where id = :id").bind("id", id)
                .map(CASE).findOne()).orElseThrow(() -> new AccessDeniedException(MANAGE));
        access.check(MANAGE, c.departmentCode());
        return c;
    }

    private ViolationCase byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from violation where id = :id").bind("id", id).map(CASE)
                .one());
    }

    private Enterprise enterprise(String uscc) {
        return Lookups.enterprise(access, registry, uscc);
    }

    private String login() {
        return Lookups.login(access);
    }
}
