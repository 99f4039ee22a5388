package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.mediation.service.CaseScope;
import cn.gov.laoshan.district.mediation.service.CaseWorkflow;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** Which cases a user sees: ALL, DEPARTMENT (with sub-departments as identity expands them), OWN. */
class CaseScopeTest {

    /** A member of staff holding the read permission in {@code readScope} (nothing when it is empty). */
    static AccessControl user(String login, String department, boolean admin, DepartmentScope readScope) {
        if (admin) {
            return new TestAccess().asAdmin(login);
        }
        TestAccess access = TestAccess.staff(login, department);
        return readScope.isEmpty() ? access : access.hold(CaseWorkflow.READ).within(readScope);
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
        // whatever a role says, an enterprise user's scope is their enterprise
        AccessControl access = new TestAccess().asEnterprise("hailan-qy", "91370212MA3C4XK2QQ", CaseWorkflow.READ)
                .within(DepartmentScope.ALL);
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
