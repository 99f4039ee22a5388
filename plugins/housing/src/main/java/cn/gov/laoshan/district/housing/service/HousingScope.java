package cn.gov.laoshan.district.housing.service;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.housing.domain.Project;

/**
 * Department scoping of the housing records: a permission says what a user may do, its scope where. Reads go
 * through {@link #visible}, which selects in SQL only the departments where the caller holds the permission (a
 * role holding a housing permission in another bureau sees nothing); changes look the record up in the scope of
 * the changing permission, so a record outside it is "not found" and nothing changes; new records belong to the
 * caller's own department when the permission holds there, else to the housing bureau ({@link #DEPARTMENT}).
 */
public final class HousingScope {

    /** The department the plugin belongs to (区住房和城乡建设局). */
    public static final String DEPARTMENT = "housing";

    private final AccessControl access;

    public HousingScope(AccessControl access) {
        this.access = access;
    }

    /** The repository as a holder of {@code permission} sees it (the permission is checked first). */
    public HousingRepository visible(HousingRepository repository, String permission) {
        access.check(permission);
        DepartmentScope scope = access.scope(permission);
        return repository.in(scope.all() ? null : scope.departments());
    }

    /**
     * Project {@code id} as a holder of {@code permission} sees it; one outside that permission's scope is "no such
     * project", as is one that does not exist.
     */
    Project project(HousingRepository repository, String permission, long id) {
        return visible(repository, permission).projects().find(id)
                .orElseThrow(() -> new HousingException("project", "housing.error.no-such-project"));
    }

    /** The department a new record of the caller belongs to; refused unless {@code permission} holds there. */
    public String newRecordDepartment(String permission) {
        String own = access.currentUser().map(CurrentUser::departmentCode).orElse(null);
        String department = own != null && access.scope(permission).includes(own) ? own : DEPARTMENT;
        access.check(permission, department);
        return department;
    }
}
