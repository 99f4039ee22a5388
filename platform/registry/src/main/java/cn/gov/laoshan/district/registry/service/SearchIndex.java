package cn.gov.laoshan.district.registry.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;

/**
 * The registry's search index: the columns the grid filters and sorts by (code, name, industry, status, 成立日期,
 * 注册资本) of every enterprise, held in memory in compact arrays, so that any page and any count of any
 * combination of filters and sorts costs at most one pass over the arrays (a few milliseconds at a million rows)
 * and never a sort or a scan in the database. The database stays the record: a page's rows are read from it by
 * their codes ({@link JdbiEnterpriseRegistry}, {@link SearchIndexMaintenance}).
 *
 * <p>A {@code SearchIndex} is immutable: {@link #with(Collection)} returns a new one with rows added or replaced
 * (merging in O(n), no sort of the million), so readers never lock. Entries are kept in name order (then code), the
 * default sort; the other orders are permutations built on first use and merged on change.
 *
 * <p>Semantics are those of the SQL it replaces: code prefix and industry prefix are {@code like 'x%'} (an industry
 * class of five characters is equality), the name fragment is {@code like '%x%'} (case-sensitive, {@code %} and
 * {@code _} dropped), the sort ties are broken by the code in the same direction, empty 成立日期, 注册资本 and
 * industry last in both directions, strings compared by UTF-16 code units (Derby's default collation).
 */
public final class SearchIndex {

    private static final char SEPARATOR = '\u0000';
    private static final int USCC_LENGTH = 18;
    static final int NULL_DATE = Integer.MIN_VALUE;
    static final long NULL_CAPITAL = Long.MIN_VALUE;

