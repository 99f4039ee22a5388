package cn.gov.laoshan.district.market.service;

import java.time.Instant;

/**
 * One department's answer in the social-insurance and tax joint check (社保联检) of a deregistration: {@code CLEAR} (no
 * objection), {@code OBJECTION} (with its reason: it blocks), or {@code SILENT} (recorded at completion: the department
 * did not object within the period).
 */
public record JointCheck(long deregistrationId, String departmentCode, String answer, String note, String answeredBy,
        Instant answeredAt) {

    public static final String CLEAR = "CLEAR";
    public static final String OBJECTION = "OBJECTION";
    public static final String SILENT = "SILENT";
}
