package cn.gov.laoshan.district.servicehall.salon.domain;

import java.util.Locale;

/** A 会客厅: 建设项目审批会客厅, 营商共享会客厅, the studio. */
public record SalonRoom(String code, String nameZh, String nameEn, int seats) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
