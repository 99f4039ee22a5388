package cn.gov.laoshan.district.identity.domain;

import java.util.Locale;
import java.util.Objects;

/** A department (部门) in the district's tree: district → bureau → office. */
public record Department(String code, String nameZh, String nameEn, String parentCode, int sortOrder) {

    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
