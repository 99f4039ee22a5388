package cn.gov.laoshan.district.market.credit.service;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/** What the grades list shows: a month, and optionally a grade in force, a street, an industry code prefix, a code. */
public record GradeFilter(String month, CreditGrade grade, String street, String industry, String uscc) {

    public GradeFilter {
        street = blank(street);
        industry = blank(industry) == null ? null : industry.strip().toUpperCase(java.util.Locale.ROOT);
        uscc = blank(uscc) == null ? null : uscc.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static GradeFilter of(String month) {
        return new GradeFilter(month, null, null, null, null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
