package cn.gov.laoshan.district.mediation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The case count over lists and the enterprise page's section, as the shell formats it (MessageFormat). */
class CountMessagesTest {

    private static String format(String file, Locale locale, int count) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(CountMessagesTest.class.getResourceAsStream("/i18n/" + file),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return new MessageFormat(messages.getProperty("mediation.count"), locale).format(new Object[] {count});
    }

    @Test
    void oneCaseIsSingularInEnglish() throws IOException {
        assertEquals("0 cases", format("messages_en.properties", Locale.ENGLISH, 0));
        assertEquals("1 case", format("messages_en.properties", Locale.ENGLISH, 1));
        assertEquals("3 cases", format("messages_en.properties", Locale.ENGLISH, 3));
        assertEquals("1,240 cases", format("messages_en.properties", Locale.ENGLISH, 1240));
        assertEquals("共 1 件", format("messages.properties", Locale.SIMPLIFIED_CHINESE, 1));
    }
}
