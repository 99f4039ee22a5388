package cn.gov.laoshan.district.market.credit.domain;

import java.time.Instant;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * One enterprise's grade of a month: the computed grade of its score, and the grade in force ({@code finalGrade}: an
 * override's, with its reason, who and when, or the computed one).
 */
public record GradedEnterprise(String month, String uscc, String street, String industry, int score,
        CreditGrade computed, CreditGrade finalGrade, String overrideReason, String overriddenBy,
        Instant overriddenAt) {

    public boolean overridden() {
        return overrideReason != null;
    }
}
