package cn.gov.laoshan.district.registry.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;

/**
 * Demo facts for demo enterprises, deterministic by seed and code: Laoshan's five streets and its parks, headcount
 * by size class, revenue per head by industry, tax a few per cent of revenue, R&D for technology and biotech
 * enterprises, exports for a tenth, and the qualifications such enterprises hold in the district (高新技术企业 about
 * one technology enterprise in six, 小巨人 rare), some of them expired. Figures for the two years before
 * {@link DemoEnterprises#UNTIL}'s year.
 */
public final class DemoFacts {

    /** Laoshan district's streets (街道). */
    public static final List<String> STREETS = List.of("中韩街道", "金家岭街道", "沙子口街道", "王哥庄街道", "北宅街道");
    /** Parks, by street (the first two streets hold most of the technology parks). */
    static final List<List<String>> PARKS = List.of(
            List.of("青岛国际创新园", "中国（青岛）国际创新园", "崂山智慧产业园"),
            List.of("金家岭金融区", "青岛国家大学科技园", "崂山区科技城"),
            List.of("沙子口海洋科技园"),
            List.of("王哥庄茶产业园"),
            List.of("北宅生态旅游区"));
    /** The newest year demo figures are given for. */
    public static final int LAST_YEAR = DemoEnterprises.UNTIL.getYear() - 1;

    /** One enterprise's demo facts. */
    public record Facts(Enterprise enterprise, List<YearlyFigure> figures, List<Qualification> qualifications, Location location) {
    }

    private DemoFacts() {
    }

    /** The facts of one enterprise (the same for the same seed and code). */
    public static Facts of(Enterprise e, long seed) {
        Random random = new Random(seed * 31 + e.uscc().value().hashCode());
        int streetIndex = pickStreet(e, random);
        String street = STREETS.get(streetIndex);
        String industry = e.industryCode() == null ? "" : e.industryCode();
        boolean tech = industry.startsWith("I") || industry.startsWith("M") || industry.startsWith("C27") || industry.startsWith("C39")
                || industry.startsWith("J69");
        List<String> parks = PARKS.get(streetIndex);
        String park = tech && random.nextInt(100) < 60 || random.nextInt(100) < 10 ? parks.get(random.nextInt(parks.size())) : null;
        List<YearlyFigure> figures = new ArrayList<>();
        List<Qualification> qualifications = new ArrayList<>();
        // an enterprise in business (存续 or 在业) reports figures; a revoked, deregistered or moved one does not
        if (e.status() == EnterpriseStatus.EXISTING || e.status() == EnterpriseStatus.OPERATING || e.status() == null) {
            int headcount = headcount(e, random);
            long perHead = perHead(industry, random);
            boolean exporter = random.nextInt(100) < (tech || industry.startsWith("F51") || industry.startsWith("C") ? 25 : 4);
            for (int year = LAST_YEAR - 1; year <= LAST_YEAR; year++) {
                if (e.establishedOn() != null && e.establishedOn().getYear() > year) {
                    continue;
                }
                // a little growth (or shrinking) from one year to the next
                double trend = year == LAST_YEAR ? 1 + (random.nextGaussian() * 0.12) : 1;
                int heads = Math.max(1, (int) Math.round(headcount * trend));
                long revenue = Math.max(10_000, Math.round(heads * perHead * (0.7 + random.nextDouble() * 0.6)));
                LocalDate statistics = LocalDate.of(year + 1, 3, 31);
                figures.add(figure(e, FigureKind.HEADCOUNT, year, heads, "统计年报", statistics));
                figures.add(figure(e, FigureKind.OPERATING_REVENUE, year, revenue, "统计年报", statistics));
                figures.add(figure(e, FigureKind.TAX_PAID, year, Math.round(revenue * (0.02 + random.nextDouble() * 0.06)), "区税务局",
                        LocalDate.of(year + 1, 5, 31)));
                if (tech || random.nextInt(100) < 5) {
                    figures.add(figure(e, FigureKind.RND_SPENDING, year, Math.round(revenue * (0.03 + random.nextDouble() * 0.12)),
                            "企业自报", LocalDate.of(year + 1, 4, 30)));
                }
                if (exporter) {
                    figures.add(figure(e, FigureKind.EXPORT_VALUE, year, Math.round(revenue * (0.05 + random.nextDouble() * 0.4)),
                            "青岛海关", LocalDate.of(year + 1, 2, 28)));
                }
            }
            if (tech && e.size() != EnterpriseSize.MICRO) {
                qualify(e, random, qualifications, "HNTE", 18, 3);
                qualify(e, random, qualifications, "SRDI", 8, 3);
                qualify(e, random, qualifications, "LITTLE_GIANT", 1, 3);
                qualify(e, random, qualifications, "GAZELLE", 3, 1);
            }
            if (tech) {
                qualify(e, random, qualifications, "TSME", 25, 1);
            }
        }
        return new Facts(e, figures, qualifications, new Location(street, park));
    }

    /** A qualification with this chance (per cent), of this many years, sometimes already expired. */
    private static void qualify(Enterprise e, Random random, List<Qualification> into, String type, int percent, int years) {
        if (random.nextInt(100) >= percent) {
            return;
        }
        LocalDate from = LocalDate.of(LAST_YEAR - random.nextInt(years + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (e.establishedOn() != null && from.isBefore(e.establishedOn())) {
            from = e.establishedOn().plusYears(1);
        }
        into.add(new Qualification(e.uscc(), type, from, from.plusYears(years).minusDays(1),
                "GR" + from.getYear() + String.format("%08d", Math.abs(e.uscc().value().hashCode() % 100_000_000))));
    }

    private static YearlyFigure figure(Enterprise e, FigureKind kind, int year, long value, String source, LocalDate asOf) {
        return new YearlyFigure(e.uscc(), kind, year, BigDecimal.valueOf(value).setScale(2, RoundingMode.UNNECESSARY), source, asOf);
    }

    private static int pickStreet(Enterprise e, Random random) {
        String industry = e.industryCode() == null ? "" : e.industryCode();
        if (industry.startsWith("A01") || industry.startsWith("C15") || industry.startsWith("H6241")) {
            return 3; // tea: 王哥庄
        }
        if (industry.startsWith("A04") || industry.startsWith("H613") || industry.startsWith("H621")) {
            return 2 + random.nextInt(3) % 2 * 2; // the sea and the guesthouses: 沙子口 or 北宅
        }
        int r = random.nextInt(100);
        return r < 45 ? 0 : r < 80 ? 1 : r < 90 ? 2 : r < 96 ? 3 : 4;
    }

    private static int headcount(Enterprise e, Random random) {
        if (e.type() != null && e.type().contains("个体")) {
            return 1 + random.nextInt(5);
        }
        EnterpriseSize size = e.size() == null ? EnterpriseSize.MICRO : e.size();
        return switch (size) {
            case MICRO -> 1 + random.nextInt(9);
            case SMALL -> 10 + random.nextInt(90);
            case MEDIUM -> 100 + random.nextInt(200);
            case LARGE -> 300 + random.nextInt(1700);
        };
    }

    /** Yuan of yearly revenue per head, by industry. */
    private static long perHead(String industry, Random random) {
        long base;
        if (industry.startsWith("J") || industry.startsWith("K70")) {
            base = 1_500_000;
        } else if (industry.startsWith("F5")) {
            base = 900_000;
        } else if (industry.startsWith("I") || industry.startsWith("M") || industry.startsWith("C")) {
            base = 550_000;
        } else {
            base = 220_000;
        }
        return Math.round(base * (0.6 + random.nextDouble() * 0.8));
    }
}
