package cn.gov.laoshan.district.housing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.housing.domain.HousingDates;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.plan.CyclicPlanException;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;

/**
 * Key projects and their tailored plans (量身定制), checked on the server: every method checks its permission; a
 * plan is scheduled with {@link PlanScheduler} on the platform's working-day calendar; every change is validated
 * by scheduling the changed plan first (a cycle is refused, naming it, and nothing is stored), then stored in one
 * transaction, written to the project's timeline (and so to the audit log); reminders are re-planned for the
 * items' owners and milestones are published as events.
 */
public final class ProjectService {

    public static final String SOURCE = "housing";
    public static final String RECORD_TYPE = "HousingProject";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,20}");

    private final HousingRepository repository;
    private final AccessControl access;
    private final HousingScope scope;
    private final WorkingDayCalendar calendar;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final HousingEvents events;
    private final Clock clock;
    private final PlanScheduler scheduler;
    private final PlanViews views;
    private final PlanReminders planReminders;

    public ProjectService(HousingRepository repository, AccessControl access, WorkingDayCalendar calendar,
            EnterpriseRegistry registry, Timeline timeline, Supplier<Optional<Reminders>> reminders,
            HousingEvents events, Supplier<HousingSettings> settings, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.scope = new HousingScope(access);
        this.calendar = calendar;
        this.registry = registry;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
        this.scheduler = new PlanScheduler(calendar);
        this.views = new PlanViews(calendar, scheduler, this::today);
        this.planReminders = new PlanReminders(reminders, settings, calendar, this::today);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** What the registration form fills in. */
    public record NewProject(String name, String investorUscc, InvestmentKind kind, ProjectLevel level,
            BigDecimal amountWan, String location, String teamName, String leadLogin, String leadName,
            String teamMembers, LocalDate startDate) {
    }

    /** A new approval item added while tailoring. */
    public record NewItem(String key, Stage stage, String name, String department, String materials,
            int durationDays, Set<String> prerequisites, boolean simulated) {
    }

    /**
     * A project's plan as the screens show it: the stored items, the forecast schedule (actuals and today taken
     * into account), the baseline as stored when the plan was made, and per item how late it is.
     */
    public record PlanView(Project project, List<PlanItemRecord> items, Schedule forecast, Schedule baseline,
            Map<String, Integer> delays, LocalDate today) {

        public PlanItemRecord item(String key) {
            return items.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
        }

        /** Working days the item finishes after its baseline (0 when on time or without a baseline). */
        public int delay(String key) {
            return delays.getOrDefault(key, 0);
        }

        /** Unfinished and its baseline finish has passed. */
        public boolean overdue(String key) {
            PlanItemRecord i = item(key);
            return i != null && !i.finished() && i.baselineFinish() != null && i.baselineFinish().isBefore(today);
        }

        /** The stage the project is in: the first stage with an unfinished item ({@code null} when all are done). */
        public Stage currentStage() {
            return items.stream().filter(i -> !i.finished()).map(PlanItemRecord::stage).min(Enum::compareTo)
                    .orElse(null);
        }

        /** Working days the forecast completion is ahead of the baseline's (negative: behind). */
        public int daysSaved() {
            return baseline == null ? 0 : forecast.daysSavedAgainst(baseline);
        }

        public long overdueCount() {
            return items.stream().filter(i -> overdue(i.key())).count();
        }
    }

    /** One stage of a plan: its items, how many are done, its baseline and forecast finish. */
    public record StageSummary(Stage stage, int items, int finished, LocalDate baselineFinish, LocalDate forecastFinish,
            int delayDays) {
    }

    // ---- reading

    public Optional<Project> find(long id) {
        return scope.visible(repository, HousingPermissions.VIEW).projects().find(id);
    }

    public List<Project> list(ProjectFilter filter, String sort, boolean ascending, int offset, int limit) {
        return scope.visible(repository, HousingPermissions.VIEW).projects().list(filter, sort, ascending, offset, limit);
    }

    public int count(ProjectFilter filter) {
        return scope.visible(repository, HousingPermissions.VIEW).projects().count(filter);
    }

    public List<TimelineEntry> timeline(Project p) {
        access.check(HousingPermissions.VIEW);
        return timeline.of(SOURCE, RECORD_TYPE, p.code());
    }

    public List<Template> templates() {
        return scope.visible(repository, HousingPermissions.VIEW).templates().all().stream().filter(Template::active).toList();
    }

    /** The plan of a project with its forecast, or empty when no plan was made yet. */
    public Optional<PlanView> plan(long projectId) {
        access.check(HousingPermissions.VIEW);
        Project p = existing(projectId);
        if (!p.hasPlan()) {
            return Optional.empty();
        }
        return Optional.of(view(p, repository.projects().planItems(projectId)));
    }

    /** The stage summary table of a plan. */
    public List<StageSummary> stages(PlanView plan) {
        return views.stages(plan);
    }

    private PlanView view(Project p, List<PlanItemRecord> items) {
        return views.of(p, items);
    }

    // ---- projects

    public Project register(NewProject draft) {
        String department = scope.newRecordDepartment(HousingPermissions.MANAGE);
        Enterprise investor = validate(draft);
        check("startDate", startBounds(), draft.startDate());
        String by = login();
        Project stored = repository.jdbi().inTransaction(h -> {
            String code = repository.projects().nextCode(h, today().getYear());
            Project p = new Project(0, code, draft.name().trim(), investor.uscc().toString(), investor.name(),
                    draft.kind(), draft.level(), draft.amountWan(), draft.location().trim(), blank(draft.teamName()),
                    blank(draft.leadLogin()), blank(draft.leadName()), blank(draft.teamMembers()),
                    ProjectStatus.PREPARING, draft.startDate(), null, null, null, clock.instant(), by);
            long id = repository.projects().insert(h, p, department);
            return repository.projects().find(id).orElseThrow();
        });
        timeline.record(SOURCE, RECORD_TYPE, stored.code(), "register", null, stored.status().name(),
                stored.name() + " · " + stored.investorName());
        events.publish("PROJECT_REGISTERED", stored, Map.of());
        return stored;
    }

    /** Changes a project's particulars (not its plan). */
    public Project update(long id, NewProject draft, ProjectStatus status) {
        Project current = editable(id);
        Enterprise investor = validate(draft);
        if (!current.hasPlan() && !draft.startDate().equals(current.startDate())) {
            check("startDate", startBounds(), draft.startDate());
        }
        if (status == null) {
            throw new HousingException("status", "housing.error.required", "status");
        }
        Project changed = new Project(id, current.code(), draft.name().trim(), investor.uscc().toString(),
                investor.name(), draft.kind(), draft.level(), draft.amountWan(), draft.location().trim(),
                blank(draft.teamName()), blank(draft.leadLogin()), blank(draft.leadName()), blank(draft.teamMembers()),
                status, current.hasPlan() ? current.startDate() : draft.startDate(), current.templateId(),
                current.baselineCompletion(), current.baselinedOn(), current.createdAt(), current.createdBy());
        repository.jdbi().useTransaction(h -> repository.projects().update(h, changed));
        timeline.record(SOURCE, RECORD_TYPE, changed.code(), "update", current.status().name(), status.name(),
                ProjectChanges.of(current, changed));
        return changed;
    }

    private Enterprise validate(NewProject d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new HousingException("name", "housing.error.name-required");
        }
        if (d.name().length() > 200) {
            throw new HousingException("name", "housing.error.too-long", 200);
        }
        if (d.kind() == null) {
            throw new HousingException("kind", "housing.error.kind-required");
        }
        if (d.level() == null) {
            throw new HousingException("level", "housing.error.level-required");
        }
        if (d.amountWan() == null || d.amountWan().signum() <= 0 || d.amountWan().scale() > 2
                || d.amountWan().compareTo(new BigDecimal("9999999999")) > 0) {
            throw new HousingException("amount", "housing.error.amount");
        }
        if (d.location() == null || d.location().isBlank()) {
            throw new HousingException("location", "housing.error.location-required");
        }
        if (d.startDate() == null) {
            throw new HousingException("startDate", "housing.error.start-required");
        }
        if (d.investorUscc() == null || d.investorUscc().isBlank()) {
            throw new HousingException("investor", "housing.error.investor-required");
        }
        Uscc code;
        try {
            code = Uscc.parse(d.investorUscc().trim());
        } catch (InvalidUsccException e) {
            throw new HousingException("investor", "housing.error.uscc-invalid", d.investorUscc());
        }
        return registry.find(code)
                .orElseThrow(() -> new HousingException("investor", "housing.error.uscc-unknown", d.investorUscc()));
    }

    // ---- the plan

    /**
     * Makes the project's plan from an approval service menu: the template's items are copied, scheduled from the
     * project's start, and that schedule is stored as the baseline.
     */
    public PlanView createPlan(long projectId, long templateId) {
        Project p = editable(projectId);
        if (p.hasPlan()) {
            throw new HousingException("plan", "housing.error.plan-exists");
        }
        Template t = scope.visible(repository, HousingPermissions.VIEW).templates().find(templateId).filter(Template::active)
                .orElseThrow(() -> new HousingException("template", "housing.error.no-such-template"));
        List<PlanItemRecord> items = new ArrayList<>();
        int position = 0;
        for (TemplateItem i : t.items()) {
            items.add(new PlanItemRecord(0, projectId, i.key(), i.stage(), i.name(), i.department(), i.materials(),
                    i.durationDays(), i.prerequisites(), i.simulatedAllowed(), false, null, null, null, null,
                    position++));
        }
        Schedule baseline = baselineOf(items, p.startDate());
        List<PlanItemRecord> withBaseline = withBaseline(items, baseline);
        Project planned = new Project(p.id(), p.code(), p.name(), p.investorUscc(), p.investorName(), p.kind(),
                p.level(), p.amountWan(), p.location(), p.teamName(), p.leadLogin(), p.leadName(), p.teamMembers(),
                ProjectStatus.UNDER_WAY, p.startDate(), templateId, baseline.completion(), today(), p.createdAt(),
                p.createdBy());
        repository.jdbi().useTransaction(h -> {
            repository.projects().replacePlan(h, projectId, withBaseline);
            repository.projects().update(h, planned);
        });
        timeline.record(SOURCE, RECORD_TYPE, p.code(), "plan", p.status().name(), planned.status().name(),
                t.name() + " · " + items.size() + " · " + baseline.completion());
        events.publish("PLAN_CREATED", planned, Map.of("completion", baseline.completion().toString()));
        PlanView view = view(planned, repository.projects().planItems(projectId));
        planReminders.remind(view);
        return view;
    }

    private Schedule baselineOf(List<PlanItemRecord> items, LocalDate start) {
        try {
            return scheduler.baseline(PlanViews.toPlan(items), start);
        } catch (CyclicPlanException e) {
            throw cycle(items, e);
        } catch (IllegalArgumentException e) {
            throw new HousingException("plan", "housing.error.plan-invalid", e.getMessage());
        }
    }

    private static List<PlanItemRecord> withBaseline(List<PlanItemRecord> items, Schedule baseline) {
        return items.stream().map(i -> i.withBaseline(baseline.item(i.key()).start(), baseline.item(i.key()).finish()))
                .toList();
    }

    /** Adds an approval item to the plan (its baseline is empty until the plan is re-baselined). */
    public PlanView addItem(long projectId, NewItem item) {
        if (item.key() == null || !KEY.matcher(item.key().trim()).matches()) {
            throw new HousingException("key", "housing.error.key");
        }
        if (item.stage() == null) {
            throw new HousingException("stage", "housing.error.stage-required");
        }
        if (item.name() == null || item.name().isBlank() || item.department() == null || item.department().isBlank()) {
            throw new HousingException("name", "housing.error.item-incomplete");
        }
        duration(item.durationDays());
        String key = item.key().trim();
        return tailor(projectId, "tailor-add", key + " " + item.name().trim(), items -> {
            if (items.stream().anyMatch(i -> i.key().equals(key))) {
                throw new HousingException("key", "housing.error.key-duplicate", key);
            }
            List<PlanItemRecord> changed = new ArrayList<>(items);
            changed.add(new PlanItemRecord(0, projectId, key, item.stage(), item.name().trim(), item.department().trim(),
                    blank(item.materials()), item.durationDays(), item.prerequisites(), true, item.simulated(), null,
                    null, null, null, items.size()));
            return changed;
        });
    }

    /** Drops an item; its successors inherit its prerequisites, so the chain stays linked. */
    public PlanView removeItem(long projectId, String key) {
        return tailor(projectId, "tailor-drop", key, items -> {
            PlanItemRecord gone = item(items, key);
            if (gone.actualStart() != null) {
                throw new HousingException("key", "housing.error.item-started", key);
            }
            List<PlanItemRecord> changed = new ArrayList<>();
            for (PlanItemRecord i : items) {
                if (i.key().equals(key)) {
                    continue;
                }
                if (i.prerequisites().contains(key)) {
                    Set<String> pre = new LinkedHashSet<>(i.prerequisites());
                    pre.remove(key);
                    pre.addAll(gone.prerequisites());
                    changed.add(i.withPrerequisites(pre));
                } else {
                    changed.add(i);
                }
            }
            return changed;
        });
    }

    /** Re-links an item: its prerequisites become {@code prerequisites}. A cycle is refused, naming it. */
    public PlanView relink(long projectId, String key, Set<String> prerequisites) {
        return tailor(projectId, "tailor-link", key + " ← " + String.join(",", new java.util.TreeSet<>(prerequisites)),
                items -> items.stream().map(i -> i.key().equals(key) ? i.withPrerequisites(prerequisites) : i)
                        .toList());
    }

    public PlanView changeDuration(long projectId, String key, int days) {
        duration(days);
        return tailor(projectId, "tailor-duration", key + " = " + days, items -> {
            item(items, key);
            return items.stream().map(i -> i.key().equals(key) ? i.withDuration(days) : i).toList();
        });
    }

    /** Marks (or unmarks) an item for simulated approval (模拟审批); only where the menu allows it. */
    public PlanView simulate(long projectId, String key, boolean simulated) {
        return tailor(projectId, simulated ? "tailor-simulate" : "tailor-unsimulate", key, items -> {
            if (simulated && !item(items, key).simulatedAllowed()) {
                throw new HousingException("simulated", "housing.error.simulation-not-allowed", key);
            }
            return items.stream().map(i -> i.key().equals(key) ? i.withSimulated(simulated) : i).toList();
        });
    }

    /** Records the day an item was started (submitted and accepted by the department). */
    public PlanView recordStart(long projectId, String key, LocalDate day) {
        actualDay("actualStart", projectId, day);
        return tailor(projectId, "actual-start", key + " " + day, items -> {
            PlanItemRecord i = item(items, key);
            if (i.actualFinish() != null && i.actualFinish().isBefore(day)) {
                throw new HousingException("actual", "housing.error.finish-before-start");
            }
            return items.stream().map(x -> x.key().equals(key) ? x.withActuals(day, x.actualFinish()) : x).toList();
        });
    }

    /** Records the day an item was finished (approval issued); a missing start is taken as the same day. */
    public PlanView recordFinish(long projectId, String key, LocalDate day) {
        actualDay("actualFinish", projectId, day);
        Project before = editable(projectId);
        List<PlanItemRecord> itemsBefore = repository.projects().planItems(projectId);
        PlanView view = tailor(projectId, "actual-finish", key + " " + day, items -> {
            PlanItemRecord i = item(items, key);
            LocalDate start = i.actualStart() == null ? day : i.actualStart();
            if (day.isBefore(start)) {
                throw new HousingException("actual", "housing.error.finish-before-start");
            }
            for (String pre : i.prerequisites()) {
                PlanItemRecord p = item(items, pre);
                if (p.actualFinish() == null && !i.simulated()) {
                    throw new HousingException("actual", "housing.error.prerequisite-open", key, pre);
                }
            }
            return items.stream().map(x -> x.key().equals(key) ? x.withActuals(start, day) : x).toList();
        });
        milestones(before, itemsBefore, view, item(view.items(), key).stage());
        return view;
    }

    /** Clears an item's actual dates (a mistaken entry). */
    public PlanView clearActuals(long projectId, String key) {
        return tailor(projectId, "actual-clear", key,
                items -> items.stream().map(x -> x.key().equals(key) ? x.withActuals(null, null) : x).toList());
    }

    /**
     * Takes the current forecast as the new baseline: an explicit decision with a reason, on the timeline and in
     * the audit log, announced as {@code district/housing/PLAN_REBASELINED}.
     */
    public PlanView rebaseline(long projectId, String reason) {
        access.check(HousingPermissions.MANAGE);
        if (reason == null || reason.isBlank()) {
            throw new HousingException("reason", "housing.error.reason-required");
        }
        Project p = editable(projectId);
        PlanView current = plan(projectId).orElseThrow(() -> new HousingException("plan", "housing.error.no-plan"));
        Schedule f = current.forecast();
        List<PlanItemRecord> items = current.items().stream()
                .map(i -> i.withBaseline(f.item(i.key()).start(), f.item(i.key()).finish())).toList();
        Project changed = new Project(p.id(), p.code(), p.name(), p.investorUscc(), p.investorName(), p.kind(),
                p.level(), p.amountWan(), p.location(), p.teamName(), p.leadLogin(), p.leadName(), p.teamMembers(),
                p.status(), p.startDate(), p.templateId(), f.completion(), today(), p.createdAt(), p.createdBy());
        repository.jdbi().useTransaction(h -> {
            repository.projects().replacePlan(h, projectId, items);
            repository.projects().update(h, changed);
        });
        timeline.record(SOURCE, RECORD_TYPE, p.code(), "rebaseline", p.status().name(), p.status().name(),
                reason.trim() + "（" + p.baselineCompletion() + " → " + f.completion() + "）");
        events.publish("PLAN_REBASELINED", changed, Map.of("previous", String.valueOf(p.baselineCompletion()),
                "completion", f.completion().toString(), "reason", reason.trim()));
        return view(changed, repository.projects().planItems(projectId));
    }

    /**
     * One tailoring step: applied to a copy, scheduled to check it (a cycle or unknown prerequisite is refused and
     * nothing is stored), then stored, written to the timeline, reminders re-planned.
     */
    private PlanView tailor(long projectId, String action, String note, UnaryOperator<List<PlanItemRecord>> change) {
        Project p = editable(projectId);
        if (!p.hasPlan()) {
            throw new HousingException("plan", "housing.error.no-plan");
        }
        List<PlanItemRecord> items = repository.projects().planItems(projectId);
        List<PlanItemRecord> changed = change.apply(items);
        Set<String> keys = changed.stream().map(PlanItemRecord::key).collect(Collectors.toSet());
        for (PlanItemRecord i : changed) {
            for (String pre : i.prerequisites()) {
                if (!keys.contains(pre)) {
                    throw new HousingException("prerequisites", "housing.error.unknown-prerequisite", i.key(), pre);
                }
            }
        }
        try {
            scheduler.schedule(PlanViews.toPlan(changed), p.startDate(), today());
        } catch (CyclicPlanException e) {
            throw cycle(changed, e);
        } catch (IllegalArgumentException e) {
            throw new HousingException("plan", "housing.error.plan-invalid", e.getMessage());
        }
        repository.jdbi().useTransaction(h -> repository.projects().replacePlan(h, projectId, changed));
        timeline.record(SOURCE, RECORD_TYPE, p.code(), action, p.status().name(), p.status().name(), note);
        PlanView view = view(p, repository.projects().planItems(projectId));
        planReminders.remind(view);
        return view;
    }

    /** The refusal of a cyclic plan, naming the cycle with the items' names: B02 建设工程规划许可 → … → B02. */
    private static HousingException cycle(List<PlanItemRecord> items, CyclicPlanException e) {
        Map<String, String> names = items.stream().collect(Collectors.toMap(PlanItemRecord::key, PlanItemRecord::name,
                (a, b) -> a));
        String named = e.cycle().stream().map(k -> k + " " + names.getOrDefault(k, ""))
                .map(String::trim).collect(Collectors.joining(" → "));
        return new HousingException("prerequisites", "housing.error.cycle", named);
    }

    private void milestones(Project before, List<PlanItemRecord> itemsBefore, PlanView after, Stage stage) {
        boolean stageWasDone = itemsBefore.stream().filter(i -> i.stage() == stage).allMatch(PlanItemRecord::finished);
        boolean stageDone = after.items().stream().filter(i -> i.stage() == stage).allMatch(PlanItemRecord::finished);
        if (stageDone && !stageWasDone) {
            timeline.record(SOURCE, RECORD_TYPE, before.code(), "stage-complete", before.status().name(),
                    before.status().name(), stage.chinese());
            events.publish("STAGE_COMPLETED", before, Map.of("stage", stage.name(), "stageName", stage.chinese()));
        }
        if (after.items().stream().allMatch(PlanItemRecord::finished) && before.status() != ProjectStatus.COMPLETED) {
            Project done = before.withStatus(ProjectStatus.COMPLETED);
            repository.jdbi().useTransaction(h -> repository.projects().update(h, done));
            timeline.record(SOURCE, RECORD_TYPE, before.code(), "complete", before.status().name(),
                    done.status().name(), null);
            events.publish("PROJECT_COMPLETED", done, Map.of("daysSaved", after.daysSaved()));
        }
    }

    private static PlanItemRecord item(List<PlanItemRecord> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new HousingException("key", "housing.error.no-such-item", key));
    }

    private static void duration(int days) {
        if (days < 0 || days > 720) {
            throw new HousingException("duration", "housing.error.duration");
        }
    }

    private void actualDay(String field, long projectId, LocalDate day) {
        check(field, actualBounds(editable(projectId)), day);
    }

    // ---- the bounds of the date fields (HousingDates), for the service's checks and the screens' pickers

    /** The days a project's plan may start on. */
    public DateBounds startBounds() {
        return HousingDates.projectStart(today());
    }

    /** The days an item of {@code p} may have been started or finished on. */
    public DateBounds actualBounds(Project p) {
        return HousingDates.actual(p.startDate(), today());
    }

    static void check(String field, DateBounds bounds, LocalDate date) {
        bounds.violation(date).ifPresent(v -> {
            throw new HousingException(field, v.messageKey(), v.parameters());
        });
    }

    /**
     * Whether {@code date} of {@code p}'s plan was counted over a year without a holiday arrangement (按周末估算):
     * some year from the plan's start to the date is not entered in the calendar.
     */
    public boolean provisional(Project p, LocalDate date) {
        return date != null && calendar.provisional(p.startDate() == null ? today() : p.startDate(), date);
    }

    /** The calendar of {@code years} changed: see {@link BaselineRecompute}. */
    int recomputeBaselines(Set<Integer> years) {
        return new BaselineRecompute(repository, timeline, scheduler).recompute(years);
    }

    private Project existing(long id) {
        return scope.visible(repository, HousingPermissions.VIEW).projects().find(id)
                .orElseThrow(() -> new HousingException("project", "housing.error.no-such-project"));
    }

    /** A project the caller may change: found in the scope of housing.project.manage, else "no such project". */
    private Project editable(long id) {
        return scope.visible(repository, HousingPermissions.MANAGE).projects().find(id)
                .orElseThrow(() -> new HousingException("project", "housing.error.no-such-project"));
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElseThrow();
    }

    /** The scheduled job: re-plans the reminders of every open project (forecasts move as days pass). */
    public int replanReminders() {
        int n = 0;
        for (Project p : scope.visible(repository, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code", true, 0, 10_000)) {
            if (p.hasPlan() && p.status().open()) {
                planReminders.remind(view(p, repository.projects().planItems(p.id())));
                n++;
            }
        }
        return n;
    }

    // ---- figures

    /**
     * The dashboard's figures: projects by current stage, items overdue, working days saved against the baselines
     * (the sum over projects ahead of plan) and the project furthest ahead.
     */
    public record Figures(int projects, Map<Stage, Integer> byStage, int completed, int withoutPlan, int itemsOverdue,
            int daysSaved, int projectsAhead, String bestProject, int bestDays) {
    }

    public Figures figures() {
        access.check(HousingPermissions.VIEW);
        List<Project> all = scope.visible(repository, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code",
                true, 0, 10_000);
        return ProjectFigures.of(all, p -> view(p, repository.projects().planItems(p.id())));
    }

    /** Projects in a district-wide selection (for agenda pickers). */
    public List<Project> openProjects() {
        return scope.visible(repository, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code", true, 0, 10_000)
                .stream()
                .filter(p -> p.status().open()).toList();
    }

    /** Keys of all items, to offer as prerequisites. */
    static Set<String> keys(List<PlanItemRecord> items) {
        return items.stream().map(PlanItemRecord::key).collect(Collectors.toCollection(HashSet::new));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
