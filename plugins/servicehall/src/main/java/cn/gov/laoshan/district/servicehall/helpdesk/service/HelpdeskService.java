package cn.gov.laoshan.district.servicehall.helpdesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.PhoneNumbers;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.ConsentForm;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpResult;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRouting;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelperGroup;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/**
 * 帮办代办 / 入户办: a request taken by phone, at a window or online, routed by its address to a street's or a
 * community's helpers, taken on by one of them, visited, the person's consent recorded, submitted on their behalf
 * (never before the consent is on record), and followed to the item's result. Every change goes through the state
 * machine, is kept in the timeline (who, when, from, to, note; also the audit log) and posted as
 * {@code district/servicehall/helpdesk/<STATE>}. ID numbers and mobiles are masked in notes, events and exports.
 */
public class HelpdeskService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_DAYS_AHEAD = 60;

    private final HelpdeskRepository repository;
    private final CatalogueService catalogue;
    private final AccessControl access;
    private final AuditLog audit;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Clock clock;

    public HelpdeskService(HelpdeskRepository repository, CatalogueService catalogue, AccessControl access,
            AuditLog audit, Timeline timeline, RecordEvents events, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.access = access;
        this.audit = audit;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    // intake

    /** Takes a request by phone or at a window (staff, TAKE): checked, routed by its address, stored. */
    public HelpRequest take(HelpRequest.Intake intake) {
        access.check(HelpdeskWorkflow.TAKE, ServiceHallRoles.DEPARTMENT);
        if (intake.channel() == HelpChannel.ONLINE) {
            throw new RefusedException("channel", "servicehall.helpdesk.error.channel");
        }
        return store(intake);
    }

    /** Takes a request the resident made online (the public page, after their mobile was proved). */
    public HelpRequest takeOnline(HelpRequest.Intake intake) {
        if (intake.channel() != HelpChannel.ONLINE) {
            throw new RefusedException("channel", "servicehall.helpdesk.error.channel");
        }
        return access.asSystem(() -> store(intake));
    }

    /** Checks a request without storing anything: the online form checks it before using up the mobile's code. */
    public void validate(HelpRequest.Intake intake) {
        checked(intake);
    }

    private HelpRequest store(HelpRequest.Intake in) {
        HelpRequest.Intake checked = checked(in);
        HelpRouting.Routed routed = HelpRouting.route(checked.address(), repository.routes());
        String group = routed.route().map(HelpRouting.Route::groupCode).orElse(DISTRICT_GROUP);
        Instant now = clock.instant();
        long id = repository.insert(checked, routed.street(), routed.community(), group, ServiceHallRoles.DEPARTMENT,
                login(), now);
        HelpRequest stored = repository.find(RecordScope.ALL, id).orElseThrow();
        String note = stored.groupName() + (routed.route().isEmpty() ? "（地址未匹配街道或社区，由区中心核实）" : "");
        timeline.record(ServiceHallRoles.PLUGIN, HelpdeskWorkflow.TYPE, stored.number(), "take", null,
                HelpState.ROUTED.name(), note);
        post(stored);
        return stored;
    }

    /** The district centre's group: addresses naming no known street or community. */
    public static final String DISTRICT_GROUP = "BB-ZX";

    private HelpRequest.Intake checked(HelpRequest.Intake in) {
        if (in.channel() == null) {
            throw new RefusedException("channel", "servicehall.helpdesk.error.required");
        }
        if (in.mode() == null) {
            throw new RefusedException("mode", "servicehall.helpdesk.error.required");
        }
        String callerName = required("callerName", in.callerName(), 50);
        String mobile = in.callerMobile() == null ? "" : in.callerMobile().strip();
        if (!PhoneNumbers.valid(mobile)) {
            throw new RefusedException("callerMobile", "servicehall.helpdesk.error.phone");
        }
        String personName = in.personName() == null || in.personName().isBlank() ? callerName
                : required("personName", in.personName(), 50);
        String id = IdNumber.normalize(in.personIdNumber());
        if (!IdNumber.valid(id, today())) {
            throw new RefusedException("personIdNumber", "servicehall.error.id-number");
        }
        String relation = in.relation() == null || in.relation().isBlank() ? null : in.relation().strip();
        if (relation != null && relation.length() > 20) {
            throw new RefusedException("relation", "servicehall.helpdesk.error.too-long", 20);
        }
        if (in.need() == null) {
            throw new RefusedException("need", "servicehall.helpdesk.error.required");
        }
        // the catalogue is public information (the online side reads it without an account)
        String code = in.itemCode() == null ? "" : in.itemCode().strip();
        ServiceItem item = catalogue.offeredItems().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElse(null);
        if (item == null) {
            throw new RefusedException("itemCode", "servicehall.helpdesk.error.item");
        }
        String address = required("address", in.address(), 200);
        if (HelpRouting.route(address, List.of()).street() == null && address.length() < 6) {
            throw new RefusedException("address", "servicehall.helpdesk.error.address");
        }
        LocalDate today = today();
        if (in.preferredOn() == null || in.preferredOn().isBefore(today)
                || in.preferredOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RefusedException("preferredOn", "servicehall.helpdesk.error.day", MAX_DAYS_AHEAD);
        }
        String period = in.preferredPeriod() == null ? "" : in.preferredPeriod();
        if (!period.equals("MORNING") && !period.equals("AFTERNOON")) {
            throw new RefusedException("preferredPeriod", "servicehall.helpdesk.error.required");
        }
        return new HelpRequest.Intake(in.channel(), in.mode(), callerName, PhoneNumbers.normalize(mobile),
                personName, id, relation, in.need(), item.code(), address, in.preferredOn(), period);
    }

    // reading

    /** Requests in the reader's scope, newest first; {@code state} and {@code group} optional. */
    public List<HelpRequest> list(HelpState state, String group, int offset, int limit) {
        access.check(HelpdeskWorkflow.READ);
        return repository.list(scope(), helper(), state, group, offset, limit);
    }

    /** The requests waiting in the groups the current helper belongs to (their work list), and their own. */
    public List<String> myGroups() {
        access.check(HelpdeskWorkflow.READ);
        return repository.groupsOf(login());
    }

    public Optional<HelpRequest> find(long id) {
        access.check(HelpdeskWorkflow.READ);
        return repository.find(scope(), helper(), id);
    }

    public Optional<HelpRequest> findByNumber(String number) {
        access.check(HelpdeskWorkflow.READ);
        return repository.findByNumber(scope(), helper(), number);
    }

    public List<HelperGroup> groups() {
        access.check(HelpdeskWorkflow.READ);
        return repository.groups();
    }

    public List<String> members(String groupCode) {
        access.check(HelpdeskWorkflow.READ);
        return repository.members(groupCode);
    }

    public List<HelpRouting.Route> routes() {
        access.check(HelpdeskWorkflow.READ);
        return repository.routes();
    }

    /** The actions the current user may take on {@code request} now (for buttons). */
    public List<String> actions(HelpRequest request) {
        return HelpdeskWorkflow.MACHINE.available(request.state(), request, access).stream()
                .map(t -> t.action()).filter(a -> !a.equals("assign") || mayAssign(request)).toList();
    }

    private RecordScope scope() {
        return RecordScope.of(access, HelpdeskWorkflow.READ);
    }

    /**
     * The helper whose own requests only the reader sees, or {@code null} for the centre. 帮办代办 is a
     * district/street/community three-level system: a request is routed by its address to a street's or a
     * community's helpers, and the people it names are elderly or disabled, their ID numbers and mobiles personal
     * data a helper needs only for the requests they serve. So the groups are a scope, in the SQL, not a filter:
     * without {@link HelpdeskWorkflow#MANAGE} (the centre's coordinators, who reroute and assign across groups) a
     * reader sees the requests routed to the helper groups they belong to, and those they took or were given.
     */
    private String helper() {
        return access.has(HelpdeskWorkflow.MANAGE) || access.currentUser().isEmpty() ? null : login();
    }

    // the routing table and the groups (the centre)

    /** Sets where a street's (community empty) or a community's requests go; audited with before and after. */
    public void setRoute(String street, String community, String groupCode) {
        access.check(HelpdeskWorkflow.MANAGE, ServiceHallRoles.DEPARTMENT);
        String s = required("street", street, 40);
        if (!s.endsWith("街道") && !s.endsWith("镇")) {
            throw new RefusedException("street", "servicehall.helpdesk.error.street");
        }
        String c = community == null ? "" : community.strip();
        if (!c.isEmpty() && (!c.endsWith("社区") || c.length() > 40)) {
            throw new RefusedException("community", "servicehall.helpdesk.error.community");
        }
        repository.group(groupCode).orElseThrow(() -> new RefusedException("group", "servicehall.helpdesk.error.required"));
        Optional<String> before = repository.putRoute(s, c, groupCode);
        audit.record(ServiceHallRoles.PLUGIN, "helpdesk.route", "HelperRoute", s + "/" + c,
                before.map(g -> s + "/" + c + " → " + g).orElse(null), s + "/" + c + " → " + groupCode);
    }

    /** Adds a helper to a group (the centre); audited. */
    public void addHelper(String groupCode, String login) {
        access.check(HelpdeskWorkflow.MANAGE, ServiceHallRoles.DEPARTMENT);
        repository.group(groupCode).orElseThrow(() -> new RefusedException("group", "servicehall.helpdesk.error.required"));
        String l = required("login", login, 40);
        if (repository.addMember(groupCode, l)) {
            audit.record(ServiceHallRoles.PLUGIN, "helpdesk.helper.add", "HelperGroup", groupCode, null, l);
        }
    }

    // the request's steps

    /** Sends the request to another group, with the reason (the centre, while nobody has it). */
    public HelpRequest reroute(long id, String groupCode, String reason) {
        HelpRequest r = open(id);
        HelperGroup to = repository.group(groupCode).orElseThrow(
                () -> new RefusedException("group", "servicehall.helpdesk.error.required"));
        fire("reroute", r, reason);
        change(r, HelpState.ROUTED, Map.of("group_code", to.code()), "reroute",
                r.groupName() + " → " + to.name() + "：" + reason.strip());
        return reload(r);
    }

    /**
     * Gives the request to {@code helper}, a member of its group: a helper takes it on themselves, the centre
     * (MANAGE) gives it to any member. Refused for someone outside the group (reroute first).
     */
    public HelpRequest assign(long id, String helper) {
        HelpRequest r = open(id);
        fire("assign", r, null);
        String who = helper == null || helper.isBlank() ? login() : helper.strip();
        if (!repository.members(r.groupCode()).contains(who)) {
            throw new RefusedException("helper", "servicehall.helpdesk.error.not-member", r.groupName());
        }
        if (!who.equals(login()) && !access.has(HelpdeskWorkflow.MANAGE)) {
            throw new AccessDeniedException(HelpdeskWorkflow.MANAGE);
        }
        change(r, HelpState.ASSIGNED, Map.of("assignee", who), "assign", who);
        return reload(r);
    }

    private boolean mayAssign(HelpRequest r) {
        return access.has(HelpdeskWorkflow.MANAGE) || repository.members(r.groupCode()).contains(login());
    }

    /** The helper visited (or met the person at the hall) and lists the materials collected. */
    public HelpRequest visit(long id, String materials) {
        HelpRequest r = handled(id);
        fire("visit", r, null);
        String m = required("materials", materials, 1000);
        change(r, HelpState.VISITED, Map.of("visited_at", clock.instant(), "materials", m), "visit", m);
        return reload(r);
    }

    /**
     * Records the person's consent to submitting on their behalf: who gave it (the person, or their guardian — named),
     * how, and when (now, by the helper recording it). Kept on the request and in the timeline.
     */
    public HelpRequest recordConsent(long id, String givenBy, ConsentForm how) {
        HelpRequest r = handled(id);
        fire("consent", r, null);
        String by = required("consentBy", givenBy, 50);
        if (how == null) {
            throw new RefusedException("consentHow", "servicehall.helpdesk.error.required");
        }
        Instant now = clock.instant();
        change(r, HelpState.VISITED, Map.of("consent_by", by, "consent_how", how.name(), "consent_at", now,
                "consent_recorded_by", login()), "consent", by + " / " + how.name());
        return reload(r);
    }

    /**
     * Submits the item on the person's behalf with the application number the department's system gave: refused
     * unless their consent is on record (the state machine's guard), and nothing changes then.
     */
    public HelpRequest submit(long id, String submissionRef) {
        HelpRequest r = handled(id);
        fire("submit", r, null);
        String ref = required("submissionRef", submissionRef, 60);
        change(r, HelpState.SUBMITTED, Map.of("submitted_at", clock.instant(), "submission_ref", ref), "submit",
                ref);
        return reload(r);
    }

    /** The item's result: granted, or refused with the department's reason. */
    public HelpRequest complete(long id, HelpResult result, String note) {
        HelpRequest r = handled(id);
        fire("complete", r, null);
        if (result == null) {
            throw new RefusedException("result", "servicehall.helpdesk.error.required");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (result == HelpResult.REFUSED && n == null) {
            throw new RefusedException("resultNote", "servicehall.helpdesk.error.reason");
        }
        if (n != null && n.length() > 500) {
            throw new RefusedException("resultNote", "servicehall.helpdesk.error.too-long", 500);
        }
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("result", result.name());
        columns.put("completed_at", clock.instant());
        if (n != null) {
            columns.put("result_note", n);
        }
        change(r, HelpState.COMPLETED, columns, "complete", result.name() + (n == null ? "" : "：" + n));
        return reload(r);
    }

    /** Closes the request with the reason (the caller withdrew, the person moved away...). */
    public HelpRequest cancel(long id, String reason) {
        HelpRequest r = open(id);
        fire("cancel", r, reason);
        change(r, HelpState.CANCELLED, Map.of(), "cancel", reason.strip());
        return reload(r);
    }

    private HelpRequest open(long id) {
        access.check(HelpdeskWorkflow.READ);
        return repository.find(scope(), helper(), id).orElseThrow(
                () -> new RefusedException(null, "servicehall.helpdesk.error.not-found"));
    }

    /** A step of the helper who has it (or the centre's). */
    private HelpRequest handled(long id) {
        HelpRequest r = open(id);
        if (r.assignee() != null && !r.assignee().equals(login()) && !access.has(HelpdeskWorkflow.MANAGE)) {
            throw new AccessDeniedException(HelpdeskWorkflow.HANDLE);
        }
        return r;
    }

    private void fire(String action, HelpRequest r, String reason) {
        HelpdeskWorkflow.MACHINE.fire(action, r.state(), r, reason, access);
        access.check(HelpdeskWorkflow.MACHINE.transitions().stream().filter(t -> t.action().equals(action))
                .findFirst().orElseThrow().permission(), r.departmentCode());
    }

    private void change(HelpRequest r, HelpState to, Map<String, Object> columns, String action, String note) {
        if (!repository.move(r.id(), r.state(), to, columns)) {
            throw new RefusedException(null, "servicehall.helpdesk.error.changed");
        }
        timeline.record(ServiceHallRoles.PLUGIN, HelpdeskWorkflow.TYPE, r.number(), action, r.state().name(),
                to.name(), note);
        post(repository.find(RecordScope.ALL, r.id()).orElseThrow());
    }

    private HelpRequest reload(HelpRequest r) {
        return repository.find(RecordScope.ALL, r.id()).orElseThrow();
    }

    private void post(HelpRequest r) {
        events.post(r.state().name(), r.number(), r.departmentCode(), Map.of("group", r.groupCode(), "level",
                r.level().name(), "item", r.itemCode(), "mode", r.mode().name(), "need", r.need().name()));
    }

    // figures and export

    /** Requests of a period per level and per street, and how many are done, for the figures screen and widget. */
    public record Figures(Map<HallLevel, Integer> perLevel, Map<String, Integer> perStreet,
            Map<HelpState, Integer> perState, int total, int completed) {
    }

    /** The figures of requests made in [{@code from}, {@code to}] (days, both included). */
    public Figures figures(LocalDate from, LocalDate to) {
        access.check(HelpdeskWorkflow.READ);
        Map<HallLevel, Integer> levels = new LinkedHashMap<>();
        for (HallLevel l : HallLevel.values()) {
            levels.put(l, 0);
        }
        Map<String, Integer> streets = new TreeMap<>();
        Map<HelpState, Integer> states = new LinkedHashMap<>();
        for (HelpState s : HelpState.values()) {
            states.put(s, 0);
        }
        int total = 0;
        for (Map<String, Object> row : repository.counts(scope(), helper(), from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant())) {
            int n = ((Number) row.get("n")).intValue();
            total += n;
            levels.merge(HallLevel.valueOf((String) row.get("group_level")), n, Integer::sum);
            String street = (String) row.get("street");
            streets.merge(street == null || street.isEmpty() ? "—" : street, n, Integer::sum);
            states.merge(HelpState.valueOf((String) row.get("state")), n, Integer::sum);
        }
        return new Figures(levels, streets, states, total, states.get(HelpState.COMPLETED));
    }

    /** The requests in the reader's scope as an .xlsx sheet (ID numbers and mobiles masked, as on the screen). */
    public void exportXlsx(OutputStream out, Locale locale) throws IOException {
        List<HelpRequest> all = list(null, null, 0, 10_000);
        try (XlsxSheet sheet = XlsxSheet.open(out, "帮办代办", List.of("编号", "状态", "渠道", "方式", "来电人", "联系电话",
                "服务对象", "身份证号码", "关系", "类别", "事项编码", "事项名称", "地址", "街道", "社区", "帮办组", "层级",
                "期望日期", "时段", "帮办员", "走访时间", "授权人", "授权方式", "授权时间", "申报编号", "结果", "登记时间"))) {
            for (HelpRequest r : all) {
                sheet.row(r.number(), text(locale, "state." + r.state()), text(locale, "channel." + r.channel()),
                        text(locale, "mode." + r.mode()), r.callerName(), maskedMobile(r.callerMobile()),
                        r.personName(), IdNumber.masked(r.personIdNumber()), r.relation() == null ? "" : r.relation(),
                        text(locale, "need." + r.need()), r.itemCode(), r.itemName(), r.address(),
                        nz(r.street()), nz(r.community()), r.groupName(), text(locale, "level." + r.level()),
                        r.preferredOn().toString(), text(locale, "period." + r.preferredPeriod()), nz(r.assignee()),
                        time(r.visitedAt()), nz(r.consentBy()),
                        r.consentHow() == null ? "" : text(locale, "consent." + r.consentHow()), time(r.consentAt()),
                        nz(r.submissionRef()), r.result() == null ? "" : text(locale, "result." + r.result()),
                        time(r.createdAt()));
            }
        }
    }

    /** {@code 138****5678}. */
    public static String maskedMobile(String mobile) {
        return mobile == null || mobile.length() < 7 ? "****" : mobile.substring(0, 3) + "****"
                + mobile.substring(mobile.length() - 4);
    }

    private static String text(Locale locale, String key) {
        return HelpdeskMessages.text(locale, "servicehall.helpdesk." + key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant t) {
        return t == null ? "" : t.atZone(ZONE).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    /** Today in the district, on the platform's clock (the demo and the screens take it from here). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, "servicehall.helpdesk.error.required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new RefusedException(field, "servicehall.helpdesk.error.too-long", max);
        }
        return v;
    }
}
