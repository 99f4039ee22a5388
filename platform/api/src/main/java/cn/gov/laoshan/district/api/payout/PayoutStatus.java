package cn.gov.laoshan.district.api.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A payout as the ledger holds it now.
 *
 * @param key       its identity
 * @param amount    the amount recorded (for a duplicate: the first request's, whatever the second one said)
 * @param state     where it is
 * @param updatedAt when it last changed state
 * @param paidOn    the payment date, when {@link PayoutState#PAID}; else {@code null}
 * @param reason    why it was rejected, when {@link PayoutState#REJECTED}; else {@code null}
 */
public record PayoutStatus(PayoutKey key, Yuan amount, PayoutState state, Instant updatedAt, LocalDate paidOn,
        String reason) {

    public PayoutStatus {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public boolean paid() {
        return state == PayoutState.PAID;
    }
}
