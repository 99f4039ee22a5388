package cn.gov.laoshan.district.api.enterprise.facts;

import java.time.LocalDate;
import java.util.Objects;

import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * A qualification an enterprise holds ({@link QualificationType#code()}), valid from one day to another (both
 * included), with the certificate number when there is one.
 */
public record Qualification(Uscc uscc, String type, LocalDate validFrom, LocalDate validUntil, String certificate) {

    public Qualification {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Whether it is valid on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
