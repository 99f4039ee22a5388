package cn.gov.laoshan.district.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.shell.security.ViewAccess;

class AccessGuardTest {

    private static final SignedInUser STAFF = new SignedInUser("wangjg", "王建国", "justice", null, false, Map.of(),
            false);
    private static final SignedInUser ENTERPRISE = new SignedInUser("hailan-qy", "海澜", null, "91370212MA3C4XK2QQ",
            false, Map.of("mediation.case.read", DepartmentScope.ALL), false);

    @Test
    void aRefusedScreenIsAuditedWithTheReasonItWasRefused() {
        ViewAccess staffScreen = ViewAccess.permission("mediation.case.read");
        // the enterprise user holds the permission (by mistake): refused because the screen is for staff
        assertEquals("{\"audience\":\"STAFF\",\"permission\":\"mediation.case.read\"}",
                AccessGuard.why(staffScreen, ENTERPRISE));
        assertEquals("{\"permission\":\"mediation.case.read\"}", AccessGuard.why(staffScreen, STAFF));
        assertEquals("{\"audience\":\"ENTERPRISE\",\"permission\":null}",
                AccessGuard.why(ViewAccess.signedIn(Audience.ENTERPRISE), STAFF));
        assertEquals("{\"permission\":\"a\\\"b\"}", AccessGuard.why(ViewAccess.permission("a\"b"), STAFF));
        // a control character too (a hand-written escaper let a line break through: no longer JSON)
        assertEquals("{\"permission\":\"a\\nb\"}", AccessGuard.why(ViewAccess.permission("a\nb"), STAFF));
    }
}
