package cn.gov.laoshan.district.servicehall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** GB 11643-1999's check character (ISO 7064 MOD 11-2) and the date of birth inside the number. */
class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void theStandardsExampleIsValidAndEveryMistypedCheckCharacterIsCaught() {
        // the example number of GB 11643-1999 (Beijing, Chaoyang; born 1949-12-31): check character X
        assertTrue(IdNumber.valid("11010519491231002X", TODAY));
        assertTrue(IdNumber.valid(" 11010519491231002x ", TODAY), "a lower-case x, blanks around");
        assertEquals('X', IdNumber.checkCharacter("11010519491231002"));
        for (char wrong : "0123456789".toCharArray()) {
            assertFalse(IdNumber.valid("11010519491231002" + wrong, TODAY), String.valueOf(wrong));
        }
        // one digit changed anywhere changes the check character
        assertFalse(IdNumber.valid("11010519491231003X", TODAY));
        assertFalse(IdNumber.valid("21010519491231002X", TODAY));
    }

    @Test
    void theDateOfBirthMustExistAndNotLieAhead() {
        String feb30 = "37021219850230001";
        assertFalse(IdNumber.valid(feb30 + IdNumber.checkCharacter(feb30), TODAY));
        String tomorrow = "37021220261208001";
        assertFalse(IdNumber.valid(tomorrow + IdNumber.checkCharacter(tomorrow), TODAY));
        String today = "37021220261207001";
        assertTrue(IdNumber.valid(today + IdNumber.checkCharacter(today), TODAY));
    }

    @Test
    void formsThatAreNoNumberAreRefusedAndScreensShowItMasked() {
        for (String bad : new String[] {null, "", "370212850601001", "01010519491231002X", "1101051949123100XX",
                "11010519491231002Y"}) {
            assertFalse(IdNumber.valid(bad, TODAY), String.valueOf(bad));
        }
        assertEquals("110105********002X", IdNumber.masked("11010519491231002X"));
    }
}
