package cn.gov.laoshan.district.api.payout;

import java.util.Locale;
import java.util.Objects;

/**
 * What the ledger answered to a request.
 *
 * @param outcome  accepted, duplicate, over budget or refused
 * @param payout   the payout the ledger holds under the key (the new one when accepted, the earlier one for a
 *                 duplicate); {@code null} when over budget or refused
 * @param reason   why it was not accepted, in Chinese (zh-CN) for people; {@code null} when accepted
 * @param reasonEn the same in English; {@code null} when accepted
 */
public record PayoutAnswer(PayoutOutcome outcome, PayoutStatus payout, String reason, String reasonEn) {

    public PayoutAnswer {
        Objects.requireNonNull(outcome, "outcome");
        boolean held = outcome == PayoutOutcome.ACCEPTED || outcome == PayoutOutcome.DUPLICATE;
        if (held != (payout != null)) {
            throw new IllegalArgumentException(outcome + (held ? " needs" : " has no") + " payout");
        }
        if (outcome != PayoutOutcome.ACCEPTED && (reason == null || reasonEn == null)) {
            throw new IllegalArgumentException(outcome + " needs a reason in both languages");
        }
    }

    /** The reason in {@code locale}'s language (English for any language but Chinese). */
    public String reason(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? reason : reasonEn;
    }
}
