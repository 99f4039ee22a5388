package cn.gov.laoshan.district.housing.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.project.ProjectDirectory;
import cn.gov.laoshan.district.api.project.ProjectSummary;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.Project;

/**
 * The housing key projects as other plugins may name them (api.project; the service hall's 联合会商): read through
 * {@link ProjectService}, so in the caller's scope of {@link HousingPermissions#VIEW} (its department scope, in
 * SQL). A caller without that permission, or an enterprise user (their projects are on the enterprise page, not
 * here), finds nothing.
 */
public final class HousingProjectDirectory implements ProjectDirectory {

    private final ProjectService projects;
    private final AccessControl access;

    public HousingProjectDirectory(ProjectService projects, AccessControl access) {
        this.projects = projects;
        this.access = access;
    }

    @Override
    public List<ProjectSummary> search(String text, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1.." + MAX_LIMIT);
        }
        if (!mayRead()) {
            return List.of();
        }
        ProjectFilter filter = new ProjectFilter(text == null || text.isBlank() ? null : text.strip(), null, null, null);
        return projects.list(filter, "code", true, 0, limit).stream().map(HousingProjectDirectory::summary).toList();
    }

    @Override
    public Optional<ProjectSummary> findByCode(String code) {
        if (code == null || code.isBlank() || !mayRead()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        // the code contains the code; the exact one among the few that contain it
        return projects.list(new ProjectFilter(wanted, null, null, null), "code", true, 0, MAX_LIMIT).stream()
                .filter(p -> p.code().equals(wanted)).findFirst().map(HousingProjectDirectory::summary);
    }

    private boolean mayRead() {
        return access.currentUser().map(u -> u.staff()).orElse(true) && access.has(HousingPermissions.VIEW);
    }

    private static ProjectSummary summary(Project p) {
        return new ProjectSummary(p.code(), p.name(), p.investorName(), "housing/projects/" + p.id());
    }
}
