package cn.gov.laoshan.district.api.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.InvalidUsccException.Problem;

class UsccTest {

    /** Published codes: the standard's own example, Huawei (Shenzhen), Haier (Qingdao). */
    private static final List<String> REAL = List.of("91350100M000100Y43", "914403001922038216", "91370200163562681G");

    @Test
    void realCodesAreValid() {
        for (String code : REAL) {
            Uscc uscc = Uscc.parse(code);
            assertEquals(code, uscc.value());
            assertEquals('9', uscc.authority());
            assertEquals('1', uscc.entityType());
        }
        assertEquals("370200", Uscc.parse("91370200163562681G").division());
        assertEquals("163562681", Uscc.parse("91370200163562681G").organizationCode());
    }

    @Test
    void blanksAndLowerCaseAreNormalised() {
        assertEquals("91350100M000100Y43", Uscc.parse("  91350100m000100y43 ").value());
    }

    @Test
    void withCheckMakesValidCodesAndFindsTheKnownCheckCharacters() {
        for (String code : REAL) {
            assertEquals(code, Uscc.withCheck(code.substring(0, 17)).value());
        }
        Uscc laoshan = Uscc.withCheck("91370212MA3C4TJ01");
        assertTrue(Uscc.isValid(laoshan.value()));
        assertEquals(Uscc.LAOSHAN_DIVISION, laoshan.division());
    }

    @Test
    void wrongLengthIsReportedWithTheLength() {
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse("91350100M000100Y4"));
        assertEquals(Problem.LENGTH, e.problem());
        assertEquals("统一社会信用代码应为18位，实为17位。", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The unified social credit code must have 18 characters, not 17.", e.message(Locale.ENGLISH));
        assertEquals(Problem.EMPTY, assertThrows(InvalidUsccException.class, () -> Uscc.parse(" ")).problem());
        assertEquals(Problem.EMPTY, assertThrows(InvalidUsccException.class, () -> Uscc.parse(null)).problem());
    }

    @Test
    void aForbiddenLetterIsReportedWithItsPosition() {
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse("91350100M0001O0Y43"));
        assertEquals(Problem.FORBIDDEN_CHARACTER, e.problem());
        assertEquals(List.of("14", "O"), e.args());
        assertEquals("第14位字符“O”不允许：只能是数字或大写字母（不含I、O、Z、S、V）。", e.message(Locale.CHINA));
        assertTrue(e.getMessage().contains("Character 14 (\"O\") is not allowed"), e.getMessage());
    }

    @Test
    void aWrongCheckCharacterSaysWhichItShouldBe() {
        InvalidUsccException e = assertThrows(InvalidUsccException.class, () -> Uscc.parse("91350100M000100Y44"));
        assertEquals(Problem.CHECK, e.problem());
        assertEquals(List.of("4", "3"), e.args());
        assertEquals("校验码（第18位）为“4”，应为“3”。", e.message(Locale.CHINA));
        assertEquals("The check character (18th) is \"4\" but should be \"3\".", e.message(Locale.ENGLISH));
    }

    @Test
    void positionRulesAreChecked() {
        assertEquals(Problem.AUTHORITY, assertThrows(InvalidUsccException.class,
                () -> Uscc.withCheck("B1370212MA3C4TJ01")).problem());
        assertEquals(Problem.ENTITY_TYPE, assertThrows(InvalidUsccException.class,
                () -> Uscc.withCheck("9A370212MA3C4TJ01")).problem());
        InvalidUsccException division = assertThrows(InvalidUsccException.class,
                () -> Uscc.withCheck("9137A212MA3C4TJ01"));
        assertEquals(Problem.DIVISION, division.problem());
        assertEquals(List.of("5", "A"), division.args());
    }

    @Test
    void everySingleCharacterCorruptionOfAValidCodeIsRejected() {
        String alphabet = Uscc.ALPHABET + "IOZSV-_ #中１";
        int tried = 0;
        for (String valid : List.of(REAL.get(0), REAL.get(2), Uscc.withCheck("92370212MA3C4TJ01").value())) {
            for (int position = 0; position < 18; position++) {
                for (char c : alphabet.toCharArray()) {
                    if (c == valid.charAt(position)) {
                        continue;
                    }
                    String corrupted = valid.substring(0, position) + c + valid.substring(position + 1);
                    assertFalse(Uscc.isValid(corrupted), "accepted corruption " + corrupted + " of " + valid);
                    tried++;
                }
            }
        }
        assertEquals(3 * 18 * (alphabet.length() - 1), tried);
    }

    @Test
    void equalityIsByValue() {
        assertEquals(Uscc.parse(REAL.get(0)), Uscc.parse(REAL.get(0).toLowerCase(Locale.ROOT)));
        assertEquals(REAL.get(0).hashCode(), Uscc.parse(REAL.get(0)).hashCode());
    }
}
