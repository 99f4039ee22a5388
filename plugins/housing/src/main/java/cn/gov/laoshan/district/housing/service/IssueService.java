package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.HousingDates;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;
import cn.gov.laoshan.district.housing.domain.Project;

/**
 * Blocking issues (卡脖子问题): logged per project, updated (next step, due date) by whoever manages projects or by
 * a dispatch meeting's action items, resolved with a resolution. Every change lands on the project's timeline.
 */
public final class IssueService {

    private final HousingRepository repository;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final Supplier<Optional<Reminders>> reminders;
    private final RecordEvents events;
    private final Supplier<HousingSettings> settings;
    private final Supplier<LocalDate> today;

    public IssueService(HousingRepository repository, AccessControl access, WorkingDayCalendar calendar,
            Timeline timeline, Supplier<Optional<Reminders>> reminders, RecordEvents events,
            Supplier<HousingSettings> settings, Supplier<LocalDate> today) {
        this.repository = repository;
        this.access = access;
        this.calendar = calendar;
        this.timeline = timeline;
        this.reminders = reminders;
        this.events = events;
        this.settings = settings;
        this.today = today;
    }

    public LocalDate today() {
        return today.get();
    }

    /** What the issue form fills in. */
    public record NewIssue(long projectId, String title, String description, IssueSeverity severity,
            String ownerDepartment, LocalDate dueDate) {
    }

    public List<BlockingIssue> list(IssueFilter filter, String sort, boolean ascending, int offset, int limit) {
        return repository.visibleTo(access, HousingPermissions.VIEW).issues().list(filter, sort, ascending, offset, limit);
    }

    public int count(IssueFilter filter) {
        return repository.visibleTo(access, HousingPermissions.VIEW).issues().count(filter);
    }

    public Optional<BlockingIssue> find(long id) {
        return repository.visibleTo(access, HousingPermissions.VIEW).issues().find(id);
    }

    public List<BlockingIssue> ofProject(long projectId) {
        return repository.visibleTo(access, HousingPermissions.VIEW).issues().list(new IssueFilter(projectId, null, null, null, false, false, today()), "status", true, 0,
                1000);
    }

    /** The default due date of a new issue: the configured working days from today. */
    /** The days a deadline set today may have (an issue's due date, a meeting's action item). */
    public DateBounds dueBounds() {
        return HousingDates.due(today());
    }

    public LocalDate defaultDue() {
        return calendar.deadline(today(), settings.get().issue_default_working_days());
    }

    public BlockingIssue raise(NewIssue draft) {
        return raiseFor(draft, HousingPermissions.MANAGE);
    }

    /**
     * Raises an issue on a project found in the scope of {@code permission}: housing.project.manage, or a dispatch
     * meeting's housing.meeting.run for its action items.
     */
    BlockingIssue raiseFor(NewIssue draft, String permission) {
        Project p = repository.visibleTo(access, permission).projects().find(draft.projectId())
                .orElseThrow(() -> new RefusedException("project", "housing.error.no-such-project"));
        if (draft.title() == null || draft.title().isBlank()) {
            throw new RefusedException("title", "housing.error.issue-title");
        }
        if (draft.title().length() > 200) {
            throw new RefusedException("title", "housing.error.too-long", 200);
        }
        if (draft.severity() == null) {
            throw new RefusedException("severity", "housing.error.severity-required");
        }
        if (draft.ownerDepartment() == null || draft.ownerDepartment().isBlank()) {
            throw new RefusedException("owner", "housing.error.owner-required");
        }
        LocalDate due = draft.dueDate() == null ? defaultDue() : draft.dueDate();
        ProjectService.check("dueDate", dueBounds(), due);
        String by = access.currentUser().map(CurrentUser::login).orElseThrow();
        BlockingIssue stored = repository.jdbi().inTransaction(h -> {
            long id = repository.issues().insert(h, new BlockingIssue(0, p.id(), p.name(), draft.title().trim(),
                    blank(draft.description()), draft.severity(), draft.ownerDepartment().trim(), due, IssueStatus.OPEN,
                    null, null, today(), null, by));
            return repository.issues().find(h, id).orElseThrow();
        });
        timeline.record(ProjectService.SOURCE, ProjectService.RECORD_TYPE, p.code(), "issue-raise", null,
                IssueStatus.OPEN.name(), stored.title() + " · " + stored.ownerDepartment());
        remind(stored);
        return stored;
    }

