package cn.gov.laoshan.district.policy.draft.service;

import java.time.LocalDate;

/** A numbered batch of the policy list (第一批 政策清单) and how many policies it holds. */
public record PolicyBatch(int batchNo, String title, LocalDate publishedOn, int policies) {
}
