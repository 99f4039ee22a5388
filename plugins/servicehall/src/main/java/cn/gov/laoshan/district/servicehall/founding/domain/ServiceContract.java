package cn.gov.laoshan.district.servicehall.founding.domain;

import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A purchased-service contract (政府购买服务) with a contracted agency or seal engraver: its amount, the unit price
 * per enterprise served, and what has been charged to it so far.
 */
public record ServiceContract(long id, String number, Kind kind, String supplierUscc, String supplierName,
        Yuan amount, Yuan unitPrice, Yuan used, LocalDate startsOn, LocalDate endsOn) {

    /** What the contract buys (labels {@code servicehall.founding.contract.<NAME>}). */
    public enum Kind {
        /** 免费代办: the registration done for the founder. */
        AGENCY,
        /** 免费刻章: one set of company seals. */
        ENGRAVING
    }

    public Yuan remaining() {
        return amount.minus(used);
    }

    /** How many more enterprises it pays for. */
    public long enterprisesLeft() {
        return unitPrice.signum() == 0 ? 0 : remaining().fen() / unitPrice.fen();
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
