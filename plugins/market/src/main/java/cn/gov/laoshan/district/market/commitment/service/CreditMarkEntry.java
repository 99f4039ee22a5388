package cn.gov.laoshan.district.market.commitment.service;

import java.time.LocalDate;

/** A credit mark this plugin wrote (承诺失信 or 虚假承诺), and its repair (信用修复) when done. */
public record CreditMarkEntry(long id, String uscc, long commitmentId, String kind, String mark, String reason,
        LocalDate setOn, Long registryMarkId, LocalDate repairedOn, String repairReason) {

    public static final String FAILED = "FAILED";
    public static final String FALSE = "FALSE";
}
