package cn.gov.laoshan.district.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IdentityAuditTest {

    @Test
    void aSignInsDetailIsValidJsonWhateverItHolds() {
        // quotes kept (they were turned into ' before), a backslash and a line break escaped (they broke the JSON)
        assertEquals("{\"detail\":\"locked \\\"wang\\\" C:\\\\x\\nnext\"}",
                IdentityAudit.detail("locked \"wang\" C:\\x\nnext"));
        assertEquals("{\"detail\":\"unknown login\"}", IdentityAudit.detail("unknown login"));
        assertNull(IdentityAudit.detail(null));
    }
}
