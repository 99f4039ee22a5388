package cn.gov.laoshan.district.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;

/** The audience comes before the permission: each side of the table opens only what is made for it. */
class ViewAccessTest {

    private static final String READ = "mediation.case.read";

    private final SignedInUser staff = new SignedInUser("lixiumei", "李秀梅", "social-governance", null, false,
            Map.of(READ, DepartmentScope.ALL), false);
    private final SignedInUser platformAdmin = new SignedInUser("admin", "平台管理员", "laoshan", null, true, Map.of(),
            false);
    /** An enterprise user who was given a staff permission by mistake. */
    private final SignedInUser enterprise = new SignedInUser("hailan-qy", "林海澜", null, "91370212MA3C4XK2QQ", false,
            Map.of(READ, DepartmentScope.NONE), false);

    @Test
    void aStaffScreenIsNeverOpenedForAnEnterpriseUserWhateverTheyHold() {
        ViewAccess staffScreen = ViewAccess.permission(READ);
        assertTrue(staffScreen.allows(Optional.of(staff)));
        assertFalse(staffScreen.allows(Optional.of(enterprise)), "the permission given by mistake opens nothing");
        assertFalse(staffScreen.allows(Optional.empty()));
    }

    @Test
    void anEnterpriseScreenIsForEnterpriseUsersAndForStaffOnlyWhenItSaysBoth() {
        ViewAccess enterpriseScreen = ViewAccess.permission(READ, Audience.ENTERPRISE);
        assertTrue(enterpriseScreen.allows(Optional.of(enterprise)));
        assertFalse(enterpriseScreen.allows(Optional.of(staff)));
        assertFalse(enterpriseScreen.allows(Optional.of(platformAdmin)), "not even a platform administrator");
        ViewAccess both = ViewAccess.permission(READ, Audience.BOTH);
        assertTrue(both.allows(Optional.of(staff)));
        assertTrue(both.allows(Optional.of(enterprise)));
        ViewAccess enterpriseHome = ViewAccess.signedIn(Audience.ENTERPRISE);
        assertTrue(enterpriseHome.allows(Optional.of(enterprise)));
        assertFalse(enterpriseHome.allows(Optional.of(staff)));
        assertTrue(ViewAccess.SIGNED_IN.allows(Optional.of(enterprise)), "the shell's own pages are for both");
    }

    /** An individual user (政务体验官) who was given a staff and an enterprise permission by mistake. */
    private final SignedInUser individual = new SignedInUser("tiyan-wangfang", "王芳", null, null, false,
            Map.of(READ, DepartmentScope.NONE, "servicehall.experience.task.read", DepartmentScope.NONE), false, 0,
            java.time.Instant.now(), true);

    @Test
    void anIndividualUserOpensOnlyTheirOwnScreensAndTheShellsPages() {
        assertFalse(ViewAccess.permission(READ).allows(Optional.of(individual)), "a staff screen: never");
        assertFalse(ViewAccess.permission(READ, Audience.ENTERPRISE).allows(Optional.of(individual)));
        assertFalse(ViewAccess.permission(READ, Audience.BOTH).allows(Optional.of(individual)),
                "BOTH is staff and enterprise users");
        ViewAccess theirs = ViewAccess.permission("servicehall.experience.task.read", Audience.INDIVIDUAL);
        assertTrue(theirs.allows(Optional.of(individual)));
        assertFalse(theirs.allows(Optional.of(staff)));
        assertFalse(theirs.allows(Optional.of(enterprise)));
        assertFalse(theirs.allows(Optional.of(platformAdmin)), "not even a platform administrator");
        assertFalse(ViewAccess.signedIn(Audience.ENTERPRISE).allows(Optional.of(individual)), "not the enterprise home");
        assertTrue(ViewAccess.SIGNED_IN.allows(Optional.of(individual)), "the shell's own pages are for every account");
        assertTrue(ViewAccess.SIGNED_IN.allows(Optional.of(staff)));
    }
}
