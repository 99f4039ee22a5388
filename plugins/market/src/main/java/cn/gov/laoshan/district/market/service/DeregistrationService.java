package cn.gov.laoshan.district.market.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.market.domain.DeregistrationRules;
import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.Restriction;

/**
 * 简易注销 (simple deregistration). The enterprise's user files with the investors' commitment (承诺书) after the
 * conditions are checked against what the platform records: the registry's status, credit marks (经营异常, 失信惩戒) and
 * grade (D), revoked licences, and the restrictions list market staff keep (closure order, open case, unpaid fine,
 * frozen or pledged equity). An enterprise then gets a 20-day public notice (the platform's 公示) on which departments,
 * creditors and others object; an individual business gets no notice and 10 days for the departments' objections. The
 * human-resources and tax departments answer the joint check (社保联检); an objection blocks at once. After the period
 * the enterprise applies (an enterprise within 20 days, extendable by staff to 30): what blocks then is recorded and the
 * notice runs on; with nothing in the way the registry marks it deregistered and its licences are cancelled. Every
 * step is on the record's timeline (which writes the audit log) and posted as {@code district/market/deregistration/*}.
 */
public class DeregistrationService {

    static final String TYPE = "Deregistration";
    /** The departments of the joint check: human resources and social security, and tax. */
    public static final String HRSS = "hrss";
    public static final String TAX = "tax";
    public static final List<String> CHECK_DEPARTMENTS = List.of(HRSS, TAX);
    /** The registry's credit marks that bar simple deregistration. */
    static final String ABNORMAL_MARK = "经营异常";
    static final String DISHONEST_MARK = "失信惩戒";

    static final StateMachine<DeregistrationState, Deregistration> MACHINE = StateMachine
            .<DeregistrationState, Deregistration>of(DeregistrationState.class, TYPE)
            .transition("complete", DeregistrationState.NOTICE, DeregistrationState.DONE).permission(Market.FILE).add()
            .transition("block", DeregistrationState.NOTICE, DeregistrationState.BLOCKED).permission(Market.FILE).add()
            .transition("check-objection", DeregistrationState.NOTICE, DeregistrationState.BLOCKED)
            .permission(Market.CHECK).add()
            .transition("restricted", DeregistrationState.NOTICE, DeregistrationState.BLOCKED)
            .permission(Market.MANAGE).add()
            .transition("refile", DeregistrationState.BLOCKED, DeregistrationState.NOTICE).permission(Market.FILE).add()
            .transition("extend", DeregistrationState.NOTICE, DeregistrationState.NOTICE).permission(Market.MANAGE)
            .reasonRequired().add()
            .transition("lapse", DeregistrationState.NOTICE, DeregistrationState.LAPSED).permission(Market.MANAGE).add()
            .build();

    private static final RowMapper<Deregistration> ROW = (rs, ctx) -> new Deregistration(rs.getLong("id"),
            rs.getString("uscc"), rs.getString("name"), rs.getString("kind"),
            DeregistrationState.valueOf(rs.getString("state")), rs.getString("investors"), rs.getString("commitment"),
            (Long) rs.getObject("notice_id") == null ? null : rs.getLong("notice_id"),
            LicenceRepository.day(rs, "period_start"), LicenceRepository.day(rs, "period_end"),
            LicenceRepository.day(rs, "apply_by"), rs.getInt("extended") == 1, rs.getString("blockers"),
            rs.getString("department_code"), rs.getString("filed_by"), rs.getTimestamp("filed_at").toInstant(),
            LicenceRepository.day(rs, "closed_on"));

