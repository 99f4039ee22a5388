package cn.gov.laoshan.district.api.enterprise;

import java.util.Locale;

/** 登记状态: the registration status of an enterprise. */
public enum EnterpriseStatus {
    /** 存续: registered and existing */
    EXISTING("存续", "Existing"),
    /** 在业: registered and operating */
    OPERATING("在业", "Operating"),
    /** 吊销: licence revoked */
    REVOKED("吊销", "Revoked"),
    /** 注销: deregistered */
    DEREGISTERED("注销", "Deregistered"),
    /** 迁出: moved to another district */
    MOVED_OUT("迁出", "Moved out");

    private final String zh;
    private final String en;

    EnterpriseStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The Chinese word staff use, also the value in imported and exported files. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Message key, e.g. {@code registry.status.EXISTING} (the registry's messages hold them). */
    public String messageKey() {
        return "registry.status." + name();
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    /** The status named by its Chinese word, its English word or its constant name; {@code null} when none. */
    public static EnterpriseStatus fromText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (EnterpriseStatus status : values()) {
            if (status.zh.equals(t) || status.en.equalsIgnoreCase(t) || status.name().equalsIgnoreCase(t)) {
                return status;
            }
        }
        return null;
    }
}
