package cn.gov.laoshan.district.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which enterprises a caller acts for, and the SQL condition that says it. */
class EnterpriseScopeTest {

    private static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final String MINGDE = "91370212MA3D0WPHWP";

    private static AccessControl as(CurrentUser user, String... permissions) {
        return TestAccess.as(user, permissions);
    }

    @Test
    void staffHoldingThePermissionActForEveryEnterpriseAnEnterpriseUserForTheirOwn() {
        CurrentUser staff = new CurrentUser("lixiumei", "李秀梅", "social-governance", null, false);
        CurrentUser hailan = new CurrentUser("hailan-qy", "林海澜", null, HAILAN, false);
        assertEquals(EnterpriseScope.ALL, as(staff, "mediation.case.read").enterprises("mediation.case.read"));
        assertEquals(EnterpriseScope.of(Set.of(HAILAN)), as(hailan, "mediation.case.read").enterprises("mediation.case.read"));
        assertEquals(EnterpriseScope.NONE, as(hailan).enterprises("mediation.case.read"), "without the permission: none");
        assertEquals(EnterpriseScope.NONE, as(staff).enterprises("mediation.case.read"));
        assertEquals(EnterpriseScope.NONE, as(null).enterprises("mediation.case.read"));

        AccessControl hailanReads = as(hailan, "mediation.case.read");
        hailanReads.checkEnterprise("mediation.case.read", HAILAN);
        assertThrows(AccessDeniedException.class, () -> hailanReads.checkEnterprise("mediation.case.read", MINGDE));
        assertThrows(AccessDeniedException.class, () -> as(hailan).checkEnterprise("mediation.case.read", HAILAN));
        as(staff, "mediation.case.read").checkEnterprise("mediation.case.read", MINGDE);
    }

    @Test
    void theConditionNamesItsParametersAndKeepsNothingForNone() {
        EnterpriseScope two = EnterpriseScope.of(Set.of(MINGDE, HAILAN));
        assertEquals("p.uscc in (:enterpriseScope0, :enterpriseScope1)", two.condition("p.uscc"));
        assertEquals(Map.of("enterpriseScope0", HAILAN, "enterpriseScope1", MINGDE), two.parameters());
        assertNull(EnterpriseScope.ALL.condition("uscc"), "everything: no condition");
        assertTrue(EnterpriseScope.ALL.parameters().isEmpty());
        assertEquals("1 = 0", EnterpriseScope.NONE.condition("uscc"));
        assertTrue(EnterpriseScope.NONE.isEmpty());
        assertTrue(two.includes(HAILAN));
        assertFalse(two.includes("91370212MA3C4XK2R0"));
        assertFalse(two.includes(null));
        assertTrue(EnterpriseScope.ALL.includes(MINGDE));
        // the column is spliced into SQL: only a (qualified) name is taken
        assertThrows(IllegalArgumentException.class, () -> two.condition("uscc or 1 = 1"));
    }
}
