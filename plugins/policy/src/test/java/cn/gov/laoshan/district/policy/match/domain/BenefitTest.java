package cn.gov.laoshan.district.policy.match.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.money.Yuan;

/** The benefit formula: exact to the fen (half-up once), capped, zero without the figure, checked before saving. */
class BenefitTest {

    @Test
    void aShareOfAFigureIsExactToTheFenAndCapped() {
        Benefit share = Benefit.percentage(new BigDecimal("12.5"), FigureKind.RND_SPENDING, 2025, Yuan.parse("100万"));
        assertEquals(Yuan.parse("0.13"), share.amount(1));          // 0.125 → 0.13, half-up
        assertEquals(Yuan.parse("617,283.88"), share.amount(4_938_271));
        assertEquals(Yuan.parse("1,000,000.00"), share.amount(90_000_000));
        assertEquals(Yuan.ZERO, share.amount(FactSnapshot.MISSING));
        assertEquals(Yuan.parse("20万"), Benefit.fixed(Yuan.parse("20万")).amount(FactSnapshot.MISSING));
        assertNull(Benefit.NONE.amount(5));
    }

    @Test
    void aFormulaThatCannotBePaidIsRefused() {
        assertEquals(List.of("policy.benefit.error.amount"), Benefit.fixed(Yuan.ZERO).problems());
        assertEquals(List.of("policy.benefit.error.percent", "policy.benefit.error.figure", "policy.benefit.error.year"),
                new Benefit(Benefit.Kind.PERCENTAGE, null, new BigDecimal("120"), FigureKind.HEADCOUNT, 1999, null).problems());
        assertEquals(List.of(), Benefit.NONE.problems());
    }
}
