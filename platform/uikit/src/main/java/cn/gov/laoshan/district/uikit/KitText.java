package cn.gov.laoshan.district.uikit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI kit's own words (timeline, enterprise picker, charts) in zh-CN or English. They live beside the kit
 * ({@code messages.properties}, {@code messages_en.properties}) rather than in the shell's messages, so that a
 * component shows the same words in a plugin, in the shell and in a unit test without an I18NProvider.
 */
final class KitText {

    private static final String BUNDLE = "cn.gov.laoshan.district.uikit.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private KitText() {
    }

    /** The text of {@code key} in {@code locale}'s language (Chinese unless it is English), formatted. */
    static String get(Locale locale, String key, Object... params) {
        boolean chinese = Dates.chinese(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chinese ? Locale.ROOT : Locale.ENGLISH,
                KitText.class.getClassLoader(), NO_FALLBACK);
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern
                : new MessageFormat(pattern, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format(params);
    }
}
