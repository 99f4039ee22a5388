package cn.gov.laoshan.district.policy.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.HeldLicences;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition.Range;

/**
 * The column-wise evaluator against a naive one: random rules over random enterprises (seeded, so a failure
 * repeats), each enterprise an object evaluated on its own, the plain way; the matches, near-misses and failed
 * requirement must be identical, and the explainer must agree with both for every enterprise.
 */
class EvaluatorPropertyTest {

    static final String[] INDUSTRIES = {"C3911", "C3912", "C3921", "C3811", "C4011", "I6510", "I6421", "F5123", "M7320", "C39", "K7010"};
    static final String[] CLASSES = {"C", "C39", "C391", "C3911", "C38", "I", "I65", "F51", "M7320", "K"};
    static final String[] STREETS = {"中韩街道", "沙子口街道", "王哥庄街道", "北宅街道", "金家岭街道"};
    static final String[] PARKS = {"崂山科技城", "金家岭金融区", "青岛国际创新园"};
    static final String[] TYPES = {"HNTE", "SRDI"};
    static final String[] LICENCE_KINDS = {"FOOD", "DRUG"};
    static final LocalDate[] DAYS = {LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 7)};
    static final int[] YEARS = {2024, 2025};
    static final FigureKind[] KINDS = {FigureKind.HEADCOUNT, FigureKind.OPERATING_REVENUE, FigureKind.RND_SPENDING};
    static final long[] AMOUNTS = {0, 50, 100, 1_000_000, 5_000_000, 10_000_000, 50_000_000};
    static final LocalDate[] FOUNDED = {LocalDate.of(2005, 3, 1), LocalDate.of(2015, 6, 30), LocalDate.of(2021, 1, 1),
            LocalDate.of(2024, 9, 9)};

    /** One enterprise as objects: every fact may be missing (null). */
    record Firm(String uscc, String industry, Long capital, LocalDate founded, String street, String park,
            EnterpriseSize size, CreditGrade credit, Map<String, Long> figures, Set<String> qualified,
            Set<String> licensed) {
    }

    static Firm randomFirm(Random random, int i) {
        Map<String, Long> figures = new HashMap<>();
        for (FigureKind kind : KINDS) {
            for (int year : YEARS) {
                if (random.nextInt(5) > 0) {
                    figures.put(kind + "/" + year, random.nextBoolean() ? pick(random, AMOUNTS) : (long) random.nextInt(60_000_000));
                }
            }
        }
        Set<String> qualified = new HashSet<>();
        for (String type : TYPES) {
            for (LocalDate day : DAYS) {
                if (random.nextInt(3) == 0) {
                    qualified.add(type + "/" + day);
                }
            }
        }
        Set<String> licensed = new HashSet<>();
        for (String kind : LICENCE_KINDS) {
            for (LocalDate day : DAYS) {
                if (random.nextInt(3) == 0) {
                    licensed.add(kind + "/" + day);
                }
            }
        }
        return new Firm(String.format("91370212%010d", i), maybe(random, pick(random, INDUSTRIES)),
                maybe(random, random.nextBoolean() ? pick(random, AMOUNTS) : (long) random.nextInt(60_000_000)),
                maybe(random, random.nextBoolean() ? pick(random, FOUNDED) : LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1)),
                maybe(random, pick(random, STREETS)), maybe(random, pick(random, PARKS)),
                maybe(random, pick(random, EnterpriseSize.values())), maybe(random, pick(random, CreditGrade.values())),
                figures, qualified, licensed);
    }

    static Rule randomRule(Random random, int depth) {
        int shape = depth >= 3 ? 3 : random.nextInt(depth == 0 ? 3 : 6);
        if (shape == 0 || shape == 1) {
            List<Rule> parts = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                parts.add(randomRule(random, depth + 1));
            }
            return shape == 0 ? new Rule.All(parts) : new Rule.Any(parts);
        }
        if (shape == 2) {
            return new Rule.Not(randomRule(random, depth + 1));
        }
        return randomCondition(random);
    }

    static Condition randomCondition(Random random) {
        switch (random.nextInt(11)) {
            case 10:
                return new Condition.Licence(pick(random, LICENCE_KINDS), pick(random, DAYS));
            case 0:
                return new Condition.Industry(List.of(pick(random, CLASSES), pick(random, CLASSES)).subList(0, 1 + random.nextInt(2)));
            case 1:
                return new Condition.Capital(randomRange(random));
            case 2:
                return new Condition.Founded(random.nextBoolean() ? pick(random, FOUNDED) : null,
                        random.nextBoolean() ? pick(random, FOUNDED) : LocalDate.of(2023, 12, 31));
            case 3:
                return new Condition.Street(new HashSet<>(List.of(pick(random, STREETS), pick(random, STREETS))));
            case 4:
                return new Condition.Park(Set.of(pick(random, PARKS)));
            case 5:
                return new Condition.Size(EnumSet.of(pick(random, EnterpriseSize.values()), pick(random, EnterpriseSize.values())));
            case 6:
                return new Condition.Credit(EnumSet.of(pick(random, CreditGrade.values()), pick(random, CreditGrade.values())));
            case 7:
                return new Condition.Qualified(pick(random, TYPES), pick(random, DAYS));
            case 8:
                return new Condition.Enterprise("91370212" + String.format("%010d", random.nextInt(50)));
            default:
                return new Condition.Figure(pick(random, KINDS), YEARS[random.nextInt(YEARS.length)], randomRange(random));
        }
    }

    static Range randomRange(Random random) {
        long a = pick(random, AMOUNTS);
        long b = pick(random, AMOUNTS);
        return switch (random.nextInt(3)) {
            case 0 -> Range.atLeast(a);
            case 1 -> Range.atMost(a);
            default -> Range.between(Math.min(a, b), Math.max(a, b));
        };
    }

    /** The naive evaluation: one enterprise, its objects, the rule read literally. */
    static boolean holds(Rule rule, Firm firm) {
        if (rule instanceof Rule.All all) {
            return all.parts().stream().allMatch(p -> holds(p, firm));
        }
        if (rule instanceof Rule.Any any) {
            return any.parts().stream().anyMatch(p -> holds(p, firm));
        }
        if (rule instanceof Rule.Not not) {
            return !holds(not.part(), firm);
        }
        if (rule instanceof Condition.Industry c) {
            return firm.industry() != null && c.classes().stream().anyMatch(k -> firm.industry().startsWith(k));
        } else if (rule instanceof Condition.Capital c) {
            return firm.capital() != null && c.range().contains(firm.capital());
        } else if (rule instanceof Condition.Founded c) {
            return firm.founded() != null && (c.from() == null || !firm.founded().isBefore(c.from()))
                    && (c.to() == null || !firm.founded().isAfter(c.to()));
        } else if (rule instanceof Condition.Street c) {
            return firm.street() != null && c.streets().contains(firm.street());
        } else if (rule instanceof Condition.Park c) {
            return firm.park() != null && c.parks().contains(firm.park());
        } else if (rule instanceof Condition.Size c) {
            return firm.size() != null && c.sizes().contains(firm.size());
        } else if (rule instanceof Condition.Credit c) {
            return firm.credit() != null && c.grades().contains(firm.credit());
        } else if (rule instanceof Condition.Qualified c) {
            return firm.qualified().contains(c.type() + "/" + c.on());
        } else if (rule instanceof Condition.Licence c) {
            return firm.licensed().contains(c.kind() + "/" + c.on());
        } else if (rule instanceof Condition.Figure c) {
            Long value = firm.figures().get(c.kind() + "/" + c.year());
            return value != null && c.range().contains(value);
        }
        return false;
    }

    /** The firms column-wise, through the registry's snapshot interface and the adapter the service uses. */
    static FactTable table(List<Firm> firms) {
        int n = firms.size();
        MemorySnapshot snapshot = new MemorySnapshot(firms.stream().map(Firm::uscc).toArray(String[]::new));
        snapshot.put(new FactColumn.IndustryCode(), firms.stream().map(Firm::industry).toArray(String[]::new));
        snapshot.put(new FactColumn.RegisteredCapital(), firms.stream().mapToLong(f -> f.capital() == null ? FactSnapshot.MISSING : f.capital()).toArray());
        snapshot.put(new FactColumn.Street(), firms.stream().map(Firm::street).toArray(String[]::new));
        snapshot.put(new FactColumn.Park(), firms.stream().map(Firm::park).toArray(String[]::new));
        snapshot.put(new FactColumn.CreditGrade(), firms.stream().map(f -> f.credit() == null ? null : f.credit().name()).toArray(String[]::new));
        for (FigureKind kind : KINDS) {
            for (int year : YEARS) {
                String key = kind + "/" + year;
                snapshot.put(new FactColumn.Figure(kind, year), firms.stream()
                        .mapToLong(f -> f.figures().getOrDefault(key, FactSnapshot.MISSING)).toArray());
            }
        }
        for (String type : TYPES) {
            for (LocalDate day : DAYS) {
                BitSet flags = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    flags.set(i, firms.get(i).qualified().contains(type + "/" + day));
                }
                snapshot.put(new FactColumn.Qualified(type, day), flags);
            }
        }
        snapshot.put(new FactColumn.Founded(), firms.stream()
                .mapToLong(f -> f.founded() == null ? FactSnapshot.MISSING : f.founded().toEpochDay()).toArray());
        snapshot.put(new FactColumn.SizeClass(), firms.stream().map(f -> f.size() == null ? null : f.size().name())
                .toArray(String[]::new));
        return new SnapshotFactTable(snapshot, new FirmLicences(firms));
    }

    /** The licence facts as the market plugin's service gives them: column-wise for the evaluator, one by one to explain. */
    record FirmLicences(List<Firm> firms) implements HeldLicences {

        @Override
        public List<LicenceKind> kinds() {
            return List.of(new LicenceKind("FOOD", "食品经营许可证", "food business licence"),
                    new LicenceKind("DRUG", "药品经营许可证", "drug business licence"));
        }

        @Override
        public BitSet holders(String kindCode, LocalDate day, String[] usccs) {
            Map<String, Firm> byCode = new HashMap<>();
            firms.forEach(f -> byCode.put(f.uscc(), f));
            BitSet bits = new BitSet(usccs.length);
            for (int i = 0; i < usccs.length; i++) {
                bits.set(i, byCode.get(usccs[i]).licensed().contains(kindCode + "/" + day));
            }
            return bits;
        }

        @Override
        public List<HeldLicence> heldBy(String uscc, LocalDate day) {
            Firm firm = firms.stream().filter(f -> f.uscc().equals(uscc)).findFirst().orElseThrow();
            return kinds().stream().filter(k -> firm.licensed().contains(k.code() + "/" + day))
                    .map(k -> new HeldLicence(k.code(), k.code() + "-" + uscc, day.plusYears(1))).toList();
        }
    }

    @Test
    void columnWiseAndNaiveEvaluationAgreeOnRandomRulesAndFacts() {
        Random random = new Random(20261207L);
        int cases = 0;
        int matched = 0;
        int nearMissed = 0;
        for (int round = 0; round < 40; round++) {
            List<Firm> firms = new ArrayList<>();
            int n = 50 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                firms.add(randomFirm(random, i));
            }
            FactTable table = table(firms);
            ColumnEvaluator evaluator = new ColumnEvaluator(table);
            RuleExplainer explainer = new RuleExplainer(table);
            for (int r = 0; r < 50; r++, cases++) {
                Rule rule = randomRule(random, 0);
                RuleResult result = evaluator.evaluate(rule);
                List<Integer> matches = new ArrayList<>();
                List<Integer> nears = new ArrayList<>();
                List<Integer> failed = new ArrayList<>();
                List<Rule> requirements = rule.requirements();
                for (int i = 0; i < n; i++) {
                    int failing = 0;
                    int which = -1;
                    for (int k = 0; k < requirements.size(); k++) {
                        if (!holds(requirements.get(k), firms.get(i))) {
                            failing++;
                            which = k;
                        }
                    }
                    if (failing == 0) {
                        matches.add(i);
                    } else if (failing == 1) {
                        nears.add(i);
                        failed.add(which);
                    }
                    Explanation explanation = explainer.explain(rule, i);
                    assertEquals(failing == 0, explanation.matches(), () -> "explainer, rule " + rule + ", firm " + firms.get(0));
                    assertEquals(failing == 1, explanation.nearMiss(), () -> "explainer near-miss, rule " + rule);
                }
                String context = "round " + round + ", rule " + rule;
                assertArrayEquals(matches.stream().mapToInt(Integer::intValue).toArray(), result.matches(), context);
                assertArrayEquals(nears.stream().mapToInt(Integer::intValue).toArray(), result.nearMisses(), context);
                assertArrayEquals(failed.stream().mapToInt(Integer::intValue).toArray(), result.failedRequirement(), context);
                matched += matches.isEmpty() ? 0 : 1;
                nearMissed += nears.isEmpty() ? 0 : 1;
            }
        }
        // the generator must exercise both outcomes, or the agreement proves little
        assertEquals(2000, cases);
        assertTrue(matched > 300 && nearMissed > 300, "rules with matches " + matched + ", with near-misses " + nearMissed);
    }

    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static long pick(Random random, long[] values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T maybe(Random random, T value) {
        return random.nextInt(8) == 0 ? null : value;
    }
}
