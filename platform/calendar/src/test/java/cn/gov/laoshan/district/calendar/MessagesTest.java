package cn.gov.laoshan.district.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader()
                .getResourceAsStream("cn/gov/laoshan/district/calendar/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyInBothLanguages() throws Exception {
        assertEquals(load("messages.properties").keySet(), load("messages_en.properties").keySet());
    }
}
