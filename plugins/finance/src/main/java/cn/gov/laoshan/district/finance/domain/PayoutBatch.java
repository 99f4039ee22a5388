package cn.gov.laoshan.district.finance.domain;

import java.time.Instant;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * Payouts listed together for one public notice (公示批次) and approved together.
 *
 * @param noticeId the platform's public notice of the batch
 */
public record PayoutBatch(long id, String policyCode, String period, String departmentCode, long noticeId,
        int payouts, Yuan amount, String listedBy, Instant listedAt) {
}
