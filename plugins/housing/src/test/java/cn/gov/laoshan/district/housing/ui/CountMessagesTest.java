package cn.gov.laoshan.district.housing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The counts over lists and the enterprise page's section, as the shell formats them (MessageFormat). */
class CountMessagesTest {

    private static String format(String file, String key, Locale locale, int count) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(CountMessagesTest.class.getResourceAsStream("/i18n/" + file),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return new MessageFormat(messages.getProperty(key), locale).format(new Object[] {count});
    }

    @Test
    void oneIsSingularInEnglish() throws IOException {
        String en = "messages_en.properties";
        assertEquals("1 project", format(en, "housing.section.projects.count", Locale.ENGLISH, 1));
        assertEquals("2 projects", format(en, "housing.section.projects.count", Locale.ENGLISH, 2));
        assertEquals("0 projects", format(en, "housing.section.projects.count", Locale.ENGLISH, 0));
        assertEquals("1 item", format(en, "housing.count", Locale.ENGLISH, 1));
        assertEquals("1,500 items", format(en, "housing.count", Locale.ENGLISH, 1500));
        assertEquals("共 1 个项目", format("messages.properties", "housing.section.projects.count", Locale.SIMPLIFIED_CHINESE, 1));
    }
}
