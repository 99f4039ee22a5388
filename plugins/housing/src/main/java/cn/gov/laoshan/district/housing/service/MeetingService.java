package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.HousingDates;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.Project;

/**
 * Dispatch meetings (调度会): the meeting is recorded with its agenda (projects and issues), decisions and action
 * items; each action item flows back into the issues at once — it sets an issue's next step, owner and due date, or
 * resolves it, or (without an issue) opens a new issue on its project — all in one go: a bad action item refuses
 * the whole meeting.
 */
public final class MeetingService {

    private final HousingRepository repository;
    private final AccessControl access;
    private final IssueService issues;
    private final Timeline timeline;

    public MeetingService(HousingRepository repository, AccessControl access, IssueService issues, Timeline timeline) {
        this.repository = repository;
        this.access = access;
        this.issues = issues;
        this.timeline = timeline;
    }

    public List<Meeting> list(int offset, int limit) {
        return repository.visibleTo(access, HousingPermissions.VIEW).meetings().list(offset, limit);
    }

    public Optional<Meeting> find(long id) {
        return repository.visibleTo(access, HousingPermissions.VIEW).meetings().find(id);
    }

    public int heldSince(LocalDate since) {
        return repository.visibleTo(access, HousingPermissions.VIEW).meetings().count(since);
    }

    public Optional<Project> project(long id) {
        return repository.visibleTo(access, HousingPermissions.VIEW).projects().find(id);
    }

    public Optional<BlockingIssue> issue(long id) {
        return repository.visibleTo(access, HousingPermissions.VIEW).issues().find(id);
    }

    /** The days a meeting recorded today can have been held on. */
    public DateBounds meetingBounds() {
        return HousingDates.meetingDay(issues.today());
    }

    /** Records a meeting and applies its action items to the issues. */
    public Meeting hold(Meeting draft) {
        // the meeting belongs to the caller's department; its agenda may name only projects and issues in scope
        String department = RecordScope.newRecordDepartment(access, HousingPermissions.MEETINGS, HousingPermissions.DEPARTMENT);
        HousingRepository visible = repository.visibleTo(access, HousingPermissions.MEETINGS);
        ProjectService.check("heldOn", meetingBounds(), draft.heldOn());
        if (draft.title() == null || draft.title().isBlank() || draft.host() == null || draft.host().isBlank()
                || draft.attendees() == null || draft.attendees().isBlank()) {
            throw new RefusedException("meeting", "housing.error.meeting-incomplete");
        }
        if (draft.projectIds().isEmpty() && draft.issueIds().isEmpty()
                && draft.actions().stream().allMatch(a -> a.issueId() == null && a.projectId() == null)) {
            throw new RefusedException("agenda", "housing.error.agenda-empty");
        }
        for (Long p : draft.projectIds()) {
            visible.projects().find(p).orElseThrow(() -> new RefusedException("agenda", "housing.error.no-such-project"));
        }
        for (Meeting.ActionItem a : draft.actions()) {
            if (a.description() == null || a.description().isBlank() || a.owner() == null || a.owner().isBlank()
                    || a.deadline() == null) {
                throw new RefusedException("actions", "housing.error.action-incomplete");
            }
            issues.dueBounds().violation(a.deadline()).ifPresent(v -> {
                throw new RefusedException("actions", DateBounds.BEFORE_KEY.equals(v.messageKey())
                        ? "housing.error.action-deadline-before" : "housing.error.action-deadline-after",
                        a.description().strip(), v.bound());
            });
            if (a.issueId() == null && a.projectId() == null) {
                throw new RefusedException("actions", "housing.error.action-target");
            }
            if (a.issueId() != null) {
                BlockingIssue i = visible.issues().find(a.issueId())
                        .orElseThrow(() -> new RefusedException("actions", "housing.error.no-such-issue"));
                if (!i.status().open()) {
                    throw new RefusedException("actions", "housing.error.issue-resolved");
                }
            }
        }
        String by = access.currentUser().map(CurrentUser::login).orElseThrow();
        Set<Long> agendaIssues = new LinkedHashSet<>(draft.issueIds());
        draft.actions().stream().filter(a -> a.issueId() != null).forEach(a -> agendaIssues.add(a.issueId()));
        Set<Long> agendaProjects = new LinkedHashSet<>(draft.projectIds());
        draft.actions().stream().filter(a -> a.projectId() != null).forEach(a -> agendaProjects.add(a.projectId()));
        for (Long i : agendaIssues) {
            BlockingIssue issue = visible.issues().find(i)
                    .orElseThrow(() -> new RefusedException("agenda", "housing.error.no-such-issue"));
            agendaProjects.add(issue.projectId());
        }
        for (Long p : agendaProjects) {
            visible.projects().find(p).orElseThrow(() -> new RefusedException("agenda", "housing.error.no-such-project"));
        }
        long id = repository.jdbi().inTransaction(h -> repository.meetings().insert(h, new Meeting(0, draft.heldOn(),
                draft.title().trim(), HousingSql.blank(draft.place()), draft.host().trim(), draft.attendees().trim(),
                HousingSql.blank(draft.decisions()), new ArrayList<>(agendaProjects), new ArrayList<>(agendaIssues),
                List.of(), by), department));
        for (Meeting.ActionItem a : draft.actions()) {
            Long issueId = a.issueId();
            if (issueId == null) {
                BlockingIssue created = issues.raiseFor(new IssueService.NewIssue(a.projectId(), HousingSql.shorten(a.description()),
                        "调度会交办：" + draft.title().trim(), IssueSeverity.MEDIUM, a.owner(), a.deadline()),
                        HousingPermissions.MEETINGS);
                issueId = created.id();
                issues.doProgress(issueId, a.description(), a.owner(), a.deadline(), "meeting-action",
                        HousingPermissions.MEETINGS);
            } else if (a.resolves()) {
                issues.doResolve(issueId, a.description(), "meeting-resolve", HousingPermissions.MEETINGS);
            } else {
                issues.doProgress(issueId, a.description(), a.owner(), a.deadline(), "meeting-action",
                        HousingPermissions.MEETINGS);
            }
            Long target = issueId;
            repository.jdbi().useHandle(h -> repository.meetings().insertAction(h, id, new Meeting.ActionItem(0, target,
                    a.projectId(), a.description().trim(), a.owner().trim(), a.deadline(), a.resolves())));
        }
        for (Long p : agendaProjects) {
            repository.projects().find(p).ifPresent(project -> timeline.record(ProjectService.SOURCE,
                    ProjectService.RECORD_TYPE, project.code(), "meeting", project.status().name(),
                    project.status().name(), draft.heldOn() + " " + draft.title().trim()));
        }
        return repository.meetings().find(id).orElseThrow();
    }
}
