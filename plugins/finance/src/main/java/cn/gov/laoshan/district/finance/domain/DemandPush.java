package cn.gov.laoshan.district.finance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A demand pushed to one product of one bank, the reasons it matched as they were then, the working day the bank's
 * answer is due by, and the answer: granted (amount, rate, date) or declined with the reason.
 */
public record DemandPush(long id, long demandId, long productId, String productName, long bankId, String bankName,
        String bankUscc, List<Check> reasons, State state, Instant pushedAt, String pushedBy, LocalDate dueOn,
        LocalDate answeredOn, Yuan grantedAmount, BigDecimal grantedRate, LocalDate grantedOn, String declinedReason,
        // the demand's own facts, so that the bank's list needs no second look-up
        String uscc, String enterpriseName, Yuan amount, int termMonths, String purpose, String collateral,
        String guarantee) {

    public enum State {
        PUSHED, GRANTED, DECLINED
    }

    public DemandPush {
        reasons = List.copyOf(reasons);
    }

    /** Not answered and past its due day. */
    public boolean overdue(LocalDate today) {
        return state == State.PUSHED && today.isAfter(dueOn);
    }

    /** Answered after its due day (or still not, for an open one). */
    public boolean late(LocalDate today) {
        return answeredOn != null ? answeredOn.isAfter(dueOn) : overdue(today);
    }
}
