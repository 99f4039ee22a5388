package cn.gov.laoshan.district.api.enterprise.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit mark on an enterprise (e.g. 守信激励, 失信惩戒, 经营异常): what, why, who set it, when, and until which
 * day it holds ({@code null}: until lifted).
 */
public record CreditMark(long id, String mark, String reason, String setBy, Instant setAt, LocalDate until) {

    public CreditMark {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether it holds on that day. */
    public boolean holdsOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }
}
