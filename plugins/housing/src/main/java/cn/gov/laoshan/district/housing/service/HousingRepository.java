package cn.gov.laoshan.district.housing.service;

import java.util.Collection;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

/**
 * The housing plugin's tables in its own schema, one repository per aggregate: {@link #templates() menus},
 * {@link #projects() projects with their plan items}, {@link #issues() blocking issues}, {@link #meetings()
 * dispatch meetings}. No permission checks here: the services do them.
 */
public final class HousingRepository {

    private final Jdbi jdbi;
    private final TemplateRepository templates;
    private final ProjectRepository projects;
    private final IssueRepository issues;
    private final MeetingRepository meetings;

    public HousingRepository(Jdbi jdbi) {
        this(jdbi, null);
    }

    private HousingRepository(Jdbi jdbi, Set<String> departments) {
        this.jdbi = jdbi;
        HousingSql sql = new HousingSql(departments);
        this.templates = new TemplateRepository(jdbi, sql);
        this.projects = new ProjectRepository(jdbi, sql);
        this.issues = new IssueRepository(jdbi, sql);
        this.meetings = new MeetingRepository(jdbi, sql);
    }

    /**
     * The same tables seen from a department scope: every read of the returned repositories selects only projects,
     * menus and meetings of those departments (and issues of those projects), in SQL. {@code null} is everything
     * (the district scope, the system's jobs).
     */
    public HousingRepository in(Collection<String> departments) {
        return new HousingRepository(jdbi, departments == null ? null : Set.copyOf(departments));
    }

    /** For the services' transactions (one handle over several repositories). */
    public Jdbi jdbi() {
        return jdbi;
    }

    public TemplateRepository templates() {
        return templates;
    }

    public ProjectRepository projects() {
        return projects;
    }

    public IssueRepository issues() {
        return issues;
    }

    public MeetingRepository meetings() {
        return meetings;
    }
}