    /** Records the next step and a new due date (a meeting's action item does the same). */
    public BlockingIssue progress(long issueId, String nextStep, String owner, LocalDate due) {
        return doProgress(issueId, nextStep, owner, due, "issue-progress", HousingPermissions.MANAGE);
    }

    BlockingIssue doProgress(long issueId, String nextStep, String owner, LocalDate due, String action,
            String permission) {
        BlockingIssue i = existing(issueId, permission);
        if (!i.status().open()) {
            throw new RefusedException("issue", "housing.error.issue-resolved");
        }
        if (nextStep == null || nextStep.isBlank()) {
            throw new RefusedException("nextStep", "housing.error.next-step");
        }
        ProjectService.check("dueDate", dueBounds(), due);
        BlockingIssue changed = new BlockingIssue(i.id(), i.projectId(), i.projectName(), i.title(), i.description(),
                i.severity(), owner == null || owner.isBlank() ? i.ownerDepartment() : owner.trim(), due,
                IssueStatus.IN_PROGRESS, nextStep.trim(), null, i.raisedOn(), null, i.raisedBy());
        repository.jdbi().useTransaction(h -> repository.issues().update(h, changed));
        record(changed, action, i.status(), changed.nextStep() + " · " + changed.ownerDepartment() + " · " + due);
        remind(changed);
        return changed;
    }

    public BlockingIssue resolve(long issueId, String resolution) {
        return doResolve(issueId, resolution, "issue-resolve", HousingPermissions.MANAGE);
    }

    BlockingIssue doResolve(long issueId, String resolution, String action, String permission) {
        BlockingIssue i = existing(issueId, permission);
        if (!i.status().open()) {
            throw new RefusedException("issue", "housing.error.issue-resolved");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new RefusedException("resolution", "housing.error.resolution-required");
        }
        BlockingIssue changed = new BlockingIssue(i.id(), i.projectId(), i.projectName(), i.title(), i.description(),
                i.severity(), i.ownerDepartment(), i.dueDate(), IssueStatus.RESOLVED, i.nextStep(), resolution.trim(),
                i.raisedOn(), today(), i.raisedBy());
        repository.jdbi().useTransaction(h -> repository.issues().update(h, changed));
        record(changed, action, i.status(), changed.resolution());
        reminders.get().ifPresent(r -> r.cancelOnce(ProjectService.SOURCE, "issue-" + i.id(), "due"));
        repository.projects().find(i.projectId()).ifPresent(p -> events.post("ISSUE_RESOLVED", p.code(), null,
                p.eventProperties(Map.of("issue", i.title(), "resolution", changed.resolution()))));
        return changed;
    }

    private void record(BlockingIssue i, String action, IssueStatus from, String note) {
        repository.projects().find(i.projectId()).ifPresent(p -> timeline.record(ProjectService.SOURCE,
                ProjectService.RECORD_TYPE, p.code(), action, from.name(), i.status().name(), i.title() + "：" + note));
    }

    /** An issue the caller may change with {@code permission}: found in its scope, else "no such issue". */
    private BlockingIssue existing(long id, String permission) {
        return repository.visibleTo(access, permission).issues().find(id).orElseThrow(() -> new RefusedException("issue", "housing.error.no-such-issue"));
    }

    private void remind(BlockingIssue i) {
        reminders.get().ifPresent(r -> {
            LocalDate day = calendar.addWorkingDays(i.dueDate(), -settings.get().reminder_working_days());
            if (day.isBefore(today())) {
                day = today();
            }
            // once per issue, even when several nodes re-plan it
            r.scheduleOnce("issue-" + i.id(), "due", day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                    Recipient.permission(HousingPermissions.MANAGE), new Message(ProjectService.SOURCE,
                            HousingSql.shorten((i.dueDate().isBefore(today()) ? "卡脖子问题已逾期：" : "卡脖子问题即将到期：")
                                    + i.projectName() + " · " + i.title()),
                            i.ownerDepartment() + " · 期限 " + i.dueDate(), "housing/issues", Severity.WARNING));
        });
    }

    /** Open, overdue and resolved counts for the dashboard. */
    public record Figures(int open, int overdue, int resolved) {
    }

    public Figures figures() {
        HousingRepository visible = repository.visibleTo(access, HousingPermissions.VIEW);
        LocalDate t = today();
        return new Figures(visible.issues().count(IssueFilter.open(t)),
                visible.issues().count(new IssueFilter(null, null, null, null, true, true, t)),
                visible.issues().count(new IssueFilter(null, null, IssueStatus.RESOLVED, null, false, false, t)));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
