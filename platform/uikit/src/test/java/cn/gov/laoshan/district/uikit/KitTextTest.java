package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

class KitTextTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "cn/gov/laoshan/district/uikit/messages");
    }

    @Test
    void chineseUnlessEnglish() {
        assertEquals("办理记录", KitText.get(null, "timeline.title"));
        assertEquals("办理记录", KitText.get(Locale.GERMAN, "timeline.title"));
        assertEquals("History", KitText.get(Locale.UK, "timeline.title"));
        assertEquals("Showing the latest 50 of 1,200", KitText.get(Locale.ENGLISH, "timeline.more", 50, 1200));
    }
}
