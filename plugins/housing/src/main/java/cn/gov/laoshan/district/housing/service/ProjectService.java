package cn.gov.laoshan.district.housing.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.HousingDates;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.plan.PlanScheduler;

/**
 * Key projects, checked on the server: every method checks its permission and reads or changes only the projects
 * in that permission's scope; a registration or a change of particulars is validated (the investor found in the
 * shared enterprise registry, the start day within its bounds), stored in one transaction and written to the
 * project's timeline (and so to the audit log). The plan of a project — made, tailored, its actual dates and
 * baseline — is {@link PlanService}'s; the dashboard's figures are counted here over the plans as it sees them.
 */
public final class ProjectService {

    public static final String SOURCE = "housing";
    public static final String RECORD_TYPE = "HousingProject";

    private final HousingRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final EnterpriseRegistry registry;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Clock clock;
    private final PlanViews views;

    public ProjectService(HousingRepository repository, AccessControl access, WorkingDayCalendar calendar,
            EnterpriseRegistry registry, Timeline timeline, RecordEvents events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.registry = registry;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
        this.views = new PlanViews(calendar, new PlanScheduler(calendar), this::today);
    }

    /** Today in Beijing, by the service's clock (demo seeding moves it). */
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

    // ---- reading

    public Optional<Project> find(long id) {
        return repository.visibleTo(access, HousingPermissions.VIEW).projects().find(id);
    }

    public List<Project> list(ProjectFilter filter, String sort, boolean ascending, int offset, int limit) {
        return repository.visibleTo(access, HousingPermissions.VIEW).projects().list(filter, sort, ascending, offset, limit);
    }

    public int count(ProjectFilter filter) {
        return repository.visibleTo(access, HousingPermissions.VIEW).projects().count(filter);
    }

    public List<TimelineEntry> timeline(Project p) {
        access.check(HousingPermissions.VIEW);
        return timeline.of(SOURCE, RECORD_TYPE, p.code());
    }

    // ---- projects

    public Project register(NewProject draft) {
        String department = RecordScope.newRecordDepartment(access, HousingPermissions.MANAGE, HousingPermissions.DEPARTMENT);
        Enterprise investor = validate(draft);
        check("startDate", startBounds(), draft.startDate());
        String by = login();
        Project stored = repository.jdbi().inTransaction(h -> {
            String code = repository.projects().nextCode(h, today().getYear());
            Project p = new Project(0, code, draft.name().trim(), investor.uscc().toString(), investor.name(),
                    draft.kind(), draft.level(), draft.amountWan(), draft.location().trim(),
                    HousingSql.blank(draft.teamName()), HousingSql.blank(draft.leadLogin()),
                    HousingSql.blank(draft.leadName()), HousingSql.blank(draft.teamMembers()), ProjectStatus.PREPARING,
                    draft.startDate(), null, null, null, clock.instant(), by);
            long id = repository.projects().insert(h, p, department);
            return repository.projects().find(id).orElseThrow();
        });
        timeline.record(SOURCE, RECORD_TYPE, stored.code(), "register", null, stored.status().name(),
                stored.name() + " · " + stored.investorName());
        events.post("PROJECT_REGISTERED", stored.code(), department, stored.eventProperties(Map.of()));
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
            throw new RefusedException("status", "housing.error.required", "status");
        }
        Project changed = new Project(id, current.code(), draft.name().trim(), investor.uscc().toString(),
                investor.name(), draft.kind(), draft.level(), draft.amountWan(), draft.location().trim(),
                HousingSql.blank(draft.teamName()), HousingSql.blank(draft.leadLogin()),
                HousingSql.blank(draft.leadName()), HousingSql.blank(draft.teamMembers()), status, current.hasPlan() ? current.startDate() : draft.startDate(), current.templateId(),
                current.baselineCompletion(), current.baselinedOn(), current.createdAt(), current.createdBy());
        repository.jdbi().useTransaction(h -> repository.projects().update(h, changed));
        timeline.record(SOURCE, RECORD_TYPE, changed.code(), "update", current.status().name(), status.name(),
                ProjectChanges.of(current, changed));
        return changed;
    }

    private Enterprise validate(NewProject d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RefusedException("name", "housing.error.name-required");
        }
        if (d.name().length() > 200) {
            throw new RefusedException("name", "housing.error.too-long", 200);
        }
        if (d.kind() == null) {
            throw new RefusedException("kind", "housing.error.kind-required");
        }
        if (d.level() == null) {
            throw new RefusedException("level", "housing.error.level-required");
        }
        if (d.amountWan() == null || d.amountWan().signum() <= 0 || d.amountWan().scale() > 2
                || d.amountWan().compareTo(new BigDecimal("9999999999")) > 0) {
            throw new RefusedException("amount", "housing.error.amount");
        }
        if (d.location() == null || d.location().isBlank()) {
            throw new RefusedException("location", "housing.error.location-required");
        }
        if (d.startDate() == null) {
            throw new RefusedException("startDate", "housing.error.start-required");
        }
        if (d.investorUscc() == null || d.investorUscc().isBlank()) {
            throw new RefusedException("investor", "housing.error.investor-required");
        }
        Uscc code;
        try {
            code = Uscc.parse(d.investorUscc().trim());
        } catch (InvalidUsccException e) {
            throw new RefusedException("investor", "housing.error.uscc-invalid", d.investorUscc());
        }
        return registry.find(code)
                .orElseThrow(() -> new RefusedException("investor", "housing.error.uscc-unknown", d.investorUscc()));
    }

    // ---- the bounds of the date fields (HousingDates), for the service's checks and the screens' pickers

    /** The days a project's plan may start on. */
    public DateBounds startBounds() {
        return HousingDates.projectStart(today());
    }

    /** A date outside its field's bounds refused at that field (the plan's, issues' and meetings' dates too). */
    static void check(String field, DateBounds bounds, LocalDate date) {
        bounds.violation(date).ifPresent(v -> {
            throw new RefusedException(field, v.messageKey(), v.parameters());
        });
    }

    /** A project the caller may change: found in the scope of housing.project.manage, else "no such project". */
    private Project editable(long id) {
        return repository.visibleTo(access, HousingPermissions.MANAGE).projects().existing(id);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElseThrow();
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
        List<Project> all = repository.visibleTo(access, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code",
                true, 0, 10_000);
        return ProjectFigures.of(all, p -> views.of(p, repository.projects().planItems(p.id())));
    }

    /** Projects in a district-wide selection (for agenda pickers). */
    public List<Project> openProjects() {
        return repository.visibleTo(access, HousingPermissions.VIEW).projects().list(ProjectFilter.all(), "code", true, 0, 10_000)
                .stream()
                .filter(p -> p.status().open()).toList();
    }
}
