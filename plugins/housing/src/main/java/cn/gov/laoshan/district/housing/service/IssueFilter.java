package cn.gov.laoshan.district.housing.service;

import java.time.LocalDate;

import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;

/**
 * What an issue list is filtered by; {@code null} fields do not filter. A query type of the service (the views pass
 * it to {@link IssueService}), not of the repository that turns it into SQL.
 */
public record IssueFilter(Long projectId, IssueSeverity severity, IssueStatus status, String ownerDepartment,
        boolean openOnly, boolean overdueOnly, LocalDate today) {

    public static IssueFilter open(LocalDate today) {
        return new IssueFilter(null, null, null, null, true, false, today);
    }
}