    /** One enterprise as the index sees it. */
    public record Row(String uscc, String name, String industry, String status, int established, long capitalCents,
            long updatedAt) {

        static Row of(Enterprise e, long updatedAt) {
            return new Row(e.uscc().value(), e.name(), e.industryCode(), e.status().name(),
                    e.establishedOn() == null ? NULL_DATE : (int) e.establishedOn().toEpochDay(), cents(e.registeredCapital()),
                    updatedAt);
        }

        public static long cents(BigDecimal capital) {
            return capital == null ? NULL_CAPITAL : capital.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
    }

    private final int size;
    /** Codes, 18 bytes each (ASCII), in entry order. */
    private final byte[] codes;
    /** All names joined by NUL, for one {@code indexOf} pass per fragment; entry i's name starts at nameStart[i]. */
    private final String names;
    private final int[] nameStart;
    private final String[] industries;
    private final String[] statuses;
    private final int[] established;
    private final long[] capital;
    private final long[] updatedAt;
    /** Permutations of the entries for the other sorts, ascending with empty values last (built on first use). */
    private final Map<EnterpriseSort, Order> orders;
    /** Matches of recent name fragments (the grid asks several pages and a count of one filter). */
    private final Map<String, long[]> fragments = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > 16;
        }
    });

    /** An ascending permutation; the last {@code empty} entries are those without a value (sorted by code). */
    private record Order(int[] ids, int empty) {
    }

    private SearchIndex(int size, byte[] codes, String names, int[] nameStart, String[] industries, String[] statuses,
            int[] established, long[] capital, long[] updatedAt, Map<EnterpriseSort, Order> orders) {
        this.size = size;
        this.codes = codes;
        this.names = names;
        this.nameStart = nameStart;
        this.industries = industries;
        this.statuses = statuses;
        this.established = established;
        this.capital = capital;
        this.updatedAt = updatedAt;
        this.orders = orders;
    }

    /** An index of these rows (any order; codes unique). */
    public static SearchIndex of(List<Row> rows) {
        Row[] sorted = rows.toArray(Row[]::new);
        Arrays.sort(sorted, BY_NAME);
        SearchIndex index = build(Arrays.asList(sorted), Map.of());
        index.order(EnterpriseSort.USCC); // needed to find entries by code
        return index;
    }

    /** Name, then code (written out: the sort of an import's rows runs this a couple of million times). */
    private static final Comparator<Row> BY_NAME = (a, b) -> {
        int c = a.name().compareTo(b.name());
        return c != 0 ? c : a.uscc().compareTo(b.uscc());
    };

    private static SearchIndex build(List<Row> sorted, Map<EnterpriseSort, Order> orders) {
        int n = sorted.size();
        byte[] codes = new byte[n * USCC_LENGTH];
        int[] nameStart = new int[n + 1];
        String[] industries = new String[n];
        String[] statuses = new String[n];
        int[] established = new int[n];
        long[] capital = new long[n];
        long[] updatedAt = new long[n];
        StringBuilder names = new StringBuilder(n * 16);
        Map<String, String> interned = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Row r = sorted.get(i);
            byte[] code = r.uscc().getBytes(StandardCharsets.US_ASCII);
            if (code.length != USCC_LENGTH) {
                throw new IllegalArgumentException("not a code: " + r.uscc());
            }
            System.arraycopy(code, 0, codes, i * USCC_LENGTH, USCC_LENGTH);
            nameStart[i] = names.length();
            names.append(r.name()).append(SEPARATOR);
            industries[i] = r.industry() == null ? null : interned.computeIfAbsent(r.industry(), k -> k);
            statuses[i] = interned.computeIfAbsent(r.status(), k -> k);
            established[i] = r.established();
            capital[i] = r.capitalCents();
            updatedAt[i] = r.updatedAt();
        }
        nameStart[n] = names.length();
        return new SearchIndex(n, codes, names.toString(), nameStart, industries, statuses, established, capital, updatedAt,
                new java.util.concurrent.ConcurrentHashMap<>(orders));
    }

    /** A new index of these kept entries and added rows, in this order: arrays copied, no objects per entry. */
    private SearchIndex merge(int[] source, Row[] added) {
        int n = source.length;
        byte[] newCodes = new byte[n * USCC_LENGTH];
        int[] newStart = new int[n + 1];
        String[] newIndustries = new String[n];
        String[] newStatuses = new String[n];
        int[] newEstablished = new int[n];
        long[] newCapital = new long[n];
        long[] newUpdated = new long[n];
        StringBuilder newNames = new StringBuilder(names.length() + added.length * 24);
        for (int i = 0; i < n; i++) {
            int from = source[i];
            newStart[i] = newNames.length();
            if (from >= 0) {
                System.arraycopy(codes, from * USCC_LENGTH, newCodes, i * USCC_LENGTH, USCC_LENGTH);
                newNames.append(names, nameStart[from], nameStart[from + 1]);
                newIndustries[i] = industries[from];
                newStatuses[i] = statuses[from];
                newEstablished[i] = established[from];
                newCapital[i] = capital[from];
                newUpdated[i] = updatedAt[from];
            } else {
                Row r = added[-from - 1];
                byte[] code = r.uscc().getBytes(StandardCharsets.US_ASCII);
                if (code.length != USCC_LENGTH) {
                    throw new IllegalArgumentException("not a code: " + r.uscc());
                }
                System.arraycopy(code, 0, newCodes, i * USCC_LENGTH, USCC_LENGTH);
                newNames.append(r.name()).append(SEPARATOR);
                newIndustries[i] = r.industry() == null ? null : r.industry().intern();
                newStatuses[i] = r.status().intern();
                newEstablished[i] = r.established();
                newCapital[i] = r.capitalCents();
                newUpdated[i] = r.updatedAt();
            }
        }
        newStart[n] = newNames.length();
        return new SearchIndex(n, newCodes, newNames.toString(), newStart, newIndustries, newStatuses, newEstablished,
                newCapital, newUpdated, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** How many enterprises the index holds. */
    public int size() {
        return size;
    }

    String code(int id) {
        return new String(codes, id * USCC_LENGTH, USCC_LENGTH, StandardCharsets.US_ASCII);
    }

    String name(int id) {
        return names.substring(nameStart[id], nameStart[id + 1] - 1);
    }

    /** The entry with this code, or -1. */
    int find(String uscc) {
        byte[] key = uscc.getBytes(StandardCharsets.US_ASCII);
        int[] byCode = order(EnterpriseSort.USCC).ids();
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareCode(byCode[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return byCode[mid];
            }
        }
        return -1;
    }

    private int compareCode(int id, byte[] key) {
        return Arrays.compare(codes, id * USCC_LENGTH, id * USCC_LENGTH + USCC_LENGTH, key, 0, key.length);
    }

    // ------------------------------------------------------------------------------------------------ changes

    /**
     * A new index with these rows added or, for known codes, replaced; rows not newer than the entry held are
     * skipped. Returns this index when nothing changes.
     */
    public SearchIndex with(Collection<Row> changes) {
        Map<String, Row> fresh = new HashMap<>();
        boolean[] removed = new boolean[size];
        for (Row r : changes) {
            int id = size == 0 ? -1 : find(r.uscc());
            if (id >= 0) {
                if (r.updatedAt() < updatedAt[id] || same(id, r)) {
                    continue;
                }
                removed[id] = true;
            }
            fresh.merge(r.uscc(), r, (a, b) -> b.updatedAt() >= a.updatedAt() ? b : a);
        }
        if (fresh.isEmpty()) {
            return this;
        }
        Row[] added = fresh.values().toArray(Row[]::new);
        Arrays.sort(added, BY_NAME);
        // merge the kept entries (name order) with the added rows (name order)
        // source[i] >= 0: kept entry source[i]; < 0: added row -source[i] - 1
        int kept = 0;
        for (boolean r : removed) {
            kept += r ? 0 : 1;
        }
        int[] source = new int[kept + added.length];
        int[] oldToNew = new int[size];
        int[] addedToNew = new int[added.length];
        int a = 0;
        int pos = 0;
        for (int id = 0; id < size; id++) {
            if (removed[id]) {
                oldToNew[id] = -1;
                continue;
            }
            String name = null;
            String code = null;
            while (a < added.length) {
                name = name == null ? name(id) : name;
                int c = added[a].name().compareTo(name);
                if (c == 0) {
                    code = code == null ? code(id) : code;
                    c = added[a].uscc().compareTo(code);
                }
                if (c >= 0) {
                    break;
                }
                addedToNew[a] = pos;
                source[pos++] = -(a++) - 1;
            }
            oldToNew[id] = pos;
            source[pos++] = id;
        }
        while (a < added.length) {
            addedToNew[a] = pos;
            source[pos++] = -(a++) - 1;
        }
        SearchIndex next = merge(source, added);
        // merge each permutation built so far: the kept entries keep their relative order
        for (Map.Entry<EnterpriseSort, Order> e : orders.entrySet()) {
            EnterpriseSort sort = e.getKey();
            Comparator<Integer> cmp = next.comparator(sort);
            Integer[] addedIds = new Integer[added.length];
            for (int i = 0; i < added.length; i++) {
                addedIds[i] = addedToNew[i];
            }
            Arrays.sort(addedIds, cmp);
            int[] ids = new int[next.size];
            int k = 0;
            int j = 0;
            for (int old : e.getValue().ids()) {
                int mapped = oldToNew[old];
                if (mapped < 0) {
                    continue;
                }
                while (j < addedIds.length && cmp.compare(addedIds[j], mapped) < 0) {
                    ids[k++] = addedIds[j++];
                }
                ids[k++] = mapped;
            }
            while (j < addedIds.length) {
                ids[k++] = addedIds[j++];
            }
            next.orders.put(sort, new Order(ids, next.countEmpty(sort)));
        }
        next.order(EnterpriseSort.USCC);
        return next;
    }

    private boolean same(int id, Row r) {
        return r.name().equals(name(id)) && java.util.Objects.equals(r.industry(), industries[id])
                && r.status().equals(statuses[id]) && r.established() == established[id] && r.capitalCents() == capital[id];
    }

    // ------------------------------------------------------------------------------------------------ orders

    private Order order(EnterpriseSort sort) {
        Order order = orders.get(sort);
        if (order == null) {
            Integer[] ids = new Integer[size];
            for (int i = 0; i < size; i++) {
                ids[i] = i;
            }
            Arrays.sort(ids, comparator(sort));
            int[] plain = new int[size];
            for (int i = 0; i < size; i++) {
                plain[i] = ids[i];
            }
            order = new Order(plain, countEmpty(sort));
            orders.put(sort, order);
        }
        return order;
    }

    private int countEmpty(EnterpriseSort sort) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (empty(sort, i)) {
                n++;
            }
        }
        return n;
    }

    private boolean empty(EnterpriseSort sort, int id) {
        return switch (sort) {
            case ESTABLISHED_ON -> established[id] == NULL_DATE;
            case REGISTERED_CAPITAL -> capital[id] == NULL_CAPITAL;
            case INDUSTRY_CODE -> industries[id] == null;
            default -> false;
        };
    }

    /** Ascending by the column, empty values last, ties by code. */
    private Comparator<Integer> comparator(EnterpriseSort sort) {
        Comparator<Integer> byCode = (x, y) -> Arrays.compare(codes, x * USCC_LENGTH, x * USCC_LENGTH + USCC_LENGTH, codes,
                y * USCC_LENGTH, y * USCC_LENGTH + USCC_LENGTH);
        Comparator<Integer> primary = switch (sort) {
            case USCC -> (x, y) -> 0;
            case NAME -> Integer::compare; // entries are in name order
            case STATUS -> (x, y) -> statuses[x].compareTo(statuses[y]);
            case ESTABLISHED_ON -> (x, y) -> emptyLast(established[x] == NULL_DATE, established[y] == NULL_DATE,
                    Integer.compare(established[x], established[y]));
            case REGISTERED_CAPITAL -> (x, y) -> emptyLast(capital[x] == NULL_CAPITAL, capital[y] == NULL_CAPITAL,
                    Long.compare(capital[x], capital[y]));
            case INDUSTRY_CODE -> (x, y) -> industries[x] == null || industries[y] == null
                    ? emptyLast(industries[x] == null, industries[y] == null, 0) : industries[x].compareTo(industries[y]);
        };
        return sort == EnterpriseSort.NAME ? primary : primary.thenComparing(byCode);
    }

    private static int emptyLast(boolean xEmpty, boolean yEmpty, int otherwise) {
        if (xEmpty || yEmpty) {
            return xEmpty == yEmpty ? 0 : xEmpty ? 1 : -1;
        }
        return otherwise;
    }

    // ------------------------------------------------------------------------------------------------ search

    /** The codes of the query's page, in the query's order. */
    public List<String> page(EnterpriseQuery query) {
        List<String> page = new ArrayList<>(Math.min(query.limit(), 64));
        scan(query, query.offset(), query.limit(), id -> page.add(code(id)));
        return page;
    }

    /**
     * Every code matching the query's filters, in the query's order (its offset and limit ignored): what an export
     * writes. The index is immutable, so the pass sees one state even while writes go on.
     */
    public void forEachMatch(EnterpriseQuery query, java.util.function.Consumer<String> codes) {
        scan(query, 0, Integer.MAX_VALUE, id -> codes.accept(code(id)));
    }

    /** Hands the matching entries after the first {@code skip} to the sink in the query's order, {@code want} at most. */
    private void scan(EnterpriseQuery query, int skip, int want, java.util.function.IntConsumer sink) {
        Filter filter = new Filter(query);
        int toSkip = skip;
        int taken = 0;
        if (query.sort() == EnterpriseSort.NAME) {
            int from = query.ascending() ? 0 : size - 1;
            int step = query.ascending() ? 1 : -1;
            for (int id = from; id >= 0 && id < size && taken < want; id += step) {
                if (filter.test(id) && toSkip-- <= 0) {
                    sink.accept(id);
                    taken++;
                }
            }
            return;
        }
        Order order = order(query.sort());
        int[] ids = order.ids();
        int valued = size - order.empty();
        // ascending: the permutation as is; descending: values descending, then the empty ones (by code, descending)
        int[][] runs = query.ascending() ? new int[][] {{0, size, 1}} : new int[][] {{valued - 1, -1, -1}, {size - 1, valued - 1, -1}};
        for (int[] run : runs) {
            for (int i = run[0]; i != run[1] && taken < want; i += run[2]) {
                if (filter.test(ids[i]) && toSkip-- <= 0) {
                    sink.accept(ids[i]);
                    taken++;
                }
            }
        }
    }

    /** How many entries match the query's filters. */
    public long count(EnterpriseQuery query) {
        Filter filter = new Filter(query);
        if (filter.none()) {
            return size;
        }
        long n = 0;
        for (int id = 0; id < size; id++) {
            if (filter.test(id)) {
                n++;
            }
        }
        return n;
    }

    /** The query's filters, tested per entry; a name fragment is found once for all entries. */
    private final class Filter {
        private final long[] codeMatches;
        private final String industry;
        private final boolean industryExact;
        private final String status;
        private final long[] nameMatches;

        Filter(EnterpriseQuery q) {
            String prefix = q.codePrefix() == null ? null : q.codePrefix().replace("%", "").replace("_", "");
            codeMatches = prefix == null || prefix.isEmpty() ? null
                    : fragments.computeIfAbsent("\u0000code:" + prefix, k -> codeRange(prefix));
            String ind = q.industryPrefix();
            industryExact = ind != null && Enterprise.INDUSTRY_CODE.matcher(ind).matches() && ind.length() == 5;
            ind = ind == null ? null : ind.replace("%", "").replace("_", "");
            industry = ind == null || ind.isEmpty() && !industryExact ? null : ind;
            status = q.status() == null ? null : q.status().name();
            String fragment = q.nameFragment() == null ? null : q.nameFragment().replace("%", "").replace("_", "");
            nameMatches = fragment == null || fragment.isEmpty() ? null : fragments.computeIfAbsent(fragment, SearchIndex.this::matches);
        }

        boolean none() {
            return codeMatches == null && industry == null && status == null && nameMatches == null;
        }

        boolean test(int id) {
            if (nameMatches != null && (nameMatches[id >>> 6] & (1L << id)) == 0) {
                return false;
            }
            if (status != null && !status.equals(statuses[id])) {
                return false;
            }
            if (industry != null) {
                String value = industries[id];
                if (value == null || (industryExact ? !value.equals(industry) : !value.startsWith(industry))) {
                    return false;
                }
            }
            return codeMatches == null || (codeMatches[id >>> 6] & (1L << id)) != 0;
        }
    }

    /** The entries whose code starts with the prefix, as a bit set: a binary search of the code order's range. */
    private long[] codeRange(String prefix) {
        long[] bits = new long[(size + 63) >>> 6];
        byte[] key = prefix.getBytes(StandardCharsets.UTF_8);
        if (key.length > USCC_LENGTH) {
            return bits;
        }
        int[] byCode = order(EnterpriseSort.USCC).ids();
        // first entry whose code's prefix is >= the key
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int at = byCode[mid] * USCC_LENGTH;
            if (Arrays.compare(codes, at, at + key.length, key, 0, key.length) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // first entry after them: whose code's prefix is > the key
        int from = lo;
        hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int at = byCode[mid] * USCC_LENGTH;
            if (Arrays.compare(codes, at, at + key.length, key, 0, key.length) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = from; i < lo; i++) {
            int id = byCode[i];
            bits[id >>> 6] |= 1L << id;
        }
        return bits;
    }

    /** The entries whose name contains the fragment, as a bit set: one pass of {@code indexOf} over all names. */
    private long[] matches(String fragment) {
        long[] bits = new long[(size + 63) >>> 6];
        int id = 0;
        int at = names.indexOf(fragment);
        while (at >= 0) {
            while (nameStart[id + 1] <= at) {
                id++;
            }
            if (at + fragment.length() < nameStart[id + 1]) { // within the name, not across the separator
                bits[id >>> 6] |= 1L << id;
                // the next match of another entry: skip to the next name
                at = names.indexOf(fragment, nameStart[id + 1]);
            } else {
                at = names.indexOf(fragment, at + 1);
            }
        }
        return bits;
    }

    /** Forgets the matches of recent name fragments (benchmarks measure the first page of a new search). */
    public void forgetFragments() {
        fragments.clear();
    }

    /** Rough heap use in bytes (for the log). */
    public long bytes() {
        return (long) codes.length + names.length() * 2L + (nameStart.length + established.length) * 4L
                + (capital.length + updatedAt.length) * 8L + (industries.length + statuses.length) * 4L
                + orders.size() * (long) size * 4;
    }
}
