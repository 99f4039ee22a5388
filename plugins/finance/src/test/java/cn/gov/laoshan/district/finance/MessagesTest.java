package cn.gov.laoshan.district.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.testdoubles.MessageKeys;

/** The plugin's messages have the same keys in Chinese and English, and each formats with its arguments. */
class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        MessageKeys.assertSameKeys(getClass(), "i18n/messages");
    }

    /**
     * A message with arguments goes through MessageFormat, where a single apostrophe starts quoted text: "the
     * product's range {0}" showed the {0} itself on the bank's screen. Every argument must be replaced.
     */
    @Test
    void everyArgumentOfEveryMessageIsFilledIn() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            // the plugin's own file (on a flat class path another plugin's has the same name)
            try (var in = new InputStreamReader(FinancePlugin.class.getClassLoader().getResources("i18n/" + file)
                    .asIterator().next().openStream(), StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (key.startsWith("finance.") && ARGUMENT.matcher(text).find()) {
                    String formatted = new MessageFormat(text).format(new Object[] { "a", "b", "c", "d", "e", "f",
                            "g", "h", "i" });
                    if (ARGUMENT.matcher(formatted).find()) {
                        broken.add(file + " " + key + ": " + formatted);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
