package cn.gov.laoshan.district.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.finance.domain.Check;
import cn.gov.laoshan.district.finance.domain.Criterion;
import cn.gov.laoshan.district.finance.domain.EnterpriseProfile;

/** A bank product's criteria: written one a line, read back the same, each checked with its reason. */
class CriterionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EnterpriseProfile profile(EnterpriseSize size, CreditGrade grade, LocalDate founded,
            Set<String> qualifications, Map<Integer, BigDecimal> revenue) {
        return new EnterpriseProfile("91370212MA3C4XK2QQ", "海澜", size, grade, founded, qualifications, revenue, TODAY);
    }

    @Test
    void criteriaAreReadFromLinesAndWrittenBackTheSame() {
        // codes in either case, as the help shows them in lower case
        List<Criterion> read = Criterion.parse(" size: small, MICRO \n\ncredit-not:d\nqualification:hnte\r\n"
                + "revenue:5000000\nyears:2");
        assertEquals(5, read.size());
        assertEquals("size:SMALL,MICRO\ncredit-not:D\nqualification:HNTE\nrevenue:5000000\nyears:2",
                Criterion.format(read));
        assertEquals(read, Criterion.parse(Criterion.format(read)));
        assertEquals(List.of(), Criterion.parse(null));
    }

    @Test
    void aLineNotUnderstoodIsRefusedWithItsNumber() {
        for (String bad : List.of("size:HUGE", "credit-not:", "qualification:高新", "revenue:-1", "revenue:lots",
                "years:101", "headcount:50", "size")) {
            RefusedException e = assertThrows(RefusedException.class, () -> Criterion.parse("credit-not:D\n" + bad),
                    bad);
            assertEquals("criteria", e.field());
            assertEquals("finance.error.criterion", e.messageKey());
            assertEquals(List.of(2, bad), List.of(e.parameters()));
        }
    }

    @Test
    void eachCriterionGivesItsReasonMetOrNot() {
        EnterpriseProfile hailan = profile(EnterpriseSize.SMALL, CreditGrade.A, LocalDate.of(2016, 9, 12),
                Set.of("HNTE"), Map.of(2025, new BigDecimal("4999999.99"), 2024, new BigDecimal("9000000")));
        List<Criterion> criteria = Criterion.parse("size:MEDIUM,SMALL\ncredit-not:C,D\nqualification:SRDI\n"
                + "revenue:5000000\nyears:10");
        List<Check> checks = criteria.stream().map(c -> c.check(hailan)).toList();
        assertEquals(List.of(new Check("size", true, "MEDIUM,SMALL", "SMALL"), new Check("credit", true, "C,D", "A"),
                new Check("qualification", false, "SRDI", ""),
                // last year's (2025) revenue, a fen short: not met; the year before does not count
                new Check("revenue", false, "5000000", "4999999.99"),
                new Check("years", true, "10", "10")), checks);
        // an enterprise the registry knows little of meets none of them
        EnterpriseProfile unknown = profile(null, null, null, Set.of(), Map.of());
        assertTrue(criteria.stream().map(c -> c.check(unknown)).noneMatch(Check::met));
        assertEquals("revenue-unknown", criteria.get(3).check(unknown).kind());
        // a grade of D is refused where D is excluded
        assertFalse(Criterion.parse("credit-not:D").get(0).check(profile(EnterpriseSize.SMALL, CreditGrade.D,
                TODAY, Set.of(), Map.of())).met());
    }

    @Test
    void reasonsAreKeptAsLinesAndReadBack() {
        List<Check> checks = List.of(new Check("amount", true, "500000.00–10000000.00", "3000000.00"),
                new Check("qualification", false, "HNTE", ""), new Check("years", true, "2", "10"));
        assertEquals(checks, Check.decode(Check.encode(checks)));
        assertEquals("finance.check.qualification.failed", checks.get(1).messageKey());
        assertEquals(List.of(), Check.decode(""));
    }
}
