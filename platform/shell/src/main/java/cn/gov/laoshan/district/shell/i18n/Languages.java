package cn.gov.laoshan.district.shell.i18n;

import java.util.List;
import java.util.Locale;

/** The UI languages: Simplified Chinese first (the default), English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    /** Name of the cookie that remembers the chosen language on this browser. */
    public static final String COOKIE = "district-lang";

    private Languages() {
    }

    /** The supported language closest to {@code locale}; Chinese when there is none. */
    public static Locale supported(Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return CHINESE;
    }

    /** A language tag as kept in the cookie ({@code zh-CN}, {@code en}) back to a supported locale. */
    public static Locale fromTag(String tag) {
        return tag == null ? CHINESE : supported(Locale.forLanguageTag(tag));
    }
}
