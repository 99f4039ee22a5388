package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.mediation.service.CaseScope;
import cn.gov.laoshan.district.mediation.service.CaseWorkflow;

/** Which cases a user sees: ALL, DEPARTMENT (with sub-departments as identity expands them), OWN. */
class CaseScopeTest {

    static AccessControl user(String login, String department, boolean admin, DepartmentScope readScope) {
        CurrentUser user = new CurrentUser(login, login, department, null, admin);
        return new AccessControl() {
            public Optional<CurrentUser> currentUser() {
                return Optional.of(user);
            }

            public boolean has(String permission) {
                return admin || !readScope.isEmpty();
            }

            public void check(String permission) {
                if (!has(permission)) {
                    throw new AccessDeniedException(permission);
                }
            }

            public DepartmentScope scope(String permission) {
                return readScope;
            }

            public <T> T asSystem(Supplier<T> work) {
                return work.get();
            }
        };
    }

    @Test
    void allSeesEveryCase() {
        CaseScope scope = CaseScope.of(user("leader", "laoshan", false, DepartmentScope.ALL), CaseWorkflow.READ);
        assertTrue(scope.all());
        assertNull(scope.condition(), "no condition in SQL");
        assertTrue(scope.includes("market", "someone", null));
        assertTrue(scope.includes(null, "someone", null));
    }

    @Test
    void aPlatformAdministratorSeesEveryCase() {
        CaseScope scope = CaseScope.of(user("admin", "laoshan", true, DepartmentScope.NONE), CaseWorkflow.READ);
        assertTrue(scope.all());
    }

    @Test
    void departmentSeesItsDepartmentsAndItsOwn() {
        // identity gives a role on 'justice' as justice and its sub-departments
        CaseScope scope = CaseScope.of(user("zhou", "justice", false,
                DepartmentScope.of(Set.of("justice", "social-governance"))), CaseWorkflow.READ);
        assertFalse(scope.all());
        assertTrue(scope.includes("justice", "x", null));
        assertTrue(scope.includes("social-governance", "x", "y"), "a sub-department");
        assertFalse(scope.includes("market", "x", "y"), "another department");
        assertFalse(scope.includes(null, "x", "y"));
        assertTrue(scope.includes("market", "zhou", null), "registered by the user");
        assertTrue(scope.includes("market", "x", "zhou"), "mediated by the user");
        assertEquals("(department_code in (<scopeDepartments>) or registered_by = :scopeLogin "
                + "or mediator_login = :scopeLogin)", scope.condition());
    }

    @Test
    void ownSeesOnlyWhatTheUserRegisteredOrMediates() {
        CaseScope scope = new CaseScope(false, Set.of(), "lixiumei");
        assertTrue(scope.includes("social-governance", "lixiumei", null));
        assertTrue(scope.includes("market", "wang", "lixiumei"));
        assertFalse(scope.includes("social-governance", "wang", "zhang"));
        assertEquals("(registered_by = :scopeLogin or mediator_login = :scopeLogin)", scope.condition());
    }

    @Test
    void anEnterpriseUserSeesTheCasesOfTheirOwnEnterpriseOnly() {
        CurrentUser hailan = new CurrentUser("hailan-qy", "林海澜", null, "91370212MA3C4XK2QQ", false);
        AccessControl access = new AccessControl() {
            public Optional<CurrentUser> currentUser() {
                return Optional.of(hailan);
            }

            public boolean has(String permission) {
                return true;
            }

            public void check(String permission) {
            }

            public DepartmentScope scope(String permission) {
                // whatever a role says, an enterprise user's scope is their enterprise
                return DepartmentScope.ALL;
            }

            public <T> T asSystem(Supplier<T> work) {
                return work.get();
            }
        };
        CaseScope scope = CaseScope.of(access, CaseWorkflow.READ);
        assertFalse(scope.all());
        assertEquals("exists (select 1 from party scope_party where scope_party.case_id = mediation_case.id "
                + "and scope_party.uscc in (:enterpriseScope0))", scope.condition());
        assertFalse(scope.includes("social-governance", "hailan-qy", null), "not by department, not by registrant");
    }

    @Test
    void nobodySeesNothing() {
        CaseScope scope = new CaseScope(false, Set.of(), null);
        assertFalse(scope.includes("justice", "a", "b"));
        assertEquals("1 = 0", scope.condition());
    }
}
