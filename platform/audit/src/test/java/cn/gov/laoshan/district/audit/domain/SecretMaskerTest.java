package cn.gov.laoshan.district.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void jsonMembersNamedLikeSecretsAreMaskedAtAnyDepth() {
        String masked = SecretMasker.mask("{\"login\":\"lisi\",\"password\":\"hunter2\",\"profile\":{\"apiToken\":42,"
                + "\"phone\":\"138****5678\"},\"keys\":[{\"client_secret\":\"s\"}],\"passwordHash\":\"abc\"}");
        assertEquals("{\"login\":\"lisi\",\"password\":\"***\",\"profile\":{\"apiToken\":\"***\",\"phone\":\"138****5678\"},"
                + "\"keys\":[{\"client_secret\":\"***\"}],\"passwordHash\":\"***\"}", masked);
    }

    @Test
    void jsonWithoutSecretsIsKeptByteForByte() {
        String json = "{ \"status\" : \"锁定\",  \"failures\": 5 }";
        assertEquals(json, SecretMasker.mask(json));
    }

    @Test
    void plainTextPairsAreMasked() {
        assertEquals("user=lisi password=*** token: ***, note=ok",
                SecretMasker.mask("user=lisi password=hunter2 token: abc.def, note=ok"));
        assertEquals("密码：***", SecretMasker.mask("密码：123456"));
        assertEquals("a note about nothing secret", SecretMasker.mask("a note about nothing secret"));
    }

    @Test
    void brokenJsonFallsBackToThePairRule() {
        assertEquals("{\"password\": ***", SecretMasker.mask("{\"password\": \"x\""));
    }

    @Test
    void namesAreComparedWithoutCaseDashesOrUnderscores() {
        assertTrue(SecretMasker.isSecretName("Session-Id"));
        assertTrue(SecretMasker.isSecretName("PRIVATE_KEY"));
        assertTrue(SecretMasker.isSecretName("newPassword"));
        assertFalse(SecretMasker.isSecretName("displayName"));
        assertNull(SecretMasker.mask(null));
    }
}
