package cn.gov.laoshan.district.market.service;

import java.time.Instant;

/**
 * A renewal application: {@code kind} MINIMAL (极简续证) or NORMAL; {@code state} GRANTED (at once or after review),
 * IN_REVIEW (with the {@code reasons}, comma-separated {@code RenewalCheck.Reason} names) or REFUSED.
 */
public record Renewal(long id, long licenceId, String uscc, String kind, String state, String reasons,
        String departmentCode, String declaredBy, Instant declaredAt, String decidedBy, Instant decidedAt,
        Long newLicenceId) {
}
