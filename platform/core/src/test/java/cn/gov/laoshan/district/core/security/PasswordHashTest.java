package cn.gov.laoshan.district.core.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    /**
     * A hash made by another implementation (argon2-cffi over the reference C code, from its documentation): our
     * reading of the PHC string and Bouncy Castle's Argon2id agree with it.
     */
    @Test
    void verifiesAHashMadeByTheReferenceImplementation() {
        String reference = "$argon2id$v=19$m=65536,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$"
                + "YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg";
        assertTrue(PasswordHash.verify("correct horse battery staple".toCharArray(), reference));
        assertFalse(PasswordHash.verify("Tr0ub4dor&3".toCharArray(), reference));
        assertFalse(PasswordHash.needsUpgrade(reference, PasswordCost.OWASP), "64 MiB, t=3, p=4 is above OWASP's");
    }

    @Test
    void newHashesAreArgon2idOfTheGivenCostWithTheirOwnSalt() {
        String first = PasswordHash.hash("Laoshan-2026".toCharArray(), PasswordCost.OWASP);
        String second = PasswordHash.hash("Laoshan-2026".toCharArray(), PasswordCost.OWASP);
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "a salt of its own");
        assertTrue(PasswordHash.verify("Laoshan-2026".toCharArray(), first));
        assertTrue(PasswordHash.verify("Laoshan-2026".toCharArray(), second));
        assertFalse(PasswordHash.verify("laoshan-2026".toCharArray(), first));
        assertTrue(PasswordHash.verify("崂山区-密码".toCharArray(), PasswordHash.hash("崂山区-密码".toCharArray(),
                PasswordCost.light())), "non-ASCII passwords as UTF-8");
    }

    @Test
    void olderPbkdf2HashesStillVerifyAndAskForAnUpgrade() {
        String legacy = PasswordHash.legacyPbkdf2("Laoshan-2026".toCharArray(), 1_000);
        assertTrue(legacy.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(PasswordHash.verify("Laoshan-2026".toCharArray(), legacy));
        assertFalse(PasswordHash.verify("Laoshan-2025".toCharArray(), legacy));
        assertTrue(PasswordHash.needsUpgrade(legacy, PasswordCost.OWASP));
    }

    @Test
    void aCheaperArgon2idHashAsksForAnUpgradeAndAnEqualOneDoesNot() {
        String light = PasswordHash.hash("x".toCharArray(), PasswordCost.light());
        assertTrue(PasswordHash.needsUpgrade(light, PasswordCost.OWASP));
        assertFalse(PasswordHash.needsUpgrade(light, PasswordCost.light()));
        assertTrue(PasswordHash.needsUpgrade(PasswordHash.hash("x".toCharArray(), new PasswordCost(19 * 1024, 1, 1)),
                PasswordCost.OWASP), "fewer passes");
    }

    @Test
    void thePasswordIsWipedAndGarbageIsRefused() {
        char[] password = "Laoshan-2026".toCharArray();
        String stored = PasswordHash.hash(password, PasswordCost.light());
        assertArrayEquals(new char[12], password, "hashing wiped the array");
        char[] again = "Laoshan-2026".toCharArray();
        assertTrue(PasswordHash.verify(again, stored));
        assertArrayEquals(new char[12], again, "verifying wiped the array");
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.verify("x".toCharArray(), "md5$abc"));
        assertThrows(IllegalArgumentException.class, () -> new PasswordCost(4, 1, 1));
    }
}
