package cn.gov.laoshan.district.finance.domain;

import cn.gov.laoshan.district.api.payout.PayoutState;

/** What a list of payouts is narrowed to; {@code null} leaves a part out. */
public record PayoutFilter(String policyCode, String period, PayoutState state, Long batchId, String uscc) {

    public static final PayoutFilter ALL = new PayoutFilter(null, null, null, null, null);
}
