package cn.gov.laoshan.district.finance.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's totals by every grouping of {@link Total.By} at once (made from one pass over the payouts): each
 * grouping's lines in the order of its groups, a payout without the group's value (no batch yet, an industry the
 * registry did not know) in a last line whose group is {@code null}.
 */
public record Totals(Map<Total.By, List<Total>> groupings) {

    public Totals {
        EnumMap<Total.By, List<Total>> copy = new EnumMap<>(Total.By.class);
        for (Total.By by : Total.By.values()) {
            copy.put(by, List.copyOf(groupings.getOrDefault(by, List.of())));
        }
        groupings = Collections.unmodifiableMap(copy);
    }

    /** One grouping's lines. */
    public List<Total> by(Total.By by) {
        return groupings.get(by);
    }
}
