package cn.gov.laoshan.district.market.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Candidate;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Inspector;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Recusal;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Target;

/**
 * Properties of the draw over many seeded random cases (plain JUnit, as policy's EvaluatorPropertyTest): the same seed
 * and input give the same draw; each grade's share lies within its bounds; every target drawn once, from its grade;
 * inspectors distinct, never recused.
 */
class RandomDrawPropertyTest {

    static final GradeRatios RATIOS = GradeRatios.standard();
    static final int CASES = 400;

    @Test
    void drawsAreReproducibleWithinTheRatiosAndRespectRecusal() {
        Random cases = new Random(20261207L);
        for (int n = 0; n < CASES; n++) {
            Case c = randomCase(cases);
            List<Target> first = RandomDraw.draw(c.seed, c.candidates, c.percents, RATIOS, c.inspectors, c.recusals,
                    c.perTarget);
            List<Target> again = RandomDraw.draw(c.seed, List.copyOf(c.candidates), c.percents, RATIOS,
                    List.copyOf(c.inspectors), Set.copyOf(c.recusals), c.perTarget);
            assertEquals(first, again, "case " + n + ": same seed and input, same draw");

            Map<CreditGrade, Integer> population = new EnumMap<>(CreditGrade.class);
            Map<String, CreditGrade> gradeOf = new HashMap<>();
            for (Candidate x : c.candidates) {
                population.merge(x.grade(), 1, Integer::sum);
                gradeOf.put(x.uscc(), x.grade());
            }
            Map<CreditGrade, Integer> drawn = new EnumMap<>(CreditGrade.class);
            Set<String> seen = new HashSet<>();
            Set<String> recused = new HashSet<>();
            c.recusals.forEach(r -> recused.add(r.login() + "|" + r.uscc()));
            for (Target t : first) {
                assertTrue(seen.add(t.uscc()), "case " + n + ": drawn once");
                assertEquals(gradeOf.get(t.uscc()), t.grade(), "case " + n + ": drawn in its own grade");
                drawn.merge(t.grade(), 1, Integer::sum);
                assertEquals(c.perTarget, t.inspectors().size());
                assertEquals(c.perTarget, new HashSet<>(t.inspectors()).size(), "case " + n + ": distinct inspectors");
                for (String login : t.inspectors()) {
                    assertFalse(recused.contains(login + "|" + t.uscc()), "case " + n + ": " + login
                            + " is recused from " + t.uscc());
                }
            }
            for (CreditGrade g : CreditGrade.values()) {
                int pop = population.getOrDefault(g, 0);
                int k = drawn.getOrDefault(g, 0);
                GradeRatios.Bounds b = RATIOS.of(g);
                // never above the grade's highest share
                assertTrue(k * 100L <= (long) b.max() * pop, "case " + n + ": grade " + g + " " + k + " of " + pop);
                // at least its lowest share whenever a whole number of enterprises fits between the two
                int least = (int) ((pop * (long) b.min() + 99) / 100);
                if (least * 100L <= (long) b.max() * pop) {
                    assertTrue(k >= least, "case " + n + ": grade " + g + " " + k + " of " + pop);
                }
                // and the chosen percent, within those bounds, rounded up
                int wanted = (int) ((pop * (long) c.percents.get(g) + 99) / 100);
                if (wanted * 100L <= (long) b.max() * pop) {
                    assertEquals(Math.max(wanted, least * 100L <= (long) b.max() * pop ? least : 0), k);
                }
            }
        }
    }

    @Test
    void anotherSeedDrawsOtherwise() {
        Case c = randomCase(new Random(7));
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new Candidate(String.format("91370212MA%08d", i), CreditGrade.D));
        }
        Map<CreditGrade, Integer> percents = Map.of(CreditGrade.A, 0, CreditGrade.B, 5, CreditGrade.C, 21,
                CreditGrade.D, 61);
        assertNotEquals(RandomDraw.draw(1L, many, percents, RATIOS, c.inspectors, Set.of(), 2),
                RandomDraw.draw(2L, many, percents, RATIOS, c.inspectors, Set.of(), 2));
    }

    @Test
    void theHashIsOfTheListAsDrawnFrom() {
        List<Candidate> list = List.of(new Candidate("91370212MA3C4XK2QQ", CreditGrade.A),
                new Candidate("91370212MA3D0WPHWP", CreditGrade.D));
        // sha256("91370212MA3C4XK2QQ,A\n91370212MA3D0WPHWP,D\n"), computed with sha256sum
        assertEquals(RandomDraw.candidatesHash(list), RandomDraw.candidatesHash(List.copyOf(list)));
        assertNotEquals(RandomDraw.candidatesHash(list), RandomDraw.candidatesHash(List.of(list.get(1), list.get(0))));
        assertEquals(64, RandomDraw.candidatesHash(list).length());
    }

    @Test
    void tooFewInspectorsFreeOfRecusalIsRefused() {
        List<Candidate> one = List.of(new Candidate("91370212MA3D0WPHWP", CreditGrade.D));
        List<Inspector> two = List.of(new Inspector("a", "甲"), new Inspector("b", "乙"));
        Map<CreditGrade, Integer> percents = Map.of(CreditGrade.A, 0, CreditGrade.B, 5, CreditGrade.C, 21,
                CreditGrade.D, 100);
        RandomDraw.NotEnoughInspectors refused = assertThrows(RandomDraw.NotEnoughInspectors.class, () ->
                RandomDraw.draw(1L, one, percents, RATIOS, two, Set.of(new Recusal("a", "91370212MA3D0WPHWP",
                        "related")), 2));
        assertEquals("91370212MA3D0WPHWP", refused.uscc());
        List<Target> drawn = RandomDraw.draw(1L, one, percents, RATIOS, two, Set.of(new Recusal("a",
                "91370212MA3D0WPHWP", "last-time")), 1);
        assertEquals(List.of("b"), drawn.get(0).inspectors());
    }

    record Case(long seed, List<Candidate> candidates, Map<CreditGrade, Integer> percents, List<Inspector> inspectors,
            Set<Recusal> recusals, int perTarget) {
    }

    static Case randomCase(Random r) {
        int size = r.nextInt(120);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            candidates.add(new Candidate(String.format("91370212MA%08d", i), CreditGrade.values()[r.nextInt(4)]));
        }
        Map<CreditGrade, Integer> percents = new EnumMap<>(CreditGrade.class);
        for (CreditGrade g : CreditGrade.values()) {
            GradeRatios.Bounds b = RATIOS.of(g);
            percents.put(g, b.min() + r.nextInt(b.max() - b.min() + 1));
        }
        List<Inspector> inspectors = new ArrayList<>();
        int officers = 4 + r.nextInt(8);
        for (int i = 0; i < officers; i++) {
            inspectors.add(new Inspector("officer" + i, "检查员" + i));
        }
        int perTarget = 1 + r.nextInt(2);
        Set<Recusal> recusals = new HashSet<>();
        // at most officers - perTarget recusals per enterprise, so that every draw can succeed
        for (Candidate c : candidates) {
            int many = r.nextInt(officers - perTarget + 1);
            for (int i = 0; i < many; i++) {
                recusals.add(new Recusal("officer" + r.nextInt(officers), c.uscc(), r.nextBoolean() ? "related"
                        : "last-time"));
            }
        }
        return new Case(r.nextLong(), candidates, percents, inspectors, recusals, perTarget);
    }
}
