package cn.gov.laoshan.district.mediation.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;

/**
 * The dashboard's figures over the cases a user may see: open and overdue cases, those settled this month, the
 * settlement rate (agreements among the cases that ended with an outcome, closed ones included), the average days to
 * an outcome, and the counts by month and type of the last twelve months. Counted in SQL in the caller's
 * {@link RecordScope} ({@link CaseService#figures}), so a widget never counts a case its user could not open.
 */
public record CaseFigures(int open, int overdue, int settledThisMonth, double settlementRate,
        double averageDaysToClose, Map<String, Map<CaseType, Integer>> byMonthAndType) {

    /** Counts the figures of {@code scope} as of {@code today}. */
    static CaseFigures count(CaseRepository repository, RecordScope scope, LocalDate today) {
        int open = repository.count(scope, new CaseFilter(null, null, null, null, null, null, false, true, today));
        int overdue = repository.count(scope, new CaseFilter(null, null, null, null, null, null, true, true, today));
        Map<CaseState, Integer> byState = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            byState.put(s, repository.count(scope, new CaseFilter(null, s, null, null, null, null, false, false, today)));
        }
        int settledThisMonth = repository.settledSince(scope, today.withDayOfMonth(1));
        int agreed = byState.get(CaseState.AGREED) + byState.get(CaseState.FOLLOWED_UP) + repository.closedAgreed(scope);
        int ended = agreed + byState.get(CaseState.FAILED) + repository.closedFailed(scope);
        double rate = ended == 0 ? 0 : (double) agreed / ended;
        return new CaseFigures(open, overdue, settledThisMonth, rate, repository.averageDaysToOutcome(scope),
                repository.countsByMonthAndType(scope, today.withDayOfMonth(1).minusMonths(11)));
    }
}
