package cn.gov.laoshan.district.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.Audience;

/**
 * An individual user (a 政务体验官: a person's own external account) is neither staff nor an enterprise user: they see
 * their own records only, act for no enterprise, and are admitted only to screens for individual users or for every
 * account.
 */
class IndividualUserTest {

    private static final CurrentUser OFFICER = new CurrentUser("tiyan-wangfang", "王芳", null, null, false, true);
    private static final CurrentUser STAFF = new CurrentUser("sunli", "孙丽", "approval", null, false);
    private static final CurrentUser ENTERPRISE = new CurrentUser("hailan-qy", "林海澜", null, "91370212MA3C4XK2QQ", false);

    @Test
    void anIndividualUserIsNeitherStaffNorAnEnterprisesRepresentative() {
        assertTrue(OFFICER.individual());
        assertFalse(OFFICER.staff());
        assertFalse(OFFICER.external());
        assertTrue(STAFF.staff());
        assertFalse(ENTERPRISE.staff());
        assertFalse(new CurrentUser("x", "x", "approval", null, false).individual(), "the old constructor: not individual");
        assertThrows(IllegalArgumentException.class, () -> new CurrentUser("x", "x", "approval", null, false, true));
        assertThrows(IllegalArgumentException.class,
                () -> new CurrentUser("x", "x", null, "91370212MA3C4XK2QQ", false, true));
        assertThrows(IllegalArgumentException.class, () -> new CurrentUser("x", "x", null, null, true, true));
    }

    @Test
    void audiencesAdmitTheirSideOfTheTableOnly() {
        for (Audience audience : Audience.values()) {
            boolean forIndividuals = audience == Audience.INDIVIDUAL || audience == Audience.ANY;
            assertEquals(forIndividuals, audience.admits(OFFICER), audience + " for an individual user");
            assertEquals(audience != Audience.ENTERPRISE && audience != Audience.INDIVIDUAL, audience.admits(STAFF),
                    audience + " for staff");
            assertEquals(audience != Audience.STAFF && audience != Audience.INDIVIDUAL, audience.admits(ENTERPRISE),
                    audience + " for an enterprise user");
        }
    }

    @Test
    void anIndividualSeesOnlyTheirOwnRecordsWhateverTheirPermissionsScope() {
        // this access control answers ALL for every held permission's department scope: an individual's scope must
        // still be their own records, never a department's, never an enterprise's
        AccessControl access = TestAccess.as(OFFICER, "servicehall.experience.task.read");
        RecordScope scope = RecordScope.of(access, "servicehall.experience.task.read");
        assertFalse(scope.all());
        assertFalse(scope.external());
        RecordScope.Columns tasks = RecordScope.columns("department_code").owners("officer_login")
                .enterprises("uscc");
        RecordScope.Condition condition = scope.condition(tasks);
        assertEquals("officer_login = :scopeLogin", condition.sql());
        assertEquals(Map.of("scopeLogin", "tiyan-wangfang"), condition.parameters());
        assertEquals(RecordScope.Condition.NOTHING, scope.condition(RecordScope.columns("department_code")),
                "a table without owner columns shows them nothing");
        assertTrue(access.enterprises("servicehall.experience.task.read").isEmpty(), "they act for no enterprise");
    }
}