    private final Jdbi jdbi;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<Optional<EnterpriseFactsService>> facts;
    private final Supplier<Optional<PublicNotices>> notices;
    private final LicenceService licences;
    private final Timeline timeline;
    private final RecordEvents events;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public DeregistrationService(Jdbi jdbi, AccessControl access, EnterpriseRegistry registry,
            Supplier<Optional<EnterpriseFactsService>> facts, Supplier<Optional<PublicNotices>> notices,
            LicenceService licences, Timeline timeline, RecordEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.registry = registry;
        this.facts = facts;
        this.notices = notices;
        this.licences = licences;
        this.timeline = timeline;
        this.events = events;
        this.calendar = licences.calendar();
        this.clock = clock;
    }

    /** The same service on another clock: the demo files a deregistration of some days ago. */
    DeregistrationService at(Clock other) {
        return new DeregistrationService(jdbi, access, registry, facts, notices, licences, timeline, events, other);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LicenceService.ZONE));
    }

    /** One thing in the way of simple deregistration: the field it belongs to and its message key. */
    public record Blocker(String field, String key) {
    }

    /** What the enterprise files: the investors who sign the commitment, and that they commit. */
    public record Filing(String uscc, String investors, boolean committed) {
    }

    // conditions

    /**
     * What bars the enterprise from simple deregistration today, as the platform records it (empty: nothing). Read as
     * the platform: an enterprise user may learn why, not read the lists themselves.
     */
    public List<Blocker> blockers(String uscc) {
        Enterprise enterprise = enterprise(uscc);
        access.checkEnterprise(Market.READ, enterprise.uscc().toString());
        return access.asSystem(() -> conditions(enterprise));
    }

    private List<Blocker> conditions(Enterprise e) {
        List<Blocker> found = new ArrayList<>();
        if (e.status() != EnterpriseStatus.EXISTING && e.status() != EnterpriseStatus.OPERATING) {
            found.add(new Blocker("status", "market.dereg.blocker.status"));
        }
        LocalDate today = today();
        EnterpriseFactsService registryFacts = facts.get().orElseThrow(() -> new RefusedException(null,
                "market.dereg.no-facts"));
        List<CreditMark> marks = registryFacts.facts(e.uscc()).creditMarks();
        if (marks.stream().anyMatch(m -> ABNORMAL_MARK.equals(m.mark()) && m.holdsOn(today))) {
            found.add(new Blocker("abnormalList", "market.dereg.blocker.abnormal"));
        }
        if (e.creditGrade() == CreditGrade.D
                || marks.stream().anyMatch(m -> DISHONEST_MARK.equals(m.mark()) && m.holdsOn(today))) {
            found.add(new Blocker("dishonestList", "market.dereg.blocker.dishonest"));
        }
        String uscc = e.uscc().toString();
        boolean revoked = jdbi.withHandle(h -> h.createQuery("select count(*) from licence where uscc = :uscc "
                + "and state = 'REVOKED'").bind("uscc", uscc).mapTo(Integer.class).one()) > 0;
        if (revoked) {
            found.add(new Blocker("revokedLicence", "market.dereg.blocker.revoked-licence"));
        }
        for (Restriction r : restrictionsOn(uscc)) {
            found.add(new Blocker(field(r), "market.restriction." + r.name()));
        }
        return found;
    }

    private List<Restriction> restrictionsOn(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select distinct kind from restriction where uscc = :uscc "
                + "and lifted_on is null order by kind").bind("uscc", uscc).mapTo(String.class).list())
                .stream().map(Restriction::valueOf).sorted().toList();
    }

    static String field(Restriction r) {
        return switch (r) {
            case CLOSURE_ORDER -> "closureOrder";
            case OPEN_CASE -> "openCase";
            case UNPAID_FINE -> "unpaidFine";
            case EQUITY_FROZEN -> "equityFrozen";
            case EQUITY_PLEDGED -> "equityPledged";
        };
    }

    private Enterprise enterprise(String uscc) {
        Enterprise found = uscc == null || !Uscc.isValid(uscc) ? null
                : access.asSystem(() -> registry.find(Uscc.parse(uscc))).orElse(null);
        if (found == null) {
            throw new RefusedException("uscc", "market.error.uscc");
        }
        return found;
    }

    // filing

    /**
     * Files a simple deregistration for the caller's enterprise: refused at the first condition found (nothing
     * changes); an enterprise's notice is opened at once, an individual business's 10 days begin.
     */
    public Deregistration file(Filing f) {
        Enterprise e = enterprise(f.uscc());
        String uscc = e.uscc().toString();
        access.checkEnterprise(Market.FILE, uscc);
        String investors = LicenceService.required("investors", f.investors(), 500);
        if (!f.committed()) {
            throw new RefusedException("committed", "market.dereg.commitment-required");
        }
        if (current(uscc).isPresent()) {
            throw new RefusedException("uscc", "market.dereg.already");
        }
        List<Blocker> found = access.asSystem(() -> conditions(e));
        if (!found.isEmpty()) {
            throw new RefusedException(found.get(0).field(), found.get(0).key());
        }
        boolean individual = ConversionService.INDIVIDUAL.equals(e.type());
        PublicNotices publicNotices = individual ? null : notices.get().orElseThrow(() -> new RefusedException(null,
                "market.dereg.no-notices"));
        LocalDate today = today();
        String commitment = commitment(e, investors);
        String login = licences.login();
        long id = jdbi.withHandle(h -> h.createUpdate("insert into deregistration (uscc, name, kind, state, investors, "
                + "commitment, period_start, period_end, apply_by, extended, department_code, filed_by, filed_at) "
                + "values (:uscc, :name, :kind, 'NOTICE', :investors, :commitment, :start, :end, :applyBy, 0, "
                + ":department, :by, :at)").bind("uscc", uscc).bind("name", e.name())
                .bind("kind", individual ? Deregistration.INDIVIDUAL : Deregistration.ENTERPRISE)
                .bind("investors", investors).bind("commitment", commitment).bind("start", today)
                .bind("end", individual ? DeregistrationRules.objectionsEnd(today, calendar) : today)
                .bindByType("applyBy", null, LocalDate.class).bind("department", Market.DEPARTMENT)
                .bind("by", login).bind("at", Timestamp.from(clock.instant()))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        if (!individual) {
            PublicNotice notice;
            try {
                // the system opens it for the enterprise: the notice's permission is staff's (objections, withdrawal)
                notice = access.asSystem(() -> publicNotices.open(new NoticeRequest(Market.PLUGIN, TYPE,
                        String.valueOf(id), "简易注销公告：" + e.name(), noticeText(e, investors),
                        NoticePeriod.calendarDays(DeregistrationRules.NOTICE_DAYS), today, Market.MANAGE,
                        Market.DEPARTMENT)));
            } catch (RuntimeException failed) {
                jdbi.useHandle(h -> h.createUpdate("delete from deregistration where id = :id").bind("id", id)
                        .execute());
                throw failed;
            }
            jdbi.useHandle(h -> h.createUpdate("update deregistration set notice_id = :notice, period_start = :start, "
                    + "period_end = :end, apply_by = :applyBy where id = :id").bind("id", id)
                    .bind("notice", notice.id()).bind("start", notice.startDate()).bind("end", notice.endDate())
                    .bind("applyBy", DeregistrationRules.applyBy(notice.endDate(), false, calendar)).execute());
        }
        return recorded(id, "file", null, DeregistrationState.NOTICE, investors, "FILED");
    }

    private static String commitment(Enterprise e, String investors) {
        return "本企业（" + e.name() + "，统一社会信用代码 " + e.uscc() + "）全体投资人（" + investors + "）承诺：本企业申请注销登记前"
                + "未发生债权债务或已将债权债务清偿完结，未发生或已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款"
                + "（滞纳金、罚款），不存在未办结的行政许可及其他不适用简易注销的情形；承诺内容不实的，愿承担相应法律责任。";
    }

    private static String noticeText(Enterprise e, String investors) {
        return e.name() + "（统一社会信用代码 " + e.uscc() + "）拟申请简易注销登记，全体投资人（" + investors + "）已作出承诺。"
                + "公示期内，有关部门、债权人及其他利害关系人可提出异议。";
    }

    // reading

    /** The enterprise's running deregistration (in its notice or days), if any. */
    Optional<Deregistration> current(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select * from deregistration where uscc = :uscc "
                + "and state = 'NOTICE'").bind("uscc", uscc).map(ROW).findOne());
    }

    /** Deregistrations in the caller's scope (staff: the department's; an enterprise user: their own), newest first. */
    public List<Deregistration> list(DeregistrationState state, int offset, int limit) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(LicenceRepository.SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from deregistration"
                + in.and(state == null ? "" : " where state = :state")
                + " order by id desc offset :offset rows fetch next :limit rows only"))
                .bind("state", state == null ? null : state.name()).bind("offset", offset).bind("limit", limit)
                .map(ROW).list());
    }

    public Optional<Deregistration> find(long id) {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(LicenceRepository.SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from deregistration" + in.and(" where id = :id")))
                .bind("id", id).map(ROW).findOne());
    }

    /** How many are in their notice or days now, in the caller's scope: the dashboard's. */
    public long countInNotice() {
        access.check(Market.READ);
        RecordScope.Condition in = RecordScope.of(access, Market.READ).condition(LicenceRepository.SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select count(*) from deregistration"
                + in.and(" where state = 'NOTICE' and period_end >= :today"))).bind("today", today())
                .mapTo(Long.class).one());
    }

    public List<TimelineEntry> history(long id) {
        return find(id).map(d -> timeline.of(Market.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    public List<JointCheck> checks(long id) {
        return find(id).map(d -> checksOf(id)).orElse(List.of());
    }

    private List<JointCheck> checksOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("select deregistration_id, department_code, answer, note, "
                + "answered_by, answered_at from deregistration_check where deregistration_id = :id order by id")
                .bind("id", id).map((rs, ctx) -> new JointCheck(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list());
    }

    /** The notice of a deregistration, when it has one and the notices service is there. */
    public Optional<PublicNotice> notice(Deregistration d) {
        return d.noticeId() == null ? Optional.empty() : notices.get().flatMap(n -> n.find(d.noticeId()));
    }

    /** The objections raised on a deregistration's notice, for staff holding the notice's permission. */
    public List<cn.gov.laoshan.district.api.notice.Objection> objections(Deregistration d) {
        access.check(Market.MANAGE, d.departmentCode());
        return d.noticeId() == null ? List.of()
                : notices.get().map(n -> n.objections(d.noticeId())).orElse(List.of());
    }

    /** The deregistration notices open now (公示中), for anyone who may object: departments, creditors, others. */
    public List<PublicNotice> openNotices() {
        access.check(Market.OBJECT);
        return notices.get().map(n -> n.current(Market.PLUGIN)).orElse(List.of()).stream()
                .filter(n -> TYPE.equals(n.recordType())).toList();
    }

    /** An objection to a deregistration notice, by the signed-in user (the notices service checks the period). */
    public cn.gov.laoshan.district.api.notice.Objection object(long noticeId, String text) {
        access.check(Market.OBJECT);
        PublicNotices publicNotices = notices.get().orElseThrow(() -> new RefusedException(null,
                "market.dereg.no-notices"));
        PublicNotice notice = publicNotices.find(noticeId).filter(n -> Market.PLUGIN.equals(n.plugin())
                && TYPE.equals(n.recordType())).orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        String why = LicenceService.required("text", text, 2000);
        return publicNotices.object(notice.id(), why);
    }

    /** The enterprise user's own latest deregistration, if any. */
    public Optional<Deregistration> latestOwn() {
        return list(null, 0, 1).stream().findFirst();
    }

    // the joint check

    /**
     * The running deregistrations the caller's department has not answered yet (staff of the human-resources or tax
     * department holding the check permission there), oldest first: the joint check's worklist.
     */
    public List<Deregistration> toCheck() {
        String department = checkDepartment();
        return jdbi.withHandle(h -> h.createQuery("select * from deregistration d where state = 'NOTICE' and not "
                + "exists (select 1 from deregistration_check c where c.deregistration_id = d.id and "
                + "c.department_code = :department) order by id").bind("department", department).map(ROW).list());
    }

    /** The joint-check department the caller answers for. */
    public String checkDepartment() {
        access.check(Market.CHECK);
        for (String department : CHECK_DEPARTMENTS) {
            if (access.scope(Market.CHECK).includes(department)) {
                return department;
            }
        }
        throw new cn.gov.laoshan.district.api.security.AccessDeniedException(Market.CHECK);
    }

    /** Records the caller's department's answer; an objection (a reason required) blocks at once. */
    public Deregistration answer(long id, boolean objection, String note) {
        return answerAs(checkDepartment(), id, objection, note);
    }

    /** {@link #answer} for a named department the caller holds the check permission in (the demo, as the system). */
    Deregistration answerAs(String department, long id, boolean objection, String note) {
        access.check(Market.CHECK, department);
        Deregistration d = jdbi.withHandle(h -> h.createQuery("select * from deregistration where id = :id")
                .bind("id", id).map(ROW).findOne()).orElseThrow(() -> new RefusedException(null,
                        "market.error.not-found"));
        if (d.state() != DeregistrationState.NOTICE) {
            throw new RefusedException(null, "market.dereg.not-running");
        }
        String why = objection ? LicenceService.required("note", note, 1000)
                : note == null || note.isBlank() ? null : LicenceService.required("note", note, 1000);
        String answer = objection ? JointCheck.OBJECTION : JointCheck.CLEAR;
        boolean stored = jdbi.inTransaction(h -> {
            boolean answered = h.createQuery("select count(*) from deregistration_check where deregistration_id = :id "
                    + "and department_code = :department").bind("id", id).bind("department", department)
                    .mapTo(Integer.class).one() > 0;
            if (answered) {
                return false;
            }
            insertCheck(h, id, department, answer, why);
            if (objection) {
                move(h, d, DeregistrationState.BLOCKED, "market.dereg.blocker.check-" + department);
            }
            return true;
        });
        if (!stored) {
            throw new RefusedException(null, "market.dereg.answered");
        }
        if (objection) {
            MACHINE.fire("check-objection", d.state(), d, why, access);
            return recorded(id, "check-objection", d.state(), DeregistrationState.BLOCKED, department + "：" + why,
                    "BLOCKED");
        }
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), "check-clear", d.state().name(), d.state().name(),
                department + (why == null ? "" : "：" + why));
        return d;
    }

    private void insertCheck(Handle h, long id, String department, String answer, String note) {
        h.createUpdate("insert into deregistration_check (deregistration_id, department_code, answer, note, "
                + "answered_by, answered_at) values (:id, :department, :answer, :note, :by, :at)").bind("id", id)
                .bind("department", department).bind("answer", answer).bindByType("note", note, String.class)
                .bind("by", licences.login()).bind("at", Timestamp.from(clock.instant())).execute();
    }

    // applying after the period

    /**
     * The enterprise applies after its notice (or its 10 days): refused before the period ended or after the last
     * day to apply; what blocks now (a condition, a notice objection, a department's objection) is recorded and the
     * record is blocked; with nothing in the way the registry marks the enterprise deregistered and its current
     * licences are cancelled.
     */
    public Deregistration apply(long id) {
        Deregistration d = own(id);
        LocalDate today = today();
        if (d.state() != DeregistrationState.NOTICE) {
            throw new RefusedException(null, "market.dereg.not-running");
        }
        // an enterprise's notice has ended when the platform closed it (its daily job, on the platform's clock)
        Optional<PublicNotice> notice = notice(d);
        boolean ended = notice.map(n -> n.state() != NoticeState.OPEN).orElse(today.isAfter(d.periodEnd()));
        if (!ended) {
            throw new RefusedException(null, "market.dereg.too-early", d.periodEnd());
        }
        if (d.applyBy() != null && today.isAfter(d.applyBy())) {
            throw new RefusedException(null, "market.dereg.too-late", d.applyBy());
        }
        Enterprise e = enterprise(d.uscc());
        List<String> found = new ArrayList<>(access.asSystem(() -> conditions(e)).stream().map(Blocker::key)
                .toList());
        if (d.noticeId() != null && notices.get().map(n -> access.asSystem(() -> n.objections(d.noticeId())))
                .map(o -> !o.isEmpty()).orElse(false)) {
            found.add("market.dereg.blocker.notice-objection");
        }
        if (notice.filter(n -> n.state() == NoticeState.WITHDRAWN).isPresent()) {
            found.add("market.dereg.blocker.notice-withdrawn");
        }
        List<JointCheck> answers = checksOf(id);
        answers.stream().filter(c -> JointCheck.OBJECTION.equals(c.answer()))
                .forEach(c -> found.add("market.dereg.blocker.check-" + c.departmentCode()));
        if (!found.isEmpty()) {
            MACHINE.fire("block", d.state(), d, null, access);
            jdbi.useTransaction(h -> move(h, d, DeregistrationState.BLOCKED, String.join(",", found)));
            return recorded(id, "block", d.state(), DeregistrationState.BLOCKED, String.join(",", found), "BLOCKED");
        }
        MACHINE.fire("complete", d.state(), d, null, access);
        // the registry's change is the platform's on the enterprise's application: its audit names the system
        Enterprise deregistered = new Enterprise(e.uscc(), e.name(), e.type(), e.legalRepresentative(),
                e.registeredCapital(), e.establishedOn(), e.address(), e.industryCode(), EnterpriseStatus.DEREGISTERED,
                e.creditGrade(), e.size());
        jdbi.useTransaction(h -> {
            for (String department : CHECK_DEPARTMENTS) {
                if (answers.stream().noneMatch(c -> c.departmentCode().equals(department))) {
                    insertCheck(h, id, department, JointCheck.SILENT, null);
                }
            }
            if (h.createUpdate("update deregistration set state = 'DONE', closed_on = :today where id = :id "
                    + "and state = 'NOTICE'").bind("id", id).bind("today", today).execute() != 1) {
                throw new RefusedException(null, "market.error.changed");
            }
        });
        access.asSystem(() -> {
            registry.update(deregistered);
            return null;
        });
        int cancelled = licences.cancelAll(d.uscc(), "简易注销 #" + id);
        return recorded(id, "complete", d.state(), DeregistrationState.DONE, "随之注销许可证照 " + cancelled + " 件",
                "DONE");
    }

    /**
     * Refiles a blocked deregistration once what blocked it is cleared: its notice (never withdrawn) and its period
     * stand; a department that objected answers again. Refused while a condition still holds, when its notice received
     * objections (file anew: a new notice), or after the last day to apply.
     */
    public Deregistration refile(long id) {
        Deregistration d = own(id);
        if (d.state() != DeregistrationState.BLOCKED) {
            throw new RefusedException(null, "market.dereg.not-blocked");
        }
        if (current(d.uscc()).isPresent()) {
            throw new RefusedException("uscc", "market.dereg.already");
        }
        Enterprise e = enterprise(d.uscc());
        List<Blocker> found = access.asSystem(() -> conditions(e));
        if (!found.isEmpty()) {
            throw new RefusedException(found.get(0).field(), found.get(0).key());
        }
        if (d.noticeId() != null && notices.get().map(n -> access.asSystem(() -> n.objections(d.noticeId())))
                .map(o -> !o.isEmpty()).orElse(false)) {
            throw new RefusedException(null, "market.dereg.refile-objected");
        }
        if (d.applyBy() != null && today().isAfter(d.applyBy())) {
            throw new RefusedException(null, "market.dereg.too-late", d.applyBy());
        }
        MACHINE.fire("refile", d.state(), d, null, access);
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from deregistration_check where deregistration_id = :id and answer = 'OBJECTION'")
                    .bind("id", id).execute();
            if (h.createUpdate("update deregistration set state = 'NOTICE', blockers = null where id = :id "
                    + "and state = 'BLOCKED'").bind("id", id).execute() != 1) {
                throw new RefusedException(null, "market.error.changed");
            }
        });
        return recorded(id, "refile", d.state(), DeregistrationState.NOTICE, d.blockers(), "REFILED");
    }

    /** Staff extend the days to apply after an enterprise's notice from 20 to 30 (宽展期), with a reason. */
    public Deregistration extend(long id, String reason) {
        access.check(Market.MANAGE);
        Deregistration d = find(id).orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        access.check(Market.MANAGE, d.departmentCode());
        String why = LicenceService.required("reason", reason, 500);
        if (d.state() != DeregistrationState.NOTICE || d.individual()) {
            throw new RefusedException(null, "market.dereg.not-running");
        }
        if (d.extended()) {
            throw new RefusedException(null, "market.dereg.extended-already");
        }
        LocalDate until = DeregistrationRules.applyBy(d.periodEnd(), true, calendar);
        if (today().isAfter(until)) {
            throw new RefusedException(null, "market.dereg.too-late", until);
        }
        MACHINE.fire("extend", d.state(), d, why, access);
        jdbi.useHandle(h -> h.createUpdate("update deregistration set apply_by = :until, extended = 1 where id = :id")
                .bind("id", id).bind("until", until).execute());
        return recorded(id, "extend", d.state(), d.state(), why + "（" + until + "）", "EXTENDED");
    }

    /**
     * The daily step (as the system): enterprises' deregistrations not applied for by the last day they could have
     * been (30 days after the notice: until then staff may still extend) lapse. Returns how many.
     */
    public int lapse() {
        LocalDate today = today();
        List<Deregistration> running = jdbi.withHandle(h -> h.createQuery("select * from deregistration where "
                + "state = 'NOTICE' and kind = 'ENTERPRISE' and period_end < :today").bind("today", today)
                .map(ROW).list());
        int lapsed = 0;
        for (Deregistration d : running) {
            if (today.isAfter(DeregistrationRules.applyBy(d.periodEnd(), true, calendar))
                    || (d.extended() && today.isAfter(d.applyBy()))) {
                MACHINE.fire("lapse", d.state(), d, null, access);
                boolean moved = jdbi.withHandle(h -> h.createUpdate("update deregistration set state = 'LAPSED', "
                        + "closed_on = :today where id = :id and state = 'NOTICE'").bind("id", d.id())
                        .bind("today", today).execute() == 1);
                if (moved) {
                    recorded(d.id(), "lapse", d.state(), DeregistrationState.LAPSED, null, "LAPSED");
                    lapsed++;
                }
            }
        }
        return lapsed;
    }

    // the restrictions list staff keep

    /**
     * Records a restriction on an enterprise (staff of the bureau, audited on the enterprise's restriction timeline); a
     * running deregistration of it is blocked at once (its notice runs on).
     */
    public RestrictionEntry restrict(String uscc, Restriction kind, String note) {
        access.check(Market.MANAGE, Market.DEPARTMENT);
        Enterprise e = enterprise(uscc);
        if (kind == null) {
            throw new RefusedException("kind", cn.gov.laoshan.district.api.validation.DateBounds.REQUIRED_KEY);
        }
        String text = LicenceService.required("note", note, 500);
        LocalDate today = today();
        String code = e.uscc().toString();
        long id = jdbi.withHandle(h -> h.createUpdate("insert into restriction (uscc, kind, note, recorded_on, "
                + "department_code, recorded_by, recorded_at) values (:uscc, :kind, :note, :today, :department, :by, "
                + ":at)").bind("uscc", code).bind("kind", kind.name()).bind("note", text).bind("today", today)
                .bind("department", Market.DEPARTMENT).bind("by", licences.login())
                .bind("at", Timestamp.from(clock.instant())).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
        timeline.record(Market.PLUGIN, "Restriction", String.valueOf(id), "restrict", null, kind.name(),
                code + " " + text);
        current(code).ifPresent(d -> {
            MACHINE.fire("restricted", d.state(), d, null, access);
            jdbi.useTransaction(h -> move(h, d, DeregistrationState.BLOCKED, "market.restriction." + kind.name()));
            recorded(d.id(), "restricted", d.state(), DeregistrationState.BLOCKED, "market.restriction." + kind.name(),
                    "BLOCKED");
        });
        return restrictions(code).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Lifts a restriction (the case closed, the fine paid, the equity released), with a note. */
    public RestrictionEntry lift(long id, String note) {
        access.check(Market.MANAGE, Market.DEPARTMENT);
        String text = LicenceService.required("note", note, 500);
        LocalDate today = today();
        boolean lifted = jdbi.withHandle(h -> h.createUpdate("update restriction set lifted_on = :today where id = :id "
                + "and lifted_on is null").bind("id", id).bind("today", today).execute() == 1);
        if (!lifted) {
            throw new RefusedException(null, "market.error.not-current");
        }
        RestrictionEntry entry = jdbi.withHandle(h -> h.createQuery("select * from restriction where id = :id")
                .bind("id", id).map(RESTRICTION).one());
        timeline.record(Market.PLUGIN, "Restriction", String.valueOf(id), "lift", entry.kind().name(), "LIFTED", text);
        return entry;
    }

    private static final RowMapper<RestrictionEntry> RESTRICTION = (rs, ctx) -> new RestrictionEntry(rs.getLong("id"),
            rs.getString("uscc"), Restriction.valueOf(rs.getString("kind")), rs.getString("note"),
            LicenceRepository.day(rs, "recorded_on"), LicenceRepository.day(rs, "lifted_on"),
            rs.getString("department_code"), rs.getString("recorded_by"));

    /** The restrictions list (of one enterprise when {@code uscc} is given), current first, for market staff. */
    public List<RestrictionEntry> restrictions(String uscc) {
        access.check(Market.MANAGE);
        return jdbi.withHandle(h -> {
            var query = h.createQuery("select * from restriction" + (uscc == null ? "" : " where uscc = :uscc")
                    + " order by case when lifted_on is null then 0 else 1 end, id desc fetch first 500 rows only");
            // bound only when the query names it: JDBI refuses a parameter the statement does not declare, and the
            // whole list (the screen 注销限制名单, uscc null) failed to open
            if (uscc != null) {
                query.bind("uscc", uscc);
            }
            return query.map(RESTRICTION).list();
        });
    }

    // steps

    private Deregistration own(long id) {
        Deregistration d = find(id).orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        access.checkEnterprise(Market.FILE, d.uscc());
        return d;
    }

    private static void move(Handle h, Deregistration d, DeregistrationState to, String blockers) {
        if (h.createUpdate("update deregistration set state = :to, blockers = :blockers where id = :id "
                + "and state = :from").bind("id", d.id()).bind("from", d.state().name()).bind("to", to.name())
                .bind("blockers", blockers).execute() != 1) {
            throw new RefusedException(null, "market.error.changed");
        }
    }

    private Deregistration recorded(long id, String action, DeregistrationState from, DeregistrationState to,
            String note, String event) {
        timeline.record(Market.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(), to.name(),
                note);
        Deregistration d = jdbi.withHandle(h -> h.createQuery("select * from deregistration where id = :id")
                .bind("id", id).map(ROW).one());
        events.post(event, String.valueOf(id), d.departmentCode(), Map.of("uscc", d.uscc(), "kind", d.kind(),
                "state", d.state().name()));
        return d;
    }
}
