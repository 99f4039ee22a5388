package cn.gov.laoshan.district.mediation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;

/**
 * A dispute case (矛盾纠纷调解案件).
 *
 * @param id                  database id, 0 before it is stored
 * @param number              崂调〔2026〕0001号
 * @param deadline            the last working day of the time limit (labour: 15 working days after the application)
 * @param groupId             the mediation group, once assigned
 * @param mediatorLogin       the mediator, once assigned
 * @param referral            after a failed mediation: ARBITRATION or COURT (诉调对接)
 * @param settledOnSpot       agreement reached at the first session (当场化解)
 * @param honoured            the follow-up visit's finding: the agreement is being honoured
 */
public record MediationCase(long id, String number, CaseType type, IntakeChannel channel, CaseState state,
        List<Party> parties, String facts, String claims, BigDecimal claimAmount, LocalDate appliedOn,
        LocalDate deadline, Instant registeredAt, String registeredBy, Long groupId, String mediatorLogin,
        String declineReason, String agreementTerms, BigDecimal agreedAmount, LocalDate performanceDeadline,
        String referral, String outcomeNote, LocalDate outcomeOn, boolean settledOnSpot, String followUpNote,
        Boolean honoured, LocalDate closedOn) {

    public MediationCase {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        parties = List.copyOf(parties);
    }

    public List<Party> applicants() {
        return parties.stream().filter(p -> p.role() == PartyRole.APPLICANT).toList();
    }

    public List<Party> respondents() {
        return parties.stream().filter(p -> p.role() == PartyRole.RESPONDENT).toList();
    }

    /** Whether the time limit has passed on {@code today} while the case is still open. */
    public boolean overdue(LocalDate today) {
        return state.open() && today.isAfter(deadline);
    }

    /** Working days ahead in which an open case's deadline counts as near: the lists mark it. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    /**
     * The last day of the "due soon" window that starts {@code today}: {@value #DUE_SOON_WORKING_DAYS} working days
     * ahead on the working-day calendar (deadlines are counted in working days, so is their warning).
     */
    public static LocalDate dueSoonUntil(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
    }

    /** Open, not overdue, and due by {@code until} (see {@link #dueSoonUntil}). */
    public boolean dueSoon(LocalDate today, LocalDate until) {
        return state.open() && !overdue(today) && !deadline.isAfter(until);
    }

    public MediationCase withState(CaseState next) {
        return new MediationCase(id, number, type, channel, next, parties, facts, claims, claimAmount, appliedOn,
                deadline, registeredAt, registeredBy, groupId, mediatorLogin, declineReason, agreementTerms,
                agreedAmount, performanceDeadline, referral, outcomeNote, outcomeOn, settledOnSpot, followUpNote,
                honoured, closedOn);
    }

    public MediationCase withAssignment(Long group, String mediator) {
        return new MediationCase(id, number, type, channel, state, parties, facts, claims, claimAmount, appliedOn,
                deadline, registeredAt, registeredBy, group, mediator, declineReason, agreementTerms, agreedAmount,
                performanceDeadline, referral, outcomeNote, outcomeOn, settledOnSpot, followUpNote, honoured, closedOn);
    }

    public MediationCase withAgreement(String terms, BigDecimal amount, LocalDate performBy, LocalDate on,
            boolean onSpot) {
        return new MediationCase(id, number, type, channel, state, parties, facts, claims, claimAmount, appliedOn,
                deadline, registeredAt, registeredBy, groupId, mediatorLogin, declineReason, terms, amount, performBy,
                referral, outcomeNote, on, onSpot, followUpNote, honoured, closedOn);
    }

    public MediationCase withFailure(String referralTo, String note, LocalDate on) {
        return new MediationCase(id, number, type, channel, state, parties, facts, claims, claimAmount, appliedOn,
                deadline, registeredAt, registeredBy, groupId, mediatorLogin, declineReason, agreementTerms,
                agreedAmount, performanceDeadline, referralTo, note, on, settledOnSpot, followUpNote, honoured, closedOn);
    }
}
