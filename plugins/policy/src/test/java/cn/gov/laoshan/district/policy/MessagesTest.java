package cn.gov.laoshan.district.policy;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The plugin's messages and its settings' texts have the same keys in Chinese and English. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "i18n/messages");
    }

    @Test
    void theSettingsHaveTheSameKeysInBothLanguages() {
        MessageKeys.assertSameKeys(getClass(), "OSGI-INF/l10n/policy-settings");
    }
}
