package cn.gov.laoshan.district.registry.service;

import java.util.Locale;

/**
 * The registry's columns in imported and exported files, in export order. Files name them by their Chinese
 * header (the English one is accepted too).
 */
public enum Column {
    USCC("统一社会信用代码", "Unified social credit code", true),
    NAME("企业名称", "Name", true),
    TYPE("企业类型", "Type", false),
    LEGAL_REPRESENTATIVE("法定代表人", "Legal representative", false),
    CAPITAL("注册资本（元）", "Registered capital (yuan)", false),
    ESTABLISHED_ON("成立日期", "Established on", false),
    ADDRESS("住所", "Address", false),
    INDUSTRY("所属行业", "Industry code", false),
    STATUS("登记状态", "Status", true),
    CREDIT_GRADE("信用等级", "Credit grade", false),
    SIZE("企业规模", "Size", false);

    private final String zh;
    private final String en;
    private final boolean required;

    Column(String zh, String en, boolean required) {
        this.zh = zh;
        this.en = en;
        this.required = required;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean required() {
        return required;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The column a file's header names: its Chinese or English header, ignoring blanks and the unit. */
    public static Column ofHeader(String header) {
        if (header == null) {
            return null;
        }
        String h = normalise(header);
        for (Column column : values()) {
            if (normalise(column.zh).equals(h) || normalise(column.en).equalsIgnoreCase(h)
                    || normalise(column.zh).startsWith(h) && h.length() >= 4) {
                return column;
            }
        }
        return null;
    }

    private static String normalise(String text) {
        return text.replace("\uFEFF", "").replaceAll("[\\s（）()元]|yuan", "").strip();
    }
}
