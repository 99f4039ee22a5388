package cn.gov.laoshan.district.api.security;

import java.util.Set;

/**
 * Where a permission holds: everywhere, in some departments (a department admin's role covers their department
 * and its sub-departments), or nowhere.
 *
 * @param all         holds in every department
 * @param departments department codes where it holds, when not {@code all}
 */
public record DepartmentScope(boolean all, Set<String> departments) {

    public static final DepartmentScope ALL = new DepartmentScope(true, Set.of());
    public static final DepartmentScope NONE = new DepartmentScope(false, Set.of());

    public DepartmentScope {
        departments = Set.copyOf(departments);
    }

    public static DepartmentScope of(Set<String> departments) {
        return departments.isEmpty() ? NONE : new DepartmentScope(false, departments);
    }

    public boolean includes(String departmentCode) {
        return all || departments.contains(departmentCode);
    }

    public boolean isEmpty() {
        return !all && departments.isEmpty();
    }
}
