package cn.gov.laoshan.district.testdoubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.security.EnterpriseScope;

/** The test double decides as the shell does: deny by default, scope where held, own enterprise, system. */
class TestAccessTest {

    private static final String READ = "mediation.case.read";
    private static final String HAILAN = "91370212MA3C4XK2QQ";

    @Test
    void nobodyHoldsNothing() {
        TestAccess access = TestAccess.nobody();
        assertFalse(access.has(READ));
        assertEquals(DepartmentScope.NONE, access.scope(READ));
        assertEquals(EnterpriseScope.NONE, access.enterprises(READ));
        assertThrows(AccessDeniedException.class, () -> access.check(READ));
        assertEquals(List.of(READ), access.denials());
        assertTrue(access.currentUser().isEmpty());
    }

    @Test
    void staffHoldWhatTheyAreGivenWhereTheyAreGivenIt() {
        TestAccess access = TestAccess.staff("zhou", "justice", READ).within("justice", "social-governance");
        assertTrue(access.has(READ));
        assertFalse(access.has("mediation.case.assign"));
        assertEquals(DepartmentScope.of(Set.of("justice", "social-governance")), access.scope(READ));
        assertEquals(DepartmentScope.NONE, access.scope("mediation.case.assign"));
        access.check(READ, "social-governance");
        assertThrows(AccessDeniedException.class, () -> access.check(READ, "market"));
        assertEquals(EnterpriseScope.ALL, access.enterprises(READ), "staff: every enterprise");
        assertEquals("justice", access.currentUser().orElseThrow().departmentCode());

        access.hold("mediation.case.assign");
        assertFalse(access.has(READ), "hold replaces what was held");
        assertTrue(access.scope("mediation.case.assign").includes("justice"));
        assertFalse(access.scope("mediation.case.assign").includes("market"), "the scope stays");
    }

    @Test
    void anEnterpriseUserActsForTheirOwnEnterpriseInNoDepartment() {
        TestAccess access = new TestAccess().asEnterprise("hailan-qy", HAILAN, READ);
        assertEquals(EnterpriseScope.of(Set.of(HAILAN)), access.enterprises(READ));
        assertEquals(DepartmentScope.NONE, access.scope(READ));
        access.checkEnterprise(READ, HAILAN);
        assertThrows(AccessDeniedException.class, () -> access.checkEnterprise(READ, "91370212MA3D0WPHWP"));
        assertEquals(EnterpriseScope.NONE, access.enterprises("mediation.case.assign"));
    }

    @Test
    void anAdministratorHoldsEverythingEverywhere() {
        TestAccess access = new TestAccess().asAdmin("admin");
        assertTrue(access.has("anything.at.all"));
        assertEquals(DepartmentScope.ALL, access.scope("anything.at.all"));
    }

    @Test
    void asSystemEveryCheckPassesOnThisThreadOnlyAndOnlyWhileItRuns() throws Exception {
        TestAccess access = TestAccess.nobody();
        boolean[] elsewhere = new boolean[1];
        CurrentUser inside = access.asSystem(() -> {
            access.check(READ);
            assertEquals(DepartmentScope.ALL, access.scope(READ));
            Thread other = new Thread(() -> elsewhere[0] = access.has(READ));
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return access.currentUser().orElseThrow();
        });
        assertEquals(CurrentUser.SYSTEM, inside);
        assertFalse(elsewhere[0], "another thread is not the system");
        assertFalse(access.has(READ), "after the work: nobody again");
        access.signOut();
        assertEquals("nobody", access.toString());
    }
}
