package cn.gov.laoshan.district.housing.service;

import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;

/**
 * What a project list is filtered by; {@code null} fields do not filter. A query type of the service (the views
 * pass it to {@link ProjectService#list}), not of the repository that turns it into SQL.
 */
public record ProjectFilter(String nameFragment, InvestmentKind kind, ProjectLevel level, ProjectStatus status) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null, null, null);
    }
}
