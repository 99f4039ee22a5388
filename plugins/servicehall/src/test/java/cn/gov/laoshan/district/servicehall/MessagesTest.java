package cn.gov.laoshan.district.servicehall;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The plugin's messages have the same keys in Chinese and English. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "i18n/messages");
    }
}
