package cn.gov.laoshan.district.servicehall.experience.service;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.TextMessages;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceFigures;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceMode;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceTask;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingDeadlines;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.experience.domain.Officer;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerCategory;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerState;
import cn.gov.laoshan.district.servicehall.experience.domain.OpenDay;
import cn.gov.laoshan.district.servicehall.experience.domain.Question;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskState;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskSubject;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/**
 * 政务体验官: recruitment with a one-year term, tasks with a questionnaire, findings in the 收集—分析—响应—反馈 chain
 * and open days. Deny by default: the centre ({@link ExperienceRoles#MANAGE}, checked in its department) keeps it
 * all; an officer ({@link ExperienceRoles#TASK}, an individual user) sees and answers only their own tasks and
 * findings — the scope is SQL ({@link RecordScope}), a task of another officer is "unknown" to them; a responsible
 * unit ({@link ExperienceRoles#FIX}) records the fix of its own department's findings. Every change is audited; the
 * officer is notified of a new task and of the answer to each finding.
 */
public class ExperienceService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SOURCE = ServiceHallRoles.PLUGIN;
    private static final String TASKS_ROUTE = "servicehall/experience-tasks";
    private static final String LEDGER_ROUTE = "servicehall/experience-findings";

    /** The finding chain: who may take which step from where; each step's note is required. */
    public static final StateMachine<FindingState, Finding> CHAIN = StateMachine
            .<FindingState, Finding>of(FindingState.class, "ExperienceFinding")
            .messages("servicehall.experience")
            .transition("verify", FindingState.REPORTED, FindingState.VERIFIED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .transition("dismiss", EnumSet.of(FindingState.REPORTED, FindingState.VERIFIED), FindingState.DISMISSED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .transition("assign", FindingState.VERIFIED, FindingState.ASSIGNED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .transition("fix", FindingState.ASSIGNED, FindingState.FIXED)
                    .permission(ExperienceRoles.FIX).reasonRequired().add()
            .transition("recheck", FindingState.FIXED, FindingState.RECHECKED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .transition("reopen", FindingState.FIXED, FindingState.ASSIGNED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .transition("report", FindingState.RECHECKED, FindingState.CLOSED)
                    .permission(ExperienceRoles.MANAGE).reasonRequired().add()
            .build();

    private static final Map<String, String> NOTE_COLUMNS = Map.of("verify", "verify_note", "dismiss", "report_note",
            "assign", "verify_note", "fix", "fix_note", "recheck", "recheck_note", "reopen", "recheck_note",
            "report", "report_note");

    private final ExperienceRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final FindingDeadlines deadlines;
    private final Supplier<Optional<Notifications>> notifications;
    private final Clock clock;
    private final Supplier<Optional<IndividualAccounts>> accounts;
    private final TextMessages texts;

    /** Without online applications (no accounts to make, no texts): the demo's and the tests' service. */
    public ExperienceService(ExperienceRepository repository, AccessControl access, AuditLog audit,
            FindingDeadlines deadlines, Supplier<Optional<Notifications>> notifications, Clock clock) {
        this(repository, access, audit, deadlines, notifications, Optional::empty, null, clock);
    }

    /**
     * @param accounts the platform's {@link IndividualAccounts}: an online application's approval makes the person's
     *                 account with it
     * @param texts    the texts to a mobile (the first password of an account made at an approval)
     */
    public ExperienceService(ExperienceRepository repository, AccessControl access, AuditLog audit,
            FindingDeadlines deadlines, Supplier<Optional<Notifications>> notifications,
            Supplier<Optional<IndividualAccounts>> accounts, TextMessages texts, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
    }

    /** Today in the district, on the platform's clock (the screens take it from here). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private String me() {
        return access.currentUser().map(CurrentUser::login).orElseThrow(() -> new AccessDeniedException(ExperienceRoles.TASK));
    }

    private void manage() {
        access.check(ExperienceRoles.MANAGE, ServiceHallRoles.DEPARTMENT);
    }

    // recruitment

    /** Records an application (taken by the centre from the person, whose individual account it names). */
    public void apply(String login, String name, OfficerCategory category, String mobile, String motivation) {
        manage();
        Officer officer = checked(login, name, category, mobile, motivation);
        if (!repository.insertOfficer(officer, clock.instant())) {
            throw new RefusedException("login", "servicehall.experience.error.applied");
        }
        audit.record(SOURCE, "experience.officer.apply", "ExperienceOfficer", login, null, category.name());
    }

    /**
     * A person applies online (the public page, their mobile proved with a one-time code before this is called),
     * naming the login they want; the mobile is required. The application waits for the centre like one it
     * records; its approval makes the person's individual account ({@link #approve}). No account is needed to
     * apply: stored as the system, audited.
     */
    public void applyOnline(String login, String name, OfficerCategory category, String mobile, String motivation) {
        Officer officer = checkedOnline(login, name, category, mobile, motivation);
        access.asSystem(() -> {
            if (!repository.insertOfficer(officer, clock.instant())) {
                // a login asked for already: the same refusal as a login taken at the approval
                throw new RefusedException("login", "servicehall.experience.error.login-taken");
            }
            repository.markOnline(officer.login());
            audit.record(SOURCE, "experience.officer.apply-online", "ExperienceOfficer", officer.login(), null,
                    category.name());
            return null;
        });
    }

    /** Checks an online application without storing anything: the page checks it before using up the code. */
    public void validateOnline(String login, String name, OfficerCategory category, String mobile, String motivation) {
        checkedOnline(login, name, category, mobile, motivation);
    }

    private Officer checkedOnline(String login, String name, OfficerCategory category, String mobile,
            String motivation) {
        if (mobile == null || mobile.isBlank()) {
            throw new RefusedException("mobile", "servicehall.experience.error.mobile");
        }
        if (motivation != null && motivation.strip().length() > 1000) {
            throw new RefusedException("motivation", "servicehall.experience.error.motivation");
        }
        return checked(login == null ? null : login.strip(), name, category, mobile, motivation);
    }

    private Officer checked(String login, String name, OfficerCategory category, String mobile, String motivation) {
        if (login == null || !login.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw new RefusedException("login", "servicehall.experience.error.login");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RefusedException("name", "servicehall.experience.error.name");
        }
        if (category == null) {
            throw new RefusedException("category", "servicehall.experience.error.category");
        }
        if (mobile != null && !mobile.isBlank() && !mobile.strip().matches("1[3-9][0-9]{9}")) {
            throw new RefusedException("mobile", "servicehall.experience.error.mobile");
        }
        return new Officer(login, name.strip(), category, blank(mobile), blank(motivation), OfficerState.APPLIED,
                null, null);
    }

    /**
     * Approves an application: a term of one year from today. An application made online gets the person's
     * individual account first (identity's {@link IndividualAccounts}, the caller holding its permission; the
     * officers' individual roles), its first password texted to the mobile they proved — changed at the first
     * sign-in; a login taken meanwhile is refused with nothing changed (the centre rejects it, or the person applies
     * again with another).
     */
    public Officer approve(String login, String note) {
        manage();
        LocalDate start = today();
        LocalDate end = Officer.termEnd(start);
        Officer applied = repository.officer(login).filter(o -> o.state() == OfficerState.APPLIED)
                .orElseThrow(() -> new RefusedException(null, "servicehall.experience.error.not-applied"));
        String password = null;
        if (repository.online(login)) {
            IndividualAccounts platform = accounts.get().orElseThrow(() -> new RefusedException(null,
                    "servicehall.experience.error.no-accounts"));
            // the account first: a login taken is refused before anything of the application changes
            password = platform.create(login, applied.displayName(), applied.mobile(), ExperienceRoles.TASK);
        }
        if (!repository.decide(login, OfficerState.ACTIVE, me(), clock.instant(), blank(note), start, end)) {
            throw new RefusedException(null, "servicehall.experience.error.not-applied");
        }
        if (password != null) {
            // the first password goes to the mobile the person proved when applying, never to a screen
            texts.send(applied.mobile(), "【崂山区政务服务】" + applied.displayName() + "，您已成为崂山区政务体验官。账号 "
                    + login + "，初始密码 " + password + "，首次登录须修改密码。");
        }
        audit.record(SOURCE, "experience.officer.approve", "ExperienceOfficer", login, OfficerState.APPLIED.name(),
                OfficerState.ACTIVE + " " + start + ".." + end);
        notify(login, "您已成为崂山区政务体验官", "任期 " + start + " 至 " + end + "。", TASKS_ROUTE);
        return repository.officer(login).orElseThrow();
    }

    public void reject(String login, String note) {
        manage();
        if (note == null || note.isBlank()) {
            throw new RefusedException("note", "servicehall.experience.error.note");
        }
        if (!repository.decide(login, OfficerState.REJECTED, me(), clock.instant(), note.strip(), null, null)) {
            throw new RefusedException(null, "servicehall.experience.error.not-applied");
        }
        audit.record(SOURCE, "experience.officer.reject", "ExperienceOfficer", login, OfficerState.APPLIED.name(),
                OfficerState.REJECTED.name());
    }

    public List<Officer> officers() {
        manage();
        return repository.officers();
    }

    /** The daily job: terms that ended yesterday or before are marked expired (as the system). */
    public void expireTerms() {
        for (String login : access.asSystem(() -> repository.expire(today()))) {
            audit.record(SOURCE, "experience.officer.expire", "ExperienceOfficer", login, OfficerState.ACTIVE.name(),
                    OfficerState.EXPIRED.name());
        }
    }

    // tasks

    /** Gives a serving officer a task: try {@code subject} in {@code mode} and answer {@code template}'s questions. */
    public ExperienceTask assign(String officerLogin, TaskSubject kind, String subject, ExperienceMode mode,
            String template, LocalDate dueOn) {
        manage();
        Officer officer = repository.officer(officerLogin)
                .orElseThrow(() -> new RefusedException("officer", "servicehall.experience.error.officer-unknown"));
        if (!officer.serving(today())) {
            throw new RefusedException("officer", "servicehall.experience.error.officer-not-serving");
        }
        if (kind == null || mode == null) {
            throw new RefusedException(kind == null ? "subjectKind" : "mode", "servicehall.experience.error.task-kind");
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new RefusedException("subject", "servicehall.experience.error.subject");
        }
        if (template == null || !repository.templateExists(template)) {
            throw new RefusedException("template", "servicehall.experience.error.template");
        }
        if (dueOn == null || dueOn.isBefore(today())) {
            throw new RefusedException("dueOn", "servicehall.experience.error.due");
        }
        long id = repository.insertTask(officerLogin, kind, subject.strip(), mode, template, ServiceHallRoles.DEPARTMENT,
                me(), clock.instant(), dueOn);
        audit.record(SOURCE, "experience.task.assign", "ExperienceTask", String.valueOf(id), null,
                officerLogin + " " + kind + " " + subject.strip() + " " + mode);
        notify(officerLogin, "新的体验任务：" + subject.strip(), "请于 " + dueOn + " 前完成体验并填写问卷。",
                TASKS_ROUTE);
        return repository.task(id, RecordScope.Condition.NONE).orElseThrow();
    }

    /** The tasks the caller may see: the centre's, or an officer's own. */
    public List<ExperienceTask> tasks() {
        return repository.tasks(readScope(RecordScopeColumns.TASKS));
    }

    public Optional<ExperienceTask> task(long id) {
        return repository.task(id, readScope(RecordScopeColumns.TASKS));
    }

    public List<Question> questions(String template) {
        readScope(RecordScopeColumns.TASKS);
        return repository.questions(template);
    }

    public Map<Integer, String> answers(long taskId) {
        ExperienceTask task = task(taskId).orElseThrow(ExperienceService::unknownTask);
        return repository.answers(task.id());
    }

    /** The officer answers their own task's questionnaire, every question in its kind. */
    public ExperienceTask answer(long taskId, Map<Integer, String> answers) {
        return answerFor(ownTask(taskId), answers);
    }

    /** The answer of {@code task}'s own officer (the demo gives it for them). */
    ExperienceTask answerFor(ExperienceTask task, Map<Integer, String> answers) {
        long taskId = task.id();
        if (task.state() != TaskState.ASSIGNED) {
            throw new RefusedException(null, "servicehall.experience.error.answered");
        }
        Map<Integer, String> clean = new TreeMap<>();
        for (Question q : repository.questions(task.templateCode())) {
            String answer = answers == null ? null : answers.get(q.position());
            Optional<String> problem = q.problem(answer);
            if (problem.isPresent()) {
                throw new RefusedException("q" + q.position(), problem.get());
            }
            clean.put(q.position(), answer.strip());
        }
        if (!repository.answer(taskId, clean, clock.instant())) {
            throw new RefusedException(null, "servicehall.experience.error.answered");
        }
        audit.record(SOURCE, "experience.task.answer", "ExperienceTask", String.valueOf(taskId),
                TaskState.ASSIGNED.name(), TaskState.ANSWERED.name());
        return repository.task(taskId, RecordScope.Condition.NONE).orElseThrow();
    }

    /** The officer reports a finding from their own task; the centre is told. */
    public Finding report(long taskId, String description, String suggestion) {
        return reportFor(ownTask(taskId), description, suggestion);
    }

    /** A finding of {@code task}'s own officer (the demo reports it for them). */
    Finding reportFor(ExperienceTask task, String description, String suggestion) {
        if (description == null || description.strip().length() < 5 || description.length() > 2000) {
            throw new RefusedException("description", "servicehall.experience.error.description");
        }
        if (suggestion != null && suggestion.length() > 2000) {
            throw new RefusedException("suggestion", "servicehall.experience.error.suggestion");
        }
        long id = repository.insertFinding(task.id(), task.officerLogin(), description.strip(), blank(suggestion),
                ServiceHallRoles.DEPARTMENT, clock.instant());
        audit.record(SOURCE, "experience.finding.report", "ExperienceFinding", String.valueOf(id), null,
                FindingState.REPORTED.name());
        notifications.get().ifPresent(n -> n.send(Recipient.permission(ExperienceRoles.MANAGE),
                new Message(SOURCE, "体验官反映问题：" + task.subject(), description.strip(), LEDGER_ROUTE,
                        cn.gov.laoshan.district.api.notify.Severity.INFO)));
        return repository.finding(id, RecordScope.Condition.NONE).orElseThrow();
    }

    // findings

    /** The findings the caller may see: the centre's ledger, or an officer's own. */
    public List<Finding> findings() {
        return repository.findings(readScope(RecordScopeColumns.FINDINGS));
    }

    /** The findings assigned to the caller's department as the responsible unit. */
    public List<Finding> unitFindings() {
        access.check(ExperienceRoles.FIX);
        return repository.findings(RecordScope.of(access, ExperienceRoles.FIX).condition(ExperienceRepository.UNIT_FINDINGS));
    }

    public Optional<Finding> finding(long id) {
        Optional<Finding> seen = access.has(ExperienceRoles.MANAGE) || access.has(ExperienceRoles.TASK)
                ? repository.finding(id, readScope(RecordScopeColumns.FINDINGS)) : Optional.empty();
        if (seen.isEmpty() && access.has(ExperienceRoles.FIX)) {
            seen = repository.finding(id, RecordScope.of(access, ExperienceRoles.FIX)
                    .condition(ExperienceRepository.UNIT_FINDINGS));
        }
        if (seen.isEmpty() && !access.has(ExperienceRoles.MANAGE) && !access.has(ExperienceRoles.TASK)) {
            access.check(ExperienceRoles.FIX);
        }
        return seen;
    }

    /** The steps the caller may take on {@code finding} now. */
    public List<StateMachine.Transition<FindingState, Finding>> actions(Finding finding) {
        return CHAIN.available(finding.state(), finding, access).stream().filter(t -> t.permission().equals(ExperienceRoles.FIX)
                ? access.scope(ExperienceRoles.FIX).includes(finding.unitCode())
                : access.scope(t.permission()).includes(ServiceHallRoles.DEPARTMENT)).toList();
    }

    /** Verify, dismiss, fix, recheck (passed), reopen (the recheck failed) or report back; the note is required. */
    public Finding fire(long id, String action, String note) {
        if ("assign".equals(action)) {
            throw new RefusedException("unit", "servicehall.experience.error.unit");
        }
        return move(id, action, note, null);
    }

    /** 建账定责: logs the verified finding with its responsible unit (a department) and the fix's deadline. */
    public Finding assign(long id, String unitCode, String note) {
        if (unitCode == null || !unitCode.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new RefusedException("unit", "servicehall.experience.error.unit");
        }
        return move(id, "assign", note, unitCode);
    }

    private Finding move(long id, String action, String note, String unitCode) {
        Finding f = finding(id).orElseThrow(() -> new RefusedException(null, "servicehall.experience.error.finding-unknown"));
        FindingState to = CHAIN.fire(action, f.state(), f, note, access);
        if ("fix".equals(action)) {
            access.check(ExperienceRoles.FIX, f.unitCode());
        } else {
            manage();
        }
        LocalDate today = today();
        Map<String, Object> columns = new HashMap<>();
        columns.put(NOTE_COLUMNS.get(action), note.strip());
        switch (action) {
            case "assign" -> {
                columns.put("unit_code", unitCode);
                columns.put("fix_due", Date.valueOf(deadlines.fixDue(today)));
            }
            case "fix" -> {
                columns.put("fixed_on", Date.valueOf(today));
                columns.put("recheck_due", Date.valueOf(deadlines.recheckDue(today)));
            }
            case "reopen" -> {
                // the recheck failed: the unit gets a new period from today, and the count of rechecks shows it
                columns.put("fix_due", Date.valueOf(deadlines.fixDue(today)));
                columns.put("rechecks", f.rechecks() + 1);
            }
            case "recheck" -> columns.put("rechecks", f.rechecks() + 1);
            case "report", "dismiss" -> columns.put("closed_at", Timestamp.from(clock.instant()));
            default -> { }
        }
        if (!repository.move(id, f.state(), to, columns)) {
            throw new RefusedException(null, "servicehall.experience.error.changed");
        }
        audit.record(SOURCE, "experience.finding." + action, "ExperienceFinding", String.valueOf(id), f.state().name(),
                to.name() + (unitCode == null ? "" : " " + unitCode));
        switch (action) {
            case "assign" -> notifications.get().ifPresent(n -> n.send(Recipient.department(unitCode),
                    new Message(SOURCE, "政务体验官反映的问题请整改：" + f.subject(), f.description(),
                            "servicehall/experience-unit", cn.gov.laoshan.district.api.notify.Severity.WARNING)));
            case "report", "dismiss" -> notify(f.officerLogin(), "您反映的问题已有回复：" + f.subject(), note.strip(),
                    TASKS_ROUTE);
            default -> { }
        }
        return repository.finding(id, RecordScope.Condition.NONE).orElseThrow();
    }

    // open days

    public OpenDay createOpenDay(String title, String theme, LocalDate on, String place, int places) {
        manage();
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new RefusedException("title", "servicehall.experience.error.title");
        }
        if (on == null || on.isBefore(today())) {
            throw new RefusedException("heldOn", "servicehall.experience.error.due");
        }
        if (place == null || place.isBlank()) {
            throw new RefusedException("place", "servicehall.experience.error.place");
        }
        if (places < 1 || places > 500) {
            throw new RefusedException("places", "servicehall.experience.error.places");
        }
        long id = repository.insertOpenDay(title.strip(), blank(theme), on, place.strip(), places, me(), clock.instant());
        audit.record(SOURCE, "experience.openday.create", "OpenDay", String.valueOf(id), null, on + " " + title.strip());
        return repository.openDays().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    public List<OpenDay> openDays() {
        if (!access.has(ExperienceRoles.TASK)) {
            manage();
        }
        return repository.openDays();
    }

    public List<String> registered(long openDayId) {
        manage();
        return repository.registered(openDayId);
    }

    /** A serving officer registers for an open day while places are left. */
    public void register(long openDayId) {
        access.check(ExperienceRoles.TASK);
        String me = me();
        Officer officer = repository.officer(me)
                .orElseThrow(() -> new RefusedException(null, "servicehall.experience.error.officer-unknown"));
        if (!officer.serving(today())) {
            throw new RefusedException(null, "servicehall.experience.error.officer-not-serving");
        }
        OpenDay day = repository.openDays().stream().filter(d -> d.id() == openDayId).findFirst()
                .orElseThrow(() -> new RefusedException(null, "servicehall.experience.error.openday-unknown"));
        if (day.heldOn().isBefore(today())) {
            throw new RefusedException(null, "servicehall.experience.error.openday-past");
        }
        if (!repository.register(openDayId, me, clock.instant())) {
            throw new RefusedException(null, repository.registered(openDayId).contains(me)
                    ? "servicehall.experience.error.openday-registered" : "servicehall.experience.error.openday-full");
        }
        audit.record(SOURCE, "experience.openday.register", "OpenDay", String.valueOf(openDayId), null, me);
    }

    // figures and the ledger

    public ExperienceFigures figures(int year) {
        manage();
        return repository.figures(year);
    }

    /** The findings ledger (问题台账) as an Excel sheet: what the centre's ledger shows. */
    public void exportLedger(java.io.OutputStream out) throws java.io.IOException {
        manage();
        try (cn.gov.laoshan.district.uikit.XlsxSheet sheet = cn.gov.laoshan.district.uikit.XlsxSheet.open(out, "问题台账",
                List.of("编号", "体验官", "体验对象", "问题", "建议", "状态", "反映时间", "责任单位", "整改期限", "整改情况",
                        "复查", "回复"))) {
            for (Finding f : findings()) {
                sheet.row(String.valueOf(f.id()), f.officerName(), f.subject(), f.description(),
                        nn(f.suggestion()), STATE_NAMES.get(f.state()),
                        f.reportedAt().atZone(ZONE).toLocalDate().toString(), nn(f.unitCode()),
                        f.fixDue() == null ? "" : f.fixDue().toString(), nn(f.fixNote()), nn(f.recheckNote()),
                        nn(f.reportNote()));
            }
        }
    }

    private static final Map<FindingState, String> STATE_NAMES = Map.of(FindingState.REPORTED, "已反映",
            FindingState.VERIFIED, "已核实", FindingState.ASSIGNED, "整改中", FindingState.FIXED, "已整改",
            FindingState.RECHECKED, "已复查", FindingState.CLOSED, "已反馈", FindingState.DISMISSED, "不予采纳");

    // helpers

    /** The columns a read looks at; an officer's scope is their own rows. */
    enum RecordScopeColumns {
        TASKS(ExperienceRepository.TASKS), FINDINGS(ExperienceRepository.FINDINGS);

        final RecordScope.Columns columns;

        RecordScopeColumns(RecordScope.Columns columns) {
            this.columns = columns;
        }
    }

    /**
     * The caller's read scope as SQL: the centre's staff through {@link ExperienceRoles#MANAGE} (their department's
     * rows), an officer through {@link ExperienceRoles#TASK} (an individual user: their own rows only).
     */
    private RecordScope.Condition readScope(RecordScopeColumns table) {
        String permission = access.has(ExperienceRoles.MANAGE) ? ExperienceRoles.MANAGE : ExperienceRoles.TASK;
        access.check(permission);
        return RecordScope.of(access, permission).condition(table.columns);
    }

    /** A task of the caller's own as an officer; another's is unknown to them. */
    private ExperienceTask ownTask(long taskId) {
        access.check(ExperienceRoles.TASK);
        String me = me();
        return repository.task(taskId, RecordScope.of(access, ExperienceRoles.TASK).condition(ExperienceRepository.TASKS))
                .filter(t -> t.officerLogin().equals(me)).orElseThrow(ExperienceService::unknownTask);
    }

    private static RefusedException unknownTask() {
        return new RefusedException(null, "servicehall.experience.error.task-unknown");
    }

    private void notify(String login, String title, String body, String route) {
        notifications.get().ifPresent(n -> n.send(Recipient.user(login),
                Message.info(SOURCE, title, body).withLink(route)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
