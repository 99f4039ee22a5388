package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.housing.domain.HousingDates;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;
import cn.gov.laoshan.district.housing.plan.Schedule;
import cn.gov.laoshan.district.housing.service.PlanView.StageSummary;

/**
 * A key project's tailored plan (量身定制), checked on the server: made from an approval service menu, tailored
 * (items added, dropped, re-linked, their durations and simulated approval changed), its actual dates recorded, and
 * re-baselined. Every method checks its permission and looks the project up in that permission's scope; every
 * change is validated by scheduling the changed plan first with {@link PlanScheduler} on the platform's
 * working-day calendar ({@link PlanCheck}: a cycle is refused, naming it, and nothing is stored), then stored in one
 * transaction, written to the project's timeline (and so to the audit log); reminders are re-planned for the items'
 * owners ({@link PlanReminders}) and milestones (a stage done, the project complete: {@link PlanMilestones}; a new
 * baseline) are published as events. The project itself —
 * its particulars, lists, figures — is {@link ProjectService}'s.
 */
public final class PlanService {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,20}");

    private final HousingRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Supplier<LocalDate> today;
    private final PlanScheduler scheduler;
    private final PlanViews views;
    private final PlanReminders planReminders;
    private final PlanCheck check;
    private final PlanMilestones milestones;

    /** @param today the day in Beijing ({@link ProjectService#today}), moved by hand while demo data is seeded */
    public PlanService(HousingRepository repository, AccessControl access, WorkingDayCalendar calendar,
            Timeline timeline, Supplier<Optional<Reminders>> reminders, RecordEvents events,
            Supplier<HousingSettings> settings, Supplier<LocalDate> today) {
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.timeline = timeline;
        this.events = events;
        this.today = today;
        this.scheduler = new PlanScheduler(calendar);
        this.views = new PlanViews(calendar, scheduler, today);
        this.planReminders = new PlanReminders(reminders, settings, calendar, today);
        this.check = new PlanCheck(scheduler);
        this.milestones = new PlanMilestones(repository, timeline, events);
    }

    public LocalDate today() {
        return today.get();
    }

    /** A new approval item added while tailoring. */
    public record NewItem(String key, Stage stage, String name, String department, String materials,
            int durationDays, Set<String> prerequisites, boolean simulated) {
    }

    // ---- reading

    /** The plan of a project with its forecast, or empty when no plan was made yet. */
    public Optional<PlanView> plan(long projectId) {
        Project p = repository.visibleTo(access, HousingPermissions.VIEW).projects().existing(projectId);
        if (!p.hasPlan()) {
            return Optional.empty();
        }
        return Optional.of(views.of(p, repository.projects().planItems(projectId)));
    }

    /** The active approval service menus, to make a plan from. */
    public List<Template> templates() {
        return repository.visibleTo(access, HousingPermissions.VIEW).templates().all().stream().filter(Template::active)
                .toList();
    }

    /** The stage summary table of a plan. */
    public List<StageSummary> stages(PlanView plan) {
        return views.stages(plan);
    }

    /**
     * Whether {@code date} of {@code p}'s plan was counted over a year without a holiday arrangement (按周末估算):
     * some year from the plan's start to the date is not entered in the calendar.
     */
    public boolean provisional(Project p, LocalDate date) {
        return date != null && calendar.provisional(p.startDate() == null ? today() : p.startDate(), date);
    }

    /** The days an item of {@code p} may have been started or finished on. */
    public DateBounds actualBounds(Project p) {
        return HousingDates.actual(p.startDate(), today());
    }

    // ---- making and tailoring the plan

    /**
     * Makes the project's plan from an approval service menu: the template's items are copied, scheduled from the
     * project's start, and that schedule is stored as the baseline.
     */
    public PlanView createPlan(long projectId, long templateId) {
        Project p = editable(projectId);
        if (p.hasPlan()) {
            throw new RefusedException("plan", "housing.error.plan-exists");
        }
        Template t = repository.visibleTo(access, HousingPermissions.VIEW).templates().find(templateId).filter(Template::active)
                .orElseThrow(() -> new RefusedException("template", "housing.error.no-such-template"));
        List<PlanItemRecord> items = new ArrayList<>();
        int position = 0;
        for (TemplateItem i : t.items()) {
            items.add(new PlanItemRecord(0, projectId, i.key(), i.stage(), i.name(), i.department(), i.materials(),
                    i.durationDays(), i.prerequisites(), i.simulatedAllowed(), false, null, null, null, null,
                    position++));
        }
        Schedule baseline = check.baseline(items, p.startDate());
        List<PlanItemRecord> withBaseline = items.stream()
                .map(i -> i.withBaseline(baseline.item(i.key()).start(), baseline.item(i.key()).finish())).toList();
        Project planned = new Project(p.id(), p.code(), p.name(), p.investorUscc(), p.investorName(), p.kind(),
                p.level(), p.amountWan(), p.location(), p.teamName(), p.leadLogin(), p.leadName(), p.teamMembers(),
                ProjectStatus.UNDER_WAY, p.startDate(), templateId, baseline.completion(), today(), p.createdAt(),
                p.createdBy());
        repository.jdbi().useTransaction(h -> {
            repository.projects().replacePlan(h, projectId, withBaseline);
            repository.projects().update(h, planned);
        });
        milestones.record(p, "plan", planned.status(), t.name() + " · " + items.size() + " · " + baseline.completion());
        events.post("PLAN_CREATED", planned.code(), null,
                planned.eventProperties(Map.of("completion", baseline.completion().toString())));
        PlanView view = views.of(planned, repository.projects().planItems(projectId));
        planReminders.remind(view);
        return view;
    }

    /** Adds an approval item to the plan (its baseline is empty until the plan is re-baselined). */
    public PlanView addItem(long projectId, NewItem item) {
        if (item.key() == null || !KEY.matcher(item.key().trim()).matches()) {
            throw new RefusedException("key", "housing.error.key");
        }
        if (item.stage() == null) {
            throw new RefusedException("stage", "housing.error.stage-required");
        }
        if (item.name() == null || item.name().isBlank() || item.department() == null || item.department().isBlank()) {
            throw new RefusedException("name", "housing.error.item-incomplete");
        }
        duration(item.durationDays());
        String key = item.key().trim();
        return tailor(projectId, "tailor-add", key + " " + item.name().trim(), items -> {
            if (items.stream().anyMatch(i -> i.key().equals(key))) {
                throw new RefusedException("key", "housing.error.key-duplicate", key);
            }
            List<PlanItemRecord> changed = new ArrayList<>(items);
            changed.add(new PlanItemRecord(0, projectId, key, item.stage(), item.name().trim(), item.department().trim(),
                    HousingSql.blank(item.materials()), item.durationDays(), item.prerequisites(), true,
                    item.simulated(), null, null, null, null, items.size()));
            return changed;
        });
    }

    /** Drops an item; its successors inherit its prerequisites, so the chain stays linked. */
    public PlanView removeItem(long projectId, String key) {
        return tailor(projectId, "tailor-drop", key, items -> {
            PlanItemRecord gone = item(items, key);
            if (gone.actualStart() != null) {
                throw new RefusedException("key", "housing.error.item-started", key);
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
        return tailor(projectId, "tailor-link", key + " ← " + String.join(",", new TreeSet<>(prerequisites)),
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
                throw new RefusedException("simulated", "housing.error.simulation-not-allowed", key);
            }
            return items.stream().map(i -> i.key().equals(key) ? i.withSimulated(simulated) : i).toList();
        });
    }

    // ---- actual dates

    /** Records the day an item was started (submitted and accepted by the department). */
    public PlanView recordStart(long projectId, String key, LocalDate day) {
        actualDay("actualStart", projectId, day);
        return tailor(projectId, "actual-start", key + " " + day, items -> {
            PlanItemRecord i = item(items, key);
            if (i.actualFinish() != null && i.actualFinish().isBefore(day)) {
                throw new RefusedException("actual", "housing.error.finish-before-start");
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
                throw new RefusedException("actual", "housing.error.finish-before-start");
            }
            for (String pre : i.prerequisites()) {
                PlanItemRecord p = item(items, pre);
                if (p.actualFinish() == null && !i.simulated()) {
                    throw new RefusedException("actual", "housing.error.prerequisite-open", key, pre);
                }
            }
            return items.stream().map(x -> x.key().equals(key) ? x.withActuals(start, day) : x).toList();
        });
        milestones.reached(before, itemsBefore, view, item(view.items(), key).stage());
        return view;
    }

    /** Clears an item's actual dates (a mistaken entry). */
    public PlanView clearActuals(long projectId, String key) {
        return tailor(projectId, "actual-clear", key,
                items -> items.stream().map(x -> x.key().equals(key) ? x.withActuals(null, null) : x).toList());
    }

    // ---- the baseline

    /**
     * Takes the current forecast as the new baseline: an explicit decision with a reason, on the timeline and in
     * the audit log, announced as {@code district/housing/PLAN_REBASELINED}.
     */
    public PlanView rebaseline(long projectId, String reason) {
        access.check(HousingPermissions.MANAGE);
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("reason", "housing.error.reason-required");
        }
        Project p = editable(projectId);
        PlanView current = plan(projectId).orElseThrow(() -> new RefusedException("plan", "housing.error.no-plan"));
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
        milestones.record(p, "rebaseline", p.status(), reason.trim() + "（" + p.baselineCompletion() + " → " + f.completion() + "）");
        events.post("PLAN_REBASELINED", changed.code(), null, changed.eventProperties(Map.of("previous",
                String.valueOf(p.baselineCompletion()), "completion", f.completion().toString(), "reason", reason.trim())));
        return views.of(changed, repository.projects().planItems(projectId));
    }

    /** The calendar of {@code years} changed: see {@link BaselineRecompute}. */
    int recomputeBaselines(Set<Integer> years) {
        return new BaselineRecompute(repository, timeline, scheduler).recompute(years);
    }

    /** The scheduled job: re-plans the reminders of every open project (forecasts move as days pass). */
    public int replanReminders() {
        int n = 0;
        for (Project p : repository.visibleTo(access, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code",
                true, 0, 10_000)) {
            if (p.hasPlan() && p.status().open()) {
                planReminders.remind(views.of(p, repository.projects().planItems(p.id())));
                n++;
            }
        }
        return n;
    }

    // ---- one change

    /**
     * One tailoring step: applied to a copy, scheduled to check it (a cycle or unknown prerequisite is refused and
     * nothing is stored), then stored, written to the timeline, reminders re-planned.
     */
    private PlanView tailor(long projectId, String action, String note, UnaryOperator<List<PlanItemRecord>> change) {
        Project p = editable(projectId);
        if (!p.hasPlan()) {
            throw new RefusedException("plan", "housing.error.no-plan");
        }
        List<PlanItemRecord> items = repository.projects().planItems(projectId);
        List<PlanItemRecord> changed = change.apply(items);
        check.check(changed, p.startDate(), today());
        repository.jdbi().useTransaction(h -> repository.projects().replacePlan(h, projectId, changed));
        milestones.record(p, action, p.status(), note);
        PlanView view = views.of(p, repository.projects().planItems(projectId));
        planReminders.remind(view);
        return view;
    }

    private static PlanItemRecord item(List<PlanItemRecord> items, String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new RefusedException("key", "housing.error.no-such-item", key));
    }

    private static void duration(int days) {
        if (days < 0 || days > 720) {
            throw new RefusedException("duration", "housing.error.duration");
        }
    }

    private void actualDay(String field, long projectId, LocalDate day) {
        ProjectService.check(field, actualBounds(editable(projectId)), day);
    }

    /** A project the caller may change: found in the scope of housing.project.manage, else "no such project". */
    private Project editable(long id) {
        return repository.visibleTo(access, HousingPermissions.MANAGE).projects().existing(id);
    }
}
