package cn.gov.laoshan.district.servicehall.founding.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A founder's order of the free agency (新设企业免费代办) with its free seal set (免费刻制一套公章): the agency that has
 * it, the enterprise it registered (linked to the registry when the registry knows the USCC), the engraver and the
 * seals' production and hand-over; what each part cost the district under its contract.
 */
public record FoundingOrder(long id, String number, FoundingState state, String founderName, String founderMobile,
        String proposedName, EntityType entityType, String address, long agencyContractId, String agencyUscc,
        String agencyName, Yuan agencyCost, String takenBy, Instant takenAt, String uscc, String registeredName,
        LocalDate registeredOn, boolean registryLinked, Long engraverContractId, String engraverUscc,
        String engraverName, Yuan sealCost, Instant sealsOrderedAt, Instant sealsMadeAt, Instant handedOverAt,
        String handedTo, String departmentCode, Instant createdAt) {

    /** What the district paid for this enterprise so far: the agency's and the seals' unit prices. */
    public Yuan cost() {
        return sealCost == null ? agencyCost : agencyCost.plus(sealCost);
    }

    /** What the founder types in on the order page: one form, one tap. */
    public record Intake(String founderName, String founderMobile, String proposedName, EntityType entityType,
            String address) {
    }
}
