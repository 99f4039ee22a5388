package cn.gov.laoshan.district.servicehall.domain;

import java.util.Map;

/**
 * Published figures of one hall, department, item or month: ratings per level and the satisfaction rate (非常满意,
 * 满意 and 基本满意 over all ratings).
 */
public record Satisfaction(String key, Map<RatingLevel, Integer> counts) {

    public Satisfaction {
        counts = Map.copyOf(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int dissatisfied() {
        return counts.entrySet().stream().filter(e -> e.getKey().dissatisfied()).mapToInt(Map.Entry::getValue).sum();
    }

    /** Satisfied share in per cent (0 when nobody rated). */
    public double rate() {
        return total() == 0 ? 0 : 100.0 * (total() - dissatisfied()) / total();
    }

    /** What the figures are grouped by. */
    public enum By {
        HALL, DEPARTMENT, ITEM, MONTH
    }
}
