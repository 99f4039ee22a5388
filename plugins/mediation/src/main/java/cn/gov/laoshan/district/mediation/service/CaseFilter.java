package cn.gov.laoshan.district.mediation.service;

import java.time.LocalDate;

import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;

/**
 * What a case list is filtered by; {@code null} fields do not filter. A service type: screens build it and hand it
 * to {@link CaseService}, which passes it on to {@link CaseRepository} (screens never reach the repository).
 * {@code text} finds a case by part of its number, a party's name or an enterprise party's credit code; {@code awaitingMediator} keeps the cases whose
 * mediator has work to do ({@link CaseState#awaitsMediator()}: open, or agreed with the follow-up visit to make);
 * {@code settledFrom} the cases settled by agreement since that day (the dashboard's "settled this month");
 * {@code partyUscc} the cases an enterprise is a party to, by its exact credit code (the enterprise page's section:
 * the search text would also find the code inside case numbers and names).
 */
public record CaseFilter(CaseType type, CaseState state, Long groupId, String mediatorLogin, LocalDate appliedFrom,
        LocalDate appliedTo, boolean overdueOnly, boolean openOnly, LocalDate today, String text,
        boolean awaitingMediator, LocalDate settledFrom, String partyUscc) {

    public CaseFilter(CaseType type, CaseState state, Long groupId, String mediatorLogin, LocalDate appliedFrom,
            LocalDate appliedTo, boolean overdueOnly, boolean openOnly, LocalDate today, String text,
            boolean awaitingMediator, LocalDate settledFrom) {
        this(type, state, groupId, mediatorLogin, appliedFrom, appliedTo, overdueOnly, openOnly, today, text,
                awaitingMediator, settledFrom, null);
    }

    public CaseFilter(CaseType type, CaseState state, Long groupId, String mediatorLogin, LocalDate appliedFrom,
            LocalDate appliedTo, boolean overdueOnly, boolean openOnly, LocalDate today) {
        this(type, state, groupId, mediatorLogin, appliedFrom, appliedTo, overdueOnly, openOnly, today, null, false,
                null);
    }

    public static CaseFilter all(LocalDate today) {
        return new CaseFilter(null, null, null, null, null, null, false, false, today);
    }

    /** The cases a mediator has work on: the inbox 我的案件. */
    public static CaseFilter awaiting(String mediatorLogin, LocalDate today) {
        return new CaseFilter(null, null, null, mediatorLogin, null, null, false, false, today, null, true, null);
    }

    /** The cases the enterprise of {@code uscc} is a party to (applicant or respondent). */
    public static CaseFilter party(String uscc, LocalDate today) {
        return new CaseFilter(null, null, null, null, null, null, false, false, today, null, false, null, uscc);
    }

    /** The search text, trimmed; null when there is none. */
    String search() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
