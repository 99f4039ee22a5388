package cn.gov.laoshan.district.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.registry.demo.DemoEnterprises;
import cn.gov.laoshan.district.registry.service.SearchIndex;
import cn.gov.laoshan.district.registry.service.SearchIndex.Row;

/** The in-memory search index gives exactly what the SQL it replaces gives, before and after changes. */
class SearchIndexTest {

    private static final String[] FRAGMENTS = {"海澜", "智联科技", "王哥庄", "崂山区", "有限公司", "茶", "不存在的字号", "海", "澜智",
        "石老人", "%海_澜%"};
    private static final String[] INDUSTRIES = {"I65", "I6510", "F", "A01", "H6210", "L7", "I"};
    private static final String[] CODES = {"9237", "91370212", "92370212", "913", "9", "93370212MA"};

    @Test
    void pagesAndCountsMatchTheReferenceForEveryFilterAndSort() {
        List<Enterprise> demo = DemoEnterprises.generate(4711L, 3000);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < 2000; i++) {
            Row r = row(demo.get(i), i % 97 == 0, 1000);
            rows.put(r.uscc(), r);
        }
        SearchIndex index = SearchIndex.of(new ArrayList<>(rows.values()));
        check(index, rows, new Random(1));

        // 1000 new rows and 300 changed ones (name, status, industry, dates), in one change
        List<Row> changes = new ArrayList<>();
        for (int i = 2000; i < 3000; i++) {
            changes.add(row(demo.get(i), i % 89 == 0, 2000));
        }
        Random random = new Random(2);
        List<Row> known = new ArrayList<>(rows.values());
        for (int i = 0; i < 300; i++) {
            Row old = known.get(random.nextInt(known.size()));
            changes.add(new Row(old.uscc(), random.nextBoolean() ? old.name() : "青岛改名" + i + old.name(),
                    random.nextBoolean() ? null : INDUSTRIES[random.nextInt(3)].length() < 5 ? "I6510" : "F5212",
                    EnterpriseStatus.values()[random.nextInt(EnterpriseStatus.values().length)].name(),
                    random.nextInt(5) == 0 ? Integer.MIN_VALUE : 10_000 + random.nextInt(10_000),
                    random.nextInt(5) == 0 ? Long.MIN_VALUE : random.nextInt(1000) * 100L, 3000));
        }
        // build a few orders first so that merging them is exercised
        index.page(EnterpriseQuery.all().sortedBy(EnterpriseSort.ESTABLISHED_ON, false));
        index.page(EnterpriseQuery.all().sortedBy(EnterpriseSort.REGISTERED_CAPITAL, true));
        index.page(EnterpriseQuery.all().sortedBy(EnterpriseSort.STATUS, true));
        SearchIndex changed = index.with(changes);
        for (Row r : changes) {
            rows.merge(r.uscc(), r, (a, b) -> b.updatedAt() >= a.updatedAt() ? b : a);
        }
        assertEquals(rows.size(), changed.size());
        check(changed, rows, new Random(3));

        // older and identical rows change nothing
        assertSame(changed, changed.with(List.of(new Row(known.get(0).uscc(), "旧名", null, "EXISTING", 0, 0, 1))));
        assertSame(changed, changed.with(List.of(rows.get(known.get(0).uscc()))));
    }

    private static Row row(Enterprise e, boolean blanks, long at) {
        return new Row(e.uscc().value(), e.name(), blanks ? null : e.industryCode(), e.status().name(),
                blanks || e.establishedOn() == null ? Integer.MIN_VALUE : (int) e.establishedOn().toEpochDay(),
                blanks ? Long.MIN_VALUE : Row.cents(e.registeredCapital()), at);
    }

    private static void check(SearchIndex index, Map<String, Row> rows, Random random) {
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            EnterpriseQuery q = new EnterpriseQuery(random.nextInt(4) == 0 ? CODES[random.nextInt(CODES.length)] : null,
                    random.nextInt(3) == 0 ? FRAGMENTS[random.nextInt(FRAGMENTS.length)] : null,
                    random.nextInt(3) == 0 ? INDUSTRIES[random.nextInt(INDUSTRIES.length)] : null,
                    random.nextInt(3) == 0 ? EnterpriseStatus.values()[random.nextInt(EnterpriseStatus.values().length)] : null,
                    EnterpriseSort.values()[random.nextInt(EnterpriseSort.values().length)], random.nextBoolean(),
                    random.nextInt(4) == 0 ? random.nextInt(rows.size()) : random.nextInt(3) * 50, 1 + random.nextInt(80));
            List<String> expected = reference(rows.values(), q);
            long count = expected.size();
            List<String> page = expected.subList(Math.min(q.offset(), expected.size()),
                    Math.min(q.offset() + q.limit(), expected.size()));
            assertEquals(page, index.page(q), q.toString());
            assertEquals(count, index.count(q), q.toString());
            checked += page.isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 100, "most queries should return rows: " + checked);
    }

    /** The SQL's meaning, spelled out. */
    private static List<String> reference(java.util.Collection<Row> rows, EnterpriseQuery q) {
        Predicate<Row> p = r -> true;
        if (q.codePrefix() != null) {
            String prefix = q.codePrefix().replace("%", "").replace("_", "");
            p = p.and(r -> r.uscc().startsWith(prefix));
        }
        if (q.nameFragment() != null) {
            String fragment = q.nameFragment().replace("%", "").replace("_", "");
            p = p.and(r -> r.name().contains(fragment));
        }
        if (q.industryPrefix() != null) {
            String ind = q.industryPrefix();
            boolean exact = ind.length() == 5;
            p = p.and(r -> r.industry() != null && (exact ? r.industry().equals(ind) : r.industry().startsWith(ind)));
        }
        if (q.status() != null) {
            p = p.and(r -> r.status().equals(q.status().name()));
        }
        Comparator<Row> primary = switch (q.sort()) {
            case USCC -> (a, b) -> 0;
            case NAME -> Comparator.comparing(Row::name);
            case STATUS -> Comparator.comparing(Row::status);
            case ESTABLISHED_ON -> Comparator.comparing(r -> r.established() == Integer.MIN_VALUE ? null : r.established(),
                    nullsLast(q.ascending()));
            case REGISTERED_CAPITAL -> Comparator.comparing(r -> r.capitalCents() == Long.MIN_VALUE ? null : r.capitalCents(),
                    nullsLast(q.ascending()));
            case INDUSTRY_CODE -> Comparator.comparing(Row::industry, nullsLast(q.ascending()));
        };
        Comparator<Row> order = primary.thenComparing(Row::uscc);
        if (!q.ascending()) {
            order = order.reversed();
        }
        return rows.stream().filter(p).sorted(order).map(Row::uscc).toList();
    }

    /** Empty last whatever the direction: reversed later for a descending sort, so put them first then. */
    private static <T extends Comparable<T>> Comparator<T> nullsLast(boolean ascending) {
        return ascending ? Comparator.nullsLast(Comparator.naturalOrder()) : Comparator.nullsFirst(Comparator.naturalOrder());
    }
}
