package cn.gov.laoshan.district.identity.service;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;

/**
 * What a user's roles grant: for each permission, the departments where it holds. A role scoped to a department
 * covers that department and every department below it. An external user (an enterprise's representative) holds
 * the permissions of their roles for no department: only their own enterprise's records, which plugins select by
 * the user's USCC. An individual user holds them for no department either: only their own records.
 */
public final class Grants {

    private final Map<String, List<String>> children = new HashMap<>();

    public Grants(Collection<Department> departments) {
        for (Department department : departments) {
            if (department.parentCode() != null) {
                children.computeIfAbsent(department.parentCode(), k -> new java.util.ArrayList<>()).add(department.code());
            }
        }
    }

    /** A department and all departments below it. */
    public Set<String> subtree(String code) {
        Set<String> result = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(code);
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    public boolean platformAdmin(Collection<Role> roles) {
        return roles.stream().anyMatch(Role::platformAdmin);
    }

    /** Permission → scope for a user holding {@code roles}. */
    public Map<String, DepartmentScope> of(User user, Collection<Role> roles) {
        Map<String, DepartmentScope> grants = new HashMap<>();
        for (Role role : roles) {
            DepartmentScope scope = switch (role.scope()) {
                case ALL -> DepartmentScope.ALL;
                case OWN -> user.departmentCode() == null ? DepartmentScope.NONE
                        : DepartmentScope.of(subtree(user.departmentCode()));
                case DEPARTMENT -> DepartmentScope.of(subtree(role.departmentCode()));
            };
            if (scope.isEmpty() && !user.kind().outsider()) {
                // a staff role limited to a department the user is not in grants nothing
                continue;
            }
            for (String permission : role.permissions()) {
                grants.merge(permission, scope, Grants::union);
            }
        }
        return grants;
    }

    static DepartmentScope union(DepartmentScope a, DepartmentScope b) {
        if (a.all() || b.all()) {
            return DepartmentScope.ALL;
        }
        Set<String> both = new HashSet<>(a.departments());
        both.addAll(b.departments());
        return DepartmentScope.of(both);
    }
}
