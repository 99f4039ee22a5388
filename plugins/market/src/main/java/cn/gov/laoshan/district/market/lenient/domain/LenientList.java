package cn.gov.laoshan.district.market.lenient.domain;

import java.time.LocalDate;
import java.util.Locale;

/** A list and who issued it (SAMR's national lists; Shandong's and Qingdao's are rows of the same kind). */
public record LenientList(String code, String nameZh, String nameEn, String issuerZh, String issuerEn,
        String documentNo, String level, ListKind kind, LocalDate effectiveOn) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String issuer(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? issuerEn : issuerZh;
    }
}
