package cn.gov.laoshan.district.mediation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jdbi.v3.core.statement.SqlStatement;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.security.EnterpriseScope;

/**
 * Which cases a user may see, from the scope identity gives their read permission, applied in SQL:
 * <ul>
 * <li>ALL (a role scoped to every department, or a platform administrator): every case;</li>
 * <li>DEPARTMENT (the departments where the permission holds — identity already expands a department to its
 * sub-departments): cases registered in one of them, plus OWN;</li>
 * <li>OWN: the cases the user registered or mediates — always visible to a holder of the permission, also when
 * the permission holds in no department (a scope that names none);</li>
 * <li>ENTERPRISE (an enterprise user, see {@link AccessControl#enterprises}): the cases their own enterprise is a
 * party to, and nothing else — not even one they registered for another.</li>
 * </ul>
 * A user without the permission sees nothing (the service refuses before asking).
 *
 * @param enterprises the enterprises whose cases are in; {@link EnterpriseScope#ALL} for staff (their departments
 *                    decide)
 */
public record CaseScope(boolean all, Set<String> departments, String login, EnterpriseScope enterprises) {

    /** Everything: for system work and tests. */
    public static final CaseScope ALL = new CaseScope(true, Set.of(), null);

    public CaseScope {
        departments = Set.copyOf(departments);
        enterprises = enterprises == null ? EnterpriseScope.ALL : enterprises;
    }

    /** A staff member's scope. */
    public CaseScope(boolean all, Set<String> departments, String login) {
        this(all, departments, login, EnterpriseScope.ALL);
    }

    public static CaseScope of(AccessControl access, String permission) {
        CurrentUser user = access.currentUser().orElse(null);
        if (user != null && user.external()) {
            return new CaseScope(false, Set.of(), null, access.enterprises(permission));
        }
        DepartmentScope scope = access.scope(permission);
        if (scope.all() || (user != null && user.platformAdmin())) {
            return ALL;
        }
        return new CaseScope(false, new TreeSet<>(scope.departments()), user == null ? null : user.login());
    }

    /**
     * Whether a case of {@code departmentCode}, registered by {@code registeredBy} and mediated by {@code mediator},
     * is in, for staff (an enterprise user's scope depends on the case's parties: ask the database).
     */
    public boolean includes(String departmentCode, String registeredBy, String mediator) {
        return all || (departmentCode != null && departments.contains(departmentCode))
                || (login != null && (login.equals(registeredBy) || login.equals(mediator)));
    }

    /** The SQL condition over {@code mediation_case} (no leading "and"), or {@code null} when everything is in. */
    public String condition() {
        if (all) {
            return null;
        }
        if (!enterprises.all()) {
            // an enterprise user: their enterprise is a party (the parties hold the enterprise's code)
            return enterprises.isEmpty() ? "1 = 0" : "exists (select 1 from party scope_party where "
                    + "scope_party.case_id = mediation_case.id and " + enterprises.condition("scope_party.uscc") + ")";
        }
        List<String> any = new ArrayList<>();
        if (!departments.isEmpty()) {
            any.add("department_code in (<scopeDepartments>)");
        }
        if (login != null) {
            any.add("registered_by = :scopeLogin");
            any.add("mediator_login = :scopeLogin");
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }

    /** Binds what {@link #condition()} names. */
    public void bind(SqlStatement<?> statement) {
        if (all) {
            return;
        }
        if (!enterprises.all()) {
            statement.bindMap(enterprises.parameters());
            return;
        }
        if (!departments.isEmpty()) {
            statement.bindList("scopeDepartments", List.copyOf(departments));
        }
        if (login != null) {
            statement.bind("scopeLogin", login);
        }
    }
}
