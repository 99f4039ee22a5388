package cn.gov.laoshan.district.market.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A licence held by a registry enterprise ({@code uscc}), in the department that supervises it. */
public record Licence(long id, String licenceNo, String typeCode, String uscc, String holderName, String scope,
        String premises, String keyStaff, LocalDate issuedOn, LocalDate expiresOn, LocalDate windowOpens,
        LocalDate windowCloses, LicenceState state, String departmentCode, String nextStep, LocalDate nextStepOn,
        Long renewedFrom, String renewalKind, String createdBy, Instant createdAt) {

    /** The key a reminder of this licence's current term is sent once under ({@code licence-42@2031-05-01}). */
    public String reminderRecord() {
        return "licence-" + id + "@" + expiresOn;
    }

    public RenewalWindow window() {
        return new RenewalWindow(windowOpens, windowCloses, expiresOn);
    }
}
