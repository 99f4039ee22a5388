package cn.gov.laoshan.district.mediation.domain;

import java.util.Objects;

/**
 * A party to a dispute: a person (name, ID-card number, phone) or an enterprise of the shared registry (its USCC
 * and name). ID numbers and phones are shown masked.
 */
public record Party(PartyRole role, boolean enterprise, String name, String idNumber, String uscc, String phone) {

    public Party {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
    }

    public static Party person(PartyRole role, String name, String idNumber, String phone) {
        return new Party(role, false, name, idNumber, null, phone);
    }

    public static Party enterprise(PartyRole role, String name, String uscc, String phone) {
        return new Party(role, true, name, null, uscc, phone);
    }
}
