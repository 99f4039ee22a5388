package cn.gov.laoshan.district.market.inspection.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * The share of each credit grade's population a random inspection may take (国市监信发〔2022〕6号 with
 * 国市监信规〔2022〕3号): by default A at most 5 %, B 5–20 %, C 21–60 %, D 61–100 % — the lower the risk, the fewer
 * inspections (免检/少查). A draw chooses a percent within each grade's bounds.
 */
public record GradeRatios(Map<CreditGrade, Bounds> bounds) {

    public GradeRatios {
        Map<CreditGrade, Bounds> copy = new EnumMap<>(CreditGrade.class);
        copy.putAll(bounds);
        for (CreditGrade grade : CreditGrade.values()) {
            if (!copy.containsKey(grade)) {
                throw new IllegalArgumentException("no bounds for grade " + grade);
            }
        }
        bounds = Collections.unmodifiableMap(copy);
    }

    /** A grade's bounds in percent, both inclusive. */
    public record Bounds(int min, int max) {
        public boolean includes(int percent) {
            return percent >= min && percent <= max;
        }
    }

    public static GradeRatios standard() {
        Map<CreditGrade, Bounds> b = new EnumMap<>(CreditGrade.class);
        b.put(CreditGrade.A, new Bounds(0, 5));
        b.put(CreditGrade.B, new Bounds(5, 20));
        b.put(CreditGrade.C, new Bounds(21, 60));
        b.put(CreditGrade.D, new Bounds(61, 100));
        return new GradeRatios(b);
    }

    public Bounds of(CreditGrade grade) {
        return bounds.get(grade);
    }

    /** What is wrong (message keys): each 0 ≤ min ≤ max ≤ 100. */
    public List<String> problems() {
        List<String> found = new ArrayList<>();
        for (Bounds b : bounds.values()) {
            if (b.min() < 0 || b.max() > 100 || b.min() > b.max()) {
                found.add("market.inspection.ratio.error");
                break;
            }
        }
        return found;
    }

    /**
     * How many of a grade's {@code population} a draw at {@code percent} takes: the percent rounded up, then held within
     * the grade's bounds — never above its maximum share (the burden limit the grading promises low-risk
     * enterprises), and at least its minimum share when a whole number of enterprises lies between the two.
     */
    public int count(CreditGrade grade, int population, int percent) {
        if (population == 0) {
            return 0;
        }
        Bounds b = of(grade);
        int wanted = ceilDiv(population * (long) percent, 100);
        int most = (int) (population * (long) b.max() / 100);
        int least = ceilDiv(population * (long) b.min(), 100);
        int count = Math.min(wanted, most);
        if (least <= most) {
            count = Math.max(count, least);
        }
        return count;
    }

    private static int ceilDiv(long a, long b) {
        return (int) ((a + b - 1) / b);
    }
}
