package cn.gov.laoshan.district.test.notes;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The test plugin's messages have the same keys in Chinese and English, as every plugin's. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "i18n/messages");
    }
}
