package cn.gov.laoshan.district.testdoubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The same-keys assertion passes on matching files and names what differs otherwise. */
class MessageKeysTest {

    @Test
    void sameKeysPass() {
        MessageKeys.assertSameKeys(getClass(), "i18n/same");
    }

    @Test
    void differentKeysFailNamingEachSide() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> MessageKeys.assertSameKeys(getClass(), "i18n/differ"));
        assertEquals("i18n/differ: the two languages' keys differ; only in i18n/differ.properties: [app.save], "
                + "only in i18n/differ_en.properties: [app.delete]", failure.getMessage());
    }

    @Test
    void aMissingFileFails() {
        assertThrows(AssertionError.class, () -> MessageKeys.assertSameKeys(getClass(), "i18n/none"));
    }
}
