package cn.gov.laoshan.district.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.policy.eligibility.domain.ColumnEvaluator;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition;
import cn.gov.laoshan.district.policy.eligibility.domain.Condition.Range;
import cn.gov.laoshan.district.policy.eligibility.domain.Rule;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleResult;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleValidator;
import cn.gov.laoshan.district.policy.eligibility.domain.SnapshotFactTable;

/**
 * Issue 18's figure: every published policy (the seed's 209) evaluated over every enterprise (1,000,000), in memory,
 * by the policy plugin's {@link ColumnEvaluator} over a {@link FactSnapshot}. The snapshot is synthetic (seeded):
 * industry codes from 60 GB/T 4754 classes, capital log-normal, founding dates 1990–2026, five streets, four parks
 * (60 % in none), sizes and credit grades skewed as a district's are, five yearly figures of 2024 and 2025 (each known
 * for 75 %), five qualification types held by 1–8 %. The 209 policies come from 14 templates of the kinds the seed's
 * lists hold (R&D subsidies for high-tech enterprises, support for small firms keeping staff, new firms in a park,
 * exporters, tax contributors, ...) with varied thresholds, years and classes; every one passes the
 * {@link RuleValidator}. Each round makes a new evaluator (nothing kept from the round before) and evaluates all 209;
 * the time does not include building the snapshot (the registry keeps its columns read, see FactSnapshotBenchmark).
 *
 * <pre>java -Xmx3g -cp ... PolicyMatchBenchmark [enterprises=1000000] [policies=209] [rounds=5] [seed=209]</pre>
 */
public final class PolicyMatchBenchmark {

    static final FigureKind[] KINDS = FigureKind.values();
    static final int[] YEARS = {2024, 2025};
    static final String[] TYPES = {"HNTE", "SRDI", "LITTLE_GIANT", "TSME", "GAZELLE"};
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final String[] STREETS = {"中韩街道", "沙子口街道", "王哥庄街道", "北宅街道", "金家岭街道"};
    static final String[] PARKS = {"崂山科技城", "金家岭金融区", "青岛国际创新园", "海洋经济园"};
    static final String[] INDUSTRIES = {"C3911", "C3912", "C3913", "C3914", "C3921", "C3922", "C3931", "C3940", "C3951", "C3971",
            "C3821", "C3831", "C3872", "C4011", "C4014", "C4028", "C3511", "C3581", "C2710", "C2761", "C1469", "C1391", "C3099",
            "I6510", "I6511", "I6513", "I6520", "I6531", "I6540", "I6550", "I6560", "I6421", "I6422", "I6432", "I6440",
            "M7320", "M7340", "M7410", "M7451", "M7517", "M7520", "M7530", "J6620", "J6631", "J6640", "J6712", "J6811",
            "F5123", "F5137", "F5165", "F5171", "F5261", "H6110", "H6210", "H6220", "K7010", "K7020", "L7212", "L7219", "E4710"};
    static final String[] CLASSES = {"C39", "C391", "C38", "C40", "C35", "C27", "C", "I65", "I651", "I64", "I", "M73", "M74",
            "M75", "M", "J66", "J67", "J", "F51", "F52", "H61", "K70", "L72", "E47"};

