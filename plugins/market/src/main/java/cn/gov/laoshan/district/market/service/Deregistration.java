package cn.gov.laoshan.district.market.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.gov.laoshan.district.market.domain.DeregistrationState;

/**
 * A simple deregistration (简易注销) as stored: the enterprise, its kind ({@code ENTERPRISE} or {@code INDIVIDUAL}), the
 * investors and their commitment (承诺书), its notice (the platform's 公示; none for an individual business), the period
 * (the notice, or the 10 days for objections), the last day to apply after it, and why it was blocked.
 */
public record Deregistration(long id, String uscc, String name, String kind, DeregistrationState state,
        String investors, String commitment, Long noticeId, LocalDate periodStart, LocalDate periodEnd,
        LocalDate applyBy, boolean extended, String blockers, String departmentCode, String filedBy,
        Instant filedAt, LocalDate closedOn) {

    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String INDIVIDUAL = "INDIVIDUAL";

    public boolean individual() {
        return INDIVIDUAL.equals(kind);
    }

    /** The message keys of what blocked it (empty when nothing). */
    public List<String> blockerKeys() {
        return blockers == null || blockers.isBlank() ? List.of() : Arrays.asList(blockers.split(","));
    }
}
