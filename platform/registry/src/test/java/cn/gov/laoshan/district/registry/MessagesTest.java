package cn.gov.laoshan.district.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.testdoubles.MessageKeys;

class MessagesTest {

    @Test
    void everyKeyInBothLanguagesAndEveryEnumKeyPresent() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        MessageKeys.assertSameKeys(getClass(), "cn/gov/laoshan/district/registry/i18n/messages");
        assertTrue(zh.keySet().stream().allMatch(k -> k.toString().startsWith("registry.")));
        for (EnterpriseStatus s : EnterpriseStatus.values()) {
            assertEquals(s.zh(), zh.getProperty(s.messageKey()));
            assertEquals(s.en(), en.getProperty(s.messageKey()));
        }
        for (EnterpriseSize s : EnterpriseSize.values()) {
            assertEquals(s.zh(), zh.getProperty(s.messageKey()));
        }
        for (CreditGrade g : CreditGrade.values()) {
            assertTrue(zh.containsKey(g.messageKey()));
        }
        assertEquals("市场主体库", zh.getProperty("registry.screen.enterprises"));
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/cn/gov/laoshan/district/registry/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