    private PolicyMatchBenchmark() {
    }

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int policies = args.length > 1 ? Integer.parseInt(args[1]) : 209;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 209;
        long built = System.nanoTime();
        Synthetic synthetic = Synthetic.of(enterprises, new Random(seed));
        List<Rule> rules = policies(policies, new Random(seed + 1));
        RuleValidator validator = new RuleValidator(List.of(TYPES));
        for (Rule rule : rules) {
            if (!validator.problems(rule).isEmpty()) {
                throw new IllegalStateException("invalid benchmark rule " + rule + ": " + validator.problems(rule));
            }
        }
        List<FactColumn> columns = SnapshotFactTable.columns(rules);
        System.out.printf("built %,d enterprises (%d columns) and %d policies in %.1f s; %d processors, max heap %d MiB%n",
                enterprises, columns.size(), rules.size(), (System.nanoTime() - built) / 1e9,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] walls = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ColumnEvaluator evaluator = new ColumnEvaluator(synthetic.table);
            long matches = 0;
            long nearMisses = 0;
            int withMatches = 0;
            for (Rule rule : rules) {
                RuleResult result = evaluator.evaluate(rule);
                matches += result.matchCount();
                nearMisses += result.nearMissCount();
                withMatches += result.matchCount() > 0 ? 1 : 0;
            }
            walls[round] = System.nanoTime() - start;
            System.out.printf("round %d: %d policies × %,d enterprises in %,d ms (thread CPU %,d ms): %,d matches (%d policies"
                            + " with any), %,d near-misses%n", round + 1, rules.size(), enterprises, walls[round] / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, matches, withMatches, nearMisses);
        }
        long[] sorted = walls.clone();
        Arrays.sort(sorted);
        System.out.printf("median %,d ms, min %,d ms, max %,d ms (goal ≤ 10,000 ms)%n", sorted[rounds / 2] / 1_000_000,
                sorted[0] / 1_000_000, sorted[rounds - 1] / 1_000_000);
    }

    /** 209 policies from the templates, round-robin, each with its own thresholds, year and classes. */
    static List<Rule> policies(int count, Random random) {
        List<Rule> rules = new ArrayList<>();
        Rule notD = Rule.not(new Condition.Credit(Set.of(CreditGrade.D)));
        for (int i = 0; i < count; i++) {
            int year = YEARS[random.nextInt(YEARS.length)];
            long wan = 10_000L;
            Rule rule = switch (i % 14) {
                // 研发投入补助: 高新技术企业, R&D of the year at least X, not D
                case 0 -> Rule.all(new Condition.Industry(List.of(pick(random, CLASSES))),
                        new Condition.Figure(FigureKind.RND_SPENDING, year, Range.atLeast((100 + random.nextInt(900)) * wan)),
                        new Condition.Qualified("HNTE", TODAY), notD);
                // 专精特新 奖励: SRDI or little giant, small or medium, revenue in a band
                case 1 -> Rule.all(Rule.any(new Condition.Qualified("SRDI", TODAY), new Condition.Qualified("LITTLE_GIANT", TODAY)),
                        new Condition.Size(EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MEDIUM)),
                        new Condition.Figure(FigureKind.OPERATING_REVENUE, year,
                                Range.between((500 + random.nextInt(1500)) * wan, (20_000 + random.nextInt(30_000)) * wan)), notD);
                // 小微企业稳岗: small or micro, headcount in a band
                case 2 -> Rule.all(new Condition.Size(EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO)),
                        new Condition.Figure(FigureKind.HEADCOUNT, year, Range.between(5 + random.nextInt(10), 100 + random.nextInt(200))),
                        new Condition.Credit(EnumSet.of(CreditGrade.A, CreditGrade.B)));
                // 新设企业 入驻园区
                case 3 -> Rule.all(new Condition.Founded(LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1), null),
                        new Condition.Park(Set.of(pick(random, PARKS))), new Condition.Industry(List.of(pick(random, CLASSES), pick(random, CLASSES))));
                // 出口奖励
                case 4 -> Rule.all(new Condition.Figure(FigureKind.EXPORT_VALUE, year, Range.atLeast((500 + random.nextInt(4500)) * wan)),
                        new Condition.Industry(List.of("C")), notD);
                // 纳税贡献奖励
                case 5 -> Rule.all(new Condition.Figure(FigureKind.TAX_PAID, year, Range.atLeast((50 + random.nextInt(950)) * wan)),
                        new Condition.Street(new java.util.TreeSet<>(List.of(pick(random, STREETS), pick(random, STREETS)))), notD);
                // 金融业 落户
                case 6 -> Rule.all(new Condition.Industry(List.of("J66", "J67")),
                        new Condition.Capital(Range.atLeast((5_000 + random.nextInt(45_000)) * wan)),
                        new Condition.Park(Set.of("金家岭金融区")));
                // 科技型中小企业 研发
                case 7 -> Rule.all(new Condition.Qualified("TSME", TODAY),
                        new Condition.Figure(FigureKind.RND_SPENDING, year, Range.atLeast((20 + random.nextInt(180)) * wan)),
                        Rule.not(new Condition.Size(Set.of(EnterpriseSize.LARGE))));
                // 瞪羚企业 成长
                case 8 -> Rule.all(new Condition.Qualified("GAZELLE", TODAY),
                        new Condition.Founded(LocalDate.of(2010 + random.nextInt(10), 1, 1), null),
                        new Condition.Figure(FigureKind.OPERATING_REVENUE, year, Range.atLeast((1_000 + random.nextInt(9_000)) * wan)));
                // 软件和信息服务业
                case 9 -> Rule.all(new Condition.Industry(List.of("I65", "I64")),
                        new Condition.Figure(FigureKind.HEADCOUNT, year, Range.atLeast(10 + random.nextInt(90))),
                        Rule.any(new Condition.Qualified("HNTE", TODAY), new Condition.Qualified("TSME", TODAY)), notD);
                // 商贸流通 限额以上
                case 10 -> Rule.all(new Condition.Industry(List.of("F51", "F52")),
                        new Condition.Figure(FigureKind.OPERATING_REVENUE, year, Range.atLeast((2_000 + random.nextInt(8_000)) * wan)),
                        new Condition.Credit(EnumSet.of(CreditGrade.A, CreditGrade.B, CreditGrade.C)));
                // 街道 小微 首次入统
                case 11 -> Rule.all(new Condition.Street(Set.of(pick(random, STREETS))),
                        new Condition.Size(EnumSet.of(EnterpriseSize.MICRO)),
                        new Condition.Founded(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));
                // 制造业 技改: capital band, manufacturing class, not D
                case 12 -> Rule.all(new Condition.Industry(List.of(pick(random, CLASSES))),
                        new Condition.Capital(Range.between((100 + random.nextInt(900)) * wan, (5_000 + random.nextInt(20_000)) * wan)),
                        new Condition.Figure(FigureKind.TAX_PAID, year, Range.atLeast((10 + random.nextInt(90)) * wan)), notD);
                // 文旅 住宿餐饮 纾困
                default -> Rule.all(new Condition.Industry(List.of("H61", "H62")),
                        Rule.any(new Condition.Size(EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO)),
                                new Condition.Figure(FigureKind.HEADCOUNT, year, Range.atMost(50 + random.nextInt(150)))),
                        Rule.not(new Condition.Credit(Set.of(CreditGrade.C, CreditGrade.D))));
            };
            rules.add(rule);
        }
        return rules;
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A synthetic district: the snapshot, the founding dates and sizes beside it, as the service would give them. */
    record Synthetic(SnapshotFactTable table) {

        static Synthetic of(int n, Random random) {
            String[] usccs = new String[n];
            String[] industry = new String[n];
            long[] capital = new long[n];
            long[] founded = new long[n];
            String[] street = new String[n];
            String[] park = new String[n];
            String[] size = new String[n];
            String[] credit = new String[n];
            long first = LocalDate.of(1990, 1, 1).toEpochDay();
            long span = TODAY.toEpochDay() - first;
            for (int i = 0; i < n; i++) {
                usccs[i] = String.format("91370212%010d", i);
                industry[i] = pick(random, INDUSTRIES);
                capital[i] = random.nextInt(20) == 0 ? FactSnapshot.MISSING
                        : Math.round(Math.exp(13 + 2 * random.nextGaussian()) / 10_000) * 10_000;
                founded[i] = first + (long) (span * Math.sqrt(random.nextDouble()));
                street[i] = pick(random, STREETS);
                park[i] = random.nextInt(10) < 6 ? null : pick(random, PARKS);
                int s = random.nextInt(100);
                size[i] = (s < 70 ? EnterpriseSize.MICRO : s < 92 ? EnterpriseSize.SMALL : s < 99 ? EnterpriseSize.MEDIUM
                        : EnterpriseSize.LARGE).name();
                int c = random.nextInt(100);
                credit[i] = c < 10 ? null : (c < 40 ? CreditGrade.A : c < 80 ? CreditGrade.B : c < 95 ? CreditGrade.C : CreditGrade.D).name();
            }
            Map<FactColumn, Object> columns = new LinkedHashMap<>();
            columns.put(new FactColumn.IndustryCode(), industry);
            columns.put(new FactColumn.RegisteredCapital(), capital);
            columns.put(new FactColumn.Street(), street);
            columns.put(new FactColumn.Park(), park);
            columns.put(new FactColumn.CreditGrade(), credit);
            for (FigureKind kind : KINDS) {
                for (int year : YEARS) {
                    long[] values = new long[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = random.nextInt(4) == 0 ? FactSnapshot.MISSING : figure(kind, random);
                    }
                    columns.put(new FactColumn.Figure(kind, year), values);
                }
            }
            int[] perMille = {80, 30, 5, 60, 10};
            for (int t = 0; t < TYPES.length; t++) {
                BitSet flags = new BitSet(n);
                for (int i = 0; i < n; i++) {
                    if (random.nextInt(1000) < perMille[t]) {
                        flags.set(i);
                    }
                }
                columns.put(new FactColumn.Qualified(TYPES[t], TODAY), flags);
            }
            return new Synthetic(new SnapshotFactTable(new Memory(usccs, columns), founded, size));
        }

        private static long figure(FigureKind kind, Random random) {
            double g = random.nextGaussian();
            return switch (kind) {
                case HEADCOUNT -> Math.max(1, Math.round(Math.exp(2.5 + 1.3 * g)));
                case OPERATING_REVENUE -> Math.round(Math.exp(15.5 + 2 * g));
                case TAX_PAID -> Math.round(Math.exp(12 + 2 * g));
                case RND_SPENDING -> Math.round(Math.exp(12.5 + 2 * g));
                case EXPORT_VALUE -> random.nextInt(10) == 0 ? Math.round(Math.exp(15 + 2 * g)) : 0;
            };
        }
    }

    /** A snapshot held in memory. */
    private record Memory(String[] usccs, Map<FactColumn, Object> values) implements FactSnapshot {
        public long version() {
            return 1;
        }

        public Instant takenAt() {
            return Instant.EPOCH;
        }

        public int size() {
            return usccs.length;
        }

        public List<FactColumn> columns() {
            return List.copyOf(values.keySet());
        }

        public long[] numbers(FactColumn column) {
            return (long[]) values.get(column);
        }

        public String[] texts(FactColumn column) {
            return (String[]) values.get(column);
        }

        public BitSet flags(FactColumn column) {
            return (BitSet) values.get(column);
        }
    }
}
