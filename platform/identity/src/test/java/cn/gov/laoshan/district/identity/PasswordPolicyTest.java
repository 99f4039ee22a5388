package cn.gov.laoshan.district.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.identity.domain.PasswordPolicy;

class PasswordPolicyTest {

    @Test
    void defaultAsksTwelveCharactersAndNotTheLogin() {
        PasswordPolicy policy = PasswordPolicy.DEFAULT;
        assertEquals(List.of("identity.password.too-short"), policy.problems("li", "short".toCharArray()));
        assertEquals(List.of(), policy.problems("li", "correct horse battery".toCharArray()));
        assertEquals(List.of("identity.password.contains-login"),
                policy.problems("wangjianguo", "wangjianguo-2026!".toCharArray()));
        assertTrue(policy.problems("li", "aaaaaaaaaaaaaaa".toCharArray()).contains("identity.password.repetitive"));
    }

    @Test
    void complexityAndRotationAreOptions() {
        PasswordPolicy strict = new PasswordPolicy(12, true, Duration.ofDays(90), 5, Duration.ofMinutes(15));
        assertEquals(List.of("identity.password.not-complex"), strict.problems("li", "alllowercaseletters".toCharArray()));
        assertEquals(List.of(), strict.problems("li", "Mixed-Case-2026".toCharArray()));
        Instant changed = Instant.parse("2026-01-01T00:00:00Z");
        assertFalse(strict.expired(changed, Instant.parse("2026-03-01T00:00:00Z")));
        assertTrue(strict.expired(changed, Instant.parse("2026-04-02T00:00:00Z")));
        assertFalse(PasswordPolicy.DEFAULT.expired(changed, Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void configurationFromConfigAdminWithDefaultsForWhatIsMissingOrWrong() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("password.min-length", "16");
        properties.put("password.require-complexity", "true");
        properties.put("lockout.max-failures", "not a number");
        PasswordPolicy policy = IdentityModule.policy(properties);
        assertEquals(16, policy.minLength());
        assertTrue(policy.requireComplexity());
        assertEquals(5, policy.maxFailures());
        assertEquals(Duration.ofMinutes(15), policy.lockout());
        assertEquals(PasswordPolicy.DEFAULT, IdentityModule.policy(null));
    }
}
