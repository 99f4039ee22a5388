package cn.gov.laoshan.district.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.mediation.domain.CaseDates;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/** The date rules of a case, as the service checks them and the pickers show them. */
class CaseDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static MediationCase appliedOn(LocalDate day) {
        return new MediationCase(1, "崂调〔2026〕0001号", CaseType.LABOUR, IntakeChannel.WALK_IN, CaseState.IN_MEDIATION,
                List.of(), "事实", null, null, day, day.plusDays(21), Instant.EPOCH, "lixiumei", null, null, null, null,
                null, null, null, null, null, false, null, null, null);
    }

    @Test
    void aCaseAppliedForYearsAgoIsRefusedAndSoIsOneInTheFuture() {
        DateBounds applied = CaseDates.appliedOn(TODAY, 60);
        assertEquals(DateBounds.BEFORE_KEY, applied.violation(LocalDate.of(2020, 5, 6)).orElseThrow().messageKey());
        assertEquals(LocalDate.of(2026, 10, 8), applied.violation(LocalDate.of(2020, 5, 6)).orElseThrow().bound());
        assertEquals(DateBounds.AFTER_KEY, applied.violation(TODAY.plusDays(1)).orElseThrow().messageKey());
        assertTrue(applied.accepts(TODAY.minusDays(60)));
        assertEquals(DateBounds.REQUIRED_KEY, applied.violation(null).orElseThrow().messageKey());
    }

    @Test
    void thePerformanceDeadlineIsNotBeforeTheAgreementNorTheApplication() {
        MediationCase c = appliedOn(TODAY.minusDays(10));
        DateBounds performBy = CaseDates.performanceDeadline(c, TODAY);
        assertEquals(DateBounds.BEFORE_KEY, performBy.violation(TODAY.minusDays(11)).orElseThrow().messageKey(),
                "before the application date: the date printed on the agreement would be impossible");
        assertEquals(TODAY, performBy.violation(TODAY.minusDays(1)).orElseThrow().bound());
        assertTrue(performBy.accepts(TODAY.plusDays(30)));
        assertEquals(DateBounds.AFTER_KEY, performBy.violation(TODAY.plusYears(6)).orElseThrow().messageKey());
    }

    @Test
    void aSessionIsHeldBetweenTheApplicationAndToday() {
        DateBounds session = CaseDates.sessionDay(appliedOn(TODAY.minusDays(10)), TODAY);
        assertEquals(new DateBounds(TODAY.minusDays(10), TODAY), session);
    }
}
