package cn.gov.laoshan.district.housing;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The plugin's messages and its settings' labels have the same keys in Chinese and English. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "i18n/messages");
        MessageKeys.assertSameKeys(getClass(), "OSGI-INF/l10n/housing-settings");
    }
}
