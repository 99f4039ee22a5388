package cn.gov.laoshan.district.registry.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.registry.demo.AccountEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.demo.DemoFacts;

/** Demo facts: every one passes the rules the service applies, they are deterministic and look like Laoshan. */
class DemoFactsTest {

    @Test
    void demoFactsPassTheRulesAndAreDeterministic() {
        List<Enterprise> enterprises = new ArrayList<>(DemoEnterprises.generate(370212, 3000));
        enterprises.addAll(AccountEnterprises.all());
        LocalDate today = DemoEnterprises.UNTIL;
        int figures = 0;
        int qualified = 0;
        Set<String> keys = new HashSet<>();
        for (Enterprise e : enterprises) {
            DemoFacts.Facts facts = DemoFacts.of(e, 370212);
            assertEquals(facts, DemoFacts.of(e, 370212));
            assertTrue(DemoFacts.STREETS.contains(facts.location().street()));
            assertTrue(FactRules.check(facts.location(), 0).isEmpty());
            for (YearlyFigure f : facts.figures()) {
                assertTrue(FactRules.check(f, today, 0).isEmpty(), f.toString());
                assertTrue(keys.add(f.uscc() + "/" + f.kind() + "/" + f.year()), "one figure per enterprise, kind and year");
                figures++;
            }
            facts.qualifications().forEach(q -> assertTrue(FactRules.check(q, 0).isEmpty(), q.toString()));
            assertEquals(facts.qualifications().size(), facts.qualifications().stream().map(q -> q.type()).distinct().count());
            qualified += facts.qualifications().isEmpty() ? 0 : 1;
        }
        assertTrue(figures > 3000 * 4, "figures: " + figures);
        assertTrue(qualified > 100 && qualified < 1500, "qualified enterprises: " + qualified);
        DemoFacts.Facts hailan = DemoFacts.of(AccountEnterprises.all().get(0), 370212);
        assertTrue(hailan.figures().stream().anyMatch(f -> f.kind() == FigureKind.HEADCOUNT && f.year() == DemoFacts.LAST_YEAR));
    }
}
