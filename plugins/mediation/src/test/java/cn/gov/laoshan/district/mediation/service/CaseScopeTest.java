package cn.gov.laoshan.district.mediation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * Which cases a user sees — ALL, DEPARTMENT (with sub-departments as identity expands them), OWN, an enterprise's —
 * as the platform's {@link RecordScope} over mediation's columns ({@link CaseRepository#CASES}); the rows it lets
 * through on a database are in {@code CaseDataTest}.
 */
class CaseScopeTest {

    /** A member of staff holding the read permission in {@code readScope} (nothing when it is empty). */
    static AccessControl user(String login, String department, boolean admin, DepartmentScope readScope) {
        if (admin) {
            return new TestAccess().asAdmin(login);
        }
        TestAccess access = TestAccess.staff(login, department);
        return readScope.isEmpty() ? access : access.hold(CaseWorkflow.READ).within(readScope);
    }

    private static String sql(RecordScope scope) {
        return scope.condition(CaseRepository.CASES).sql();
    }

    @Test
    void allSeesEveryCase() {
        RecordScope scope = RecordScope.of(user("leader", "laoshan", false, DepartmentScope.ALL), CaseWorkflow.READ);
        assertTrue(scope.all());
        assertNull(sql(scope), "no condition in SQL");
        assertTrue(RecordScope.of(user("admin", "laoshan", true, DepartmentScope.NONE), CaseWorkflow.READ).all(),
                "a platform administrator");
    }

    @Test
    void departmentSeesItsDepartmentsAndItsOwn() {
        // identity gives a role on 'justice' as justice and its sub-departments
        RecordScope scope = RecordScope.of(user("zhou", "justice", false,
                DepartmentScope.of(Set.of("justice", "social-governance"))), CaseWorkflow.READ);
        assertTrue(scope.includes("social-governance", "x", "y"), "a sub-department");
        assertFalse(scope.includes("market", "x", "y"), "another department");
        assertTrue(scope.includes("market", "x", "zhou"), "mediated by the user");
        assertEquals("(department_code in (:scopeDepartment0, :scopeDepartment1) or registered_by = :scopeLogin "
                + "or mediator_login = :scopeLogin)", sql(scope));
        assertEquals("(registered_by = :scopeLogin or mediator_login = :scopeLogin)",
                sql(RecordScope.staff(Set.of(), "lixiumei")), "own cases only");
        assertEquals("1 = 0", sql(RecordScope.staff(Set.of(), null)));
    }

    @Test
    void anEnterpriseUserSeesTheCasesOfTheirOwnEnterpriseOnly() {
        // whatever a role says, an enterprise user's scope is their enterprise
        AccessControl access = new TestAccess().asEnterprise("hailan-qy", "91370212MA3C4XK2QQ", CaseWorkflow.READ)
                .within(DepartmentScope.ALL);
        RecordScope scope = RecordScope.of(access, CaseWorkflow.READ);
        assertEquals("exists (select 1 from party scope_party where scope_party.case_id = mediation_case.id "
                + "and scope_party.uscc in (:enterpriseScope0))", sql(scope));
        assertFalse(scope.includes("social-governance", "hailan-qy", null), "not by department, not by registrant");
    }
}
