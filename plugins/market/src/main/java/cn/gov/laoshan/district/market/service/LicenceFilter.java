package cn.gov.laoshan.district.market.service;

import java.time.LocalDate;

import cn.gov.laoshan.district.market.domain.LicenceState;

/**
 * A search of licences; {@code null} filters are ignored. {@code text}: the start of the licence number or a part of
 * the holder's name; {@code expiresFrom}/{@code expiresTo}: the expiry between these days (both included).
 */
public record LicenceFilter(String typeCode, LicenceState state, String text, LocalDate expiresFrom,
        LocalDate expiresTo, String uscc) {

    public static LicenceFilter all() {
        return new LicenceFilter(null, null, null, null, null, null);
    }

    public static LicenceFilter of(String uscc) {
        return new LicenceFilter(null, null, null, null, null, uscc);
    }
}
