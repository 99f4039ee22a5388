package cn.gov.laoshan.district.finance.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.payout.PayoutStatus;
import cn.gov.laoshan.district.finance.domain.Payout;

/** The payout contract as finance provides it to other plugins (registered as an OSGi service by the plugin). */
public final class FinanceLedger implements PayoutLedger {

    private final PayoutIntake intake;
    private final PayoutService payouts;

    public FinanceLedger(PayoutIntake intake, PayoutService payouts) {
        this.intake = intake;
        this.payouts = payouts;
    }

    @Override
    public PayoutAnswer request(PayoutRequest request) {
        return intake.request(request);
    }

    @Override
    public Optional<PayoutStatus> status(PayoutKey key) {
        return payouts.status(key).map(Payout::status);
    }

    @Override
    public List<PayoutStatus> statuses(String policyCode, String period) {
        return payouts.statuses(policyCode, period).stream().map(Payout::status)
                .sorted(java.util.Comparator.comparing(s -> s.key().uscc())).toList();
    }
}
