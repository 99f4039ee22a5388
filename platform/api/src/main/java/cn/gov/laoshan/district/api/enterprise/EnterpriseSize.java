package cn.gov.laoshan.district.api.enterprise;

import java.util.Locale;

/** 企业规模: the size class of an enterprise (大型/中型/小型/微型). */
public enum EnterpriseSize {
    LARGE("大型", "Large"),
    MEDIUM("中型", "Medium"),
    SMALL("小型", "Small"),
    MICRO("微型", "Micro");

    private final String zh;
    private final String en;

    EnterpriseSize(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Message key, e.g. {@code registry.size.SMALL}. */
    public String messageKey() {
        return "registry.size." + name();
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The size named by its Chinese word (大型 or 大型企业), English word or constant name; {@code null} when none. */
    public static EnterpriseSize fromText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EnterpriseSize size : values()) {
            if (size.zh.equals(t) || (size.zh + "企业").equals(t) || size.en.equalsIgnoreCase(t)
                    || size.name().equalsIgnoreCase(t)) {
                return size;
            }
        }
        return null;
    }
}
