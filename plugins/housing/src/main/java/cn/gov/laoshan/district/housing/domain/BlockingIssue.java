package cn.gov.laoshan.district.housing.domain;

import java.time.LocalDate;

/**
 * A blocking issue (卡脖子问题) of a project: who must solve it by when; the next step and due date are updated by
 * dispatch-meeting action items.
 */
public record BlockingIssue(long id, long projectId, String projectName, String title, String description,
        IssueSeverity severity, String ownerDepartment, LocalDate dueDate, IssueStatus status, String nextStep,
        String resolution, LocalDate raisedOn, LocalDate resolvedOn, String raisedBy) {

    public boolean overdue(LocalDate today) {
        return status.open() && dueDate != null && dueDate.isBefore(today);
    }
}
