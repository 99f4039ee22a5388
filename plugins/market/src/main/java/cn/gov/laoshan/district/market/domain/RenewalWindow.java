package cn.gov.laoshan.district.market.domain;

import java.time.LocalDate;

/**
 * When a renewal may be filed: from {@code opens} to {@code closes} (both included), before the licence's expiry.
 * A type whose regulation sets only a latest day ("届满 30 日前") opens at the district's reminder lead.
 */
public record RenewalWindow(LocalDate opens, LocalDate closes, LocalDate expires) {

    public boolean isOpen(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }
}
