package cn.gov.laoshan.district.api.enterprise.facts;

import java.util.Locale;

/** The yearly figures the registry keeps; amounts in yuan (元), headcount in persons. */
public enum FigureKind {
    HEADCOUNT("从业人数", "Headcount"),
    OPERATING_REVENUE("营业收入", "Operating revenue"),
    TAX_PAID("纳税额", "Tax paid"),
    RND_SPENDING("研发投入", "R&D spending"),
    EXPORT_VALUE("出口额", "Export value");

    private final String zh;
    private final String en;

    FigureKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The kind with this Chinese or English label or name, or {@code null}. */
    public static FigureKind ofLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (FigureKind kind : values()) {
            if (kind.zh.equals(t) || kind.en.equalsIgnoreCase(t) || kind.name().equalsIgnoreCase(t)) {
                return kind;
            }
        }
        return null;
    }
}
