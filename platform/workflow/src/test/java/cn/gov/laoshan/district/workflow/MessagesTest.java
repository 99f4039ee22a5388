package cn.gov.laoshan.district.workflow;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The Chinese and English message files have the same keys: no screen shows a raw key in one language. */
class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "cn/gov/laoshan/district/workflow/i18n/messages");
    }
}
