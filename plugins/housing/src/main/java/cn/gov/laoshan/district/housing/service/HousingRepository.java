package cn.gov.laoshan.district.housing.service;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;

/**
 * The housing plugin's tables in its own schema, one repository per aggregate: {@link #templates() menus},
 * {@link #projects() projects with their plan items}, {@link #issues() blocking issues}, {@link #meetings()
 * dispatch meetings}. The services read through {@link #visibleTo}: a permission says what a user may do, its scope
 * where — a role holding a housing permission in another bureau sees nothing, and a change looks its record up in
 * the scope of the changing permission, so a record outside it is "not found" and nothing changes.
 */
public final class HousingRepository {

    private final Jdbi jdbi;
    private final TemplateRepository templates;
    private final ProjectRepository projects;
    private final IssueRepository issues;
    private final MeetingRepository meetings;

    public HousingRepository(Jdbi jdbi) {
        this(jdbi, RecordScope.ALL);
    }

    private HousingRepository(Jdbi jdbi, RecordScope scope) {
        this.jdbi = jdbi;
        HousingSql sql = new HousingSql(scope);
        this.templates = new TemplateRepository(jdbi, sql);
        this.projects = new ProjectRepository(jdbi, sql);
        this.issues = new IssueRepository(jdbi, sql);
        this.meetings = new MeetingRepository(jdbi, sql);
    }

    /**
     * The same tables seen from {@code scope}: every read of the returned repositories selects only projects, menus
     * and meetings of its departments (and issues of those projects), in SQL; none for an enterprise user.
     */
    public HousingRepository in(RecordScope scope) {
        return new HousingRepository(jdbi, scope);
    }

    /** The tables as a holder of {@code permission} sees them ({@link #in}); the permission is checked first. */
    public HousingRepository visibleTo(AccessControl access, String permission) {
        access.check(permission);
        return in(RecordScope.of(access, permission));
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
