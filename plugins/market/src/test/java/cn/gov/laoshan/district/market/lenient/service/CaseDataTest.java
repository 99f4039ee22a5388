package cn.gov.laoshan.district.market.lenient.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.market.commitment.service.CommitmentFixture;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource.CreditSignal;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.domain.DecisionHelper;
import cn.gov.laoshan.district.market.lenient.domain.Harm;
import cn.gov.laoshan.district.market.lenient.domain.ListKind;
import cn.gov.laoshan.district.market.lenient.domain.Outcome;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Violation cases on Derby and PostgreSQL: the SAMR lists as shipped, the first-offence condition read from the
 * platform's own records (a same-type case, an older violation of unknown type), a decision refused while a condition
 * is unmet and recorded with its reasons once, the grading's signals, and who may do what.
 */
class CaseDataTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    static CaseService.Draft expiredFood(LocalDate found, String value) {
        return new CaseService.Draft(CommitmentFixture.HAILAN, "F01", "销售超过保质期的面包", "货架上发现超过保质期面包3袋",
                found, new BigDecimal(value), Harm.SLIGHT, true, "立即下架销毁", null);
    }

    static Outcome outcome(DecisionHelper.Assessment a, String key) {
        return a.conditions().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().outcome();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theListsAndAFirstOffenceDecidedWithoutPenalty(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            f.asStaff();
            assertEquals(List.of("SAMR-2025-FIRST", "SAMR-2025-MINOR"), f.cases.lists().stream()
                    .map(l -> l.code()).toList());
            assertEquals(8, f.cases.items().stream().filter(i -> i.kind() == ListKind.FIRST).count());
            assertEquals(4, f.cases.items().stream().filter(i -> i.kind() == ListKind.MINOR).count());
            assertEquals(new BigDecimal("500.00"), f.cases.items().get(0).goodsValueLimit());

            ViolationCase c = f.cases.record(expiredFood(TODAY, "24.00"));
            assertTrue(c.caseNo().startsWith("LSAJ2026"), c.caseNo());
            DecisionHelper.Assessment a = f.cases.assessment(c.id());
            assertEquals(Outcome.UNKNOWN, outcome(a, "corrected"), "not corrected yet, still the day found");
            assertEquals("reasons", assertThrows(RefusedException.class, () -> f.cases.decide(c.id(),
                    Decision.FIRST_OFFENCE, " ")).field() , "reasons");
            assertEquals("market.case.error.wrong-kind", assertThrows(RefusedException.class, () -> f.cases.decide(
                    c.id(), Decision.NO_PENALTY, "轻微")).messageKey());
            f.cases.corrected(c.id(), TODAY);
            assertEquals(Decision.FIRST_OFFENCE, f.cases.assessment(c.id()).suggested());
            ViolationCase decided = f.cases.decide(c.id(), Decision.FIRST_OFFENCE, "初次违法，货值24元，当场下架，进货查验记录完整");
            assertEquals(Decision.FIRST_OFFENCE, decided.decision());
            assertEquals("liuyang", decided.decidedBy());
            assertEquals("market.case.error.decided", assertThrows(RefusedException.class, () -> f.cases.decide(
                    c.id(), Decision.PENALISE, "改判")).messageKey());
            assertEquals(Map.of(Decision.FIRST_OFFENCE, 1L), f.cases.decisionsThisMonth());
            assertEquals(List.of("record", "corrected", "decide"), f.timeline.actions());

            // another of the same type within two years: not the first, a lenient decision is refused
            f.today(TODAY.plusMonths(3));
            ViolationCase again = f.cases.record(expiredFood(TODAY.plusMonths(3), "30.00"));
            f.cases.corrected(again.id(), TODAY.plusMonths(3));
            DecisionHelper.Assessment second = f.cases.assessment(again.id());
            assertEquals(Outcome.NOT_MET, outcome(second, "first"));
            assertEquals(Decision.PENALISE, second.suggested());
            assertEquals("market.case.error.condition-unmet", assertThrows(RefusedException.class,
                    () -> f.cases.decide(again.id(), Decision.FIRST_OFFENCE, "情节轻微")).messageKey());
            f.cases.decide(again.id(), Decision.PENALISE, "两年内同类违法，不适用首违不罚");
            Map<String, List<CreditSignal>> signals = new CaseSignals(f.schema.jdbi()).signals(TODAY,
                    TODAY.plusMonths(4));
            assertEquals(List.of("violation", "violation", "violation.penalised"), signals.get(CommitmentFixture.HAILAN)
                    .stream().map(CreditSignal::kind).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOlderViolationOfUnknownTypeLeavesTheFirstOffenceUnknownAndBadInputIsRefused(TestDatabase test) {
        try (test; CommitmentFixture f = new CommitmentFixture(test, TODAY)) {
            // a violation recorded before cases had list items (as minimal renewal's records are)
            f.schema.jdbi().useHandle(h -> h.createUpdate("insert into violation (uscc, occurred_on, description, "
                    + "recorded_by, recorded_at) values (:uscc, :day, '未按规定公示', 'system', current_timestamp)")
                    .bind("uscc", CommitmentFixture.HAILAN).bind("day", TODAY.minusMonths(5)).execute());
            f.asStaff();
            ViolationCase c = f.cases.record(expiredFood(TODAY, "24.00"));
            assertEquals(Outcome.UNKNOWN, outcome(f.cases.assessment(c.id()), "first"));
            assertEquals(2, f.cases.cases(false, 0, 10).size(), "the older one is the bureau's");
            assertEquals("goodsValue", assertThrows(RefusedException.class, () -> f.cases.record(expiredFood(TODAY,
                    "-1"))).field());
            assertEquals("foundOn", assertThrows(RefusedException.class, () -> f.cases.record(expiredFood(
                    TODAY.plusDays(1), "1"))).field());
            assertEquals("uscc", assertThrows(RefusedException.class, () -> f.cases.record(new CaseService.Draft(
                    "91370212MA3C4XK2Q0", "F01", "x", "y", TODAY, null, null, null, null, null))).field());
            assertEquals("item", assertThrows(RefusedException.class, () -> f.cases.record(new CaseService.Draft(
                    CommitmentFixture.HAILAN, "F99", "x", "y", TODAY, null, null, null, null, null))).field());
            assertEquals("correctedOn", assertThrows(RefusedException.class, () -> f.cases.corrected(c.id(),
                    TODAY.minusDays(1))).field());
            assertEquals(2, f.cases.cases(false, 0, 10).size(), "nothing written");
            // an enterprise user reads its own cases, changes none; staff elsewhere change none
            f.access.asEnterprise("hailan-qy", CommitmentFixture.HAILAN, Market.READ);
            assertEquals(2, f.cases.cases(false, 0, 10).size());
            assertThrows(AccessDeniedException.class, () -> f.cases.corrected(c.id(), TODAY));
            f.access.asEnterprise("mingde-qy", CommitmentFixture.MINGDE, Market.READ);
            assertEquals(0, f.cases.cases(false, 0, 10).size());
            f.access.as("zhaomin", "justice", Market.READ, CaseService.MANAGE).within("justice");
            assertThrows(AccessDeniedException.class, () -> f.cases.decide(c.id(), Decision.PENALISE, "x"));
        }
    }
}
