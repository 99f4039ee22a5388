package cn.gov.laoshan.district.registry.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;

/**
 * Where each fact column is kept and how its values are held in a snapshot: the query that reads it (for every
 * enterprise, or for some codes when a snapshot catches up with changes), and the column's array — {@code long[]}
 * for a number ({@link FactSnapshot#MISSING} where there is none, amounts rounded to whole yuan), {@code String[]}
 * for a text, a {@link BitSet} for a flag — with one row per enterprise code.
 */
final class FactColumnSource {

    /** The {@code enterprise} table's columns by the {@link FactColumn} that reads them. */
    private static final Map<Class<?>, String> ENTERPRISE = Map.of(FactColumn.IndustryCode.class, "industry",
            FactColumn.RegisteredCapital.class, "capital", FactColumn.Status.class, "status",
            FactColumn.CreditGrade.class, "credit", FactColumn.Founded.class, "established",
            FactColumn.SizeClass.class, "size_class");
    /** The {@code enterprise_location} table's columns by the {@link FactColumn} that reads them. */
    private static final Map<Class<?>, String> LOCATION = Map.of(FactColumn.Street.class, "street",
            FactColumn.Park.class, "park");

    /** A query: the code first, then the value (none for a flag). */
    record Query(String sql, List<Object> args) {
    }

    private FactColumnSource() {
    }

    /** A column of the registry's own {@code enterprise} table (read together in one scan). */
    static boolean ofEnterprise(FactColumn column) {
        return ENTERPRISE.containsKey(column.getClass());
    }

    /** A column of {@code enterprise_location} (read together in one scan). */
    static boolean ofLocation(FactColumn column) {
        return LOCATION.containsKey(column.getClass());
    }

    /** One scan of {@code enterprise} or {@code enterprise_location} for all these columns of that table. */
    static Query tableScan(List<FactColumn> columns) {
        boolean enterprise = ofEnterprise(columns.get(0));
        StringBuilder sql = new StringBuilder("select uscc");
        columns.forEach(c -> sql.append(", ").append((enterprise ? ENTERPRISE : LOCATION).get(c.getClass())));
        return new Query(sql.append(enterprise ? " from enterprise" : " from enterprise_location").toString(), List.of());
    }

    /** The query of one column, for every enterprise ({@code codes} null) or for these codes only. */
    static Query query(FactColumn column, List<String> codes) {
        List<Object> args = new ArrayList<>();
        String sql;
        if (ofEnterprise(column)) {
            sql = "select uscc, " + ENTERPRISE.get(column.getClass()) + " from enterprise";
        } else if (ofLocation(column)) {
            sql = "select uscc, " + LOCATION.get(column.getClass()) + " from enterprise_location";
        } else if (column instanceof FactColumn.Figure f) {
            sql = "select uscc, amount from enterprise_figure where kind = ? and fig_year = ?";
            args.add(f.kind().name());
            args.add(f.year());
        } else if (column instanceof FactColumn.Qualified q) {
            sql = "select uscc from enterprise_qualification where type = ? and valid_from <= ? and valid_until >= ?";
            args.add(q.qualificationType());
            args.add(Date.valueOf(q.on()));
            args.add(Date.valueOf(q.on()));
        } else if (column instanceof FactColumn.Marked m) {
            sql = "select uscc from enterprise_credit_mark where mark = ? and (holds_until is null or holds_until >= ?)";
            args.add(m.mark());
            args.add(Date.valueOf(m.on()));
        } else {
            throw new IllegalArgumentException("unknown column " + column);
        }
        if (codes != null) {
            sql += (sql.contains(" where ") ? " and" : " where") + " uscc in ("
                    + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")";
            args.addAll(codes);
        }
        return new Query(sql, args);
    }

    /** A column's array for {@code size} enterprises, with no value in any row. */
    static Object empty(FactColumn column, int size) {
        return switch (column.type()) {
            case NUMBER -> {
                long[] numbers = new long[size];
                Arrays.fill(numbers, FactSnapshot.MISSING);
                yield numbers;
            }
            case TEXT -> new String[size];
            case FLAG -> new BitSet(size);
        };
    }

    /**
     * Puts the value of the result's column {@code at} (a flag: the row's presence) in row {@code row} of
     * {@code values}; texts are interned through {@code shared} (a million rows hold a few hundred distinct texts).
     */
    static void put(Object values, int row, ResultSet rs, int at, Map<String, String> shared) throws SQLException {
        if (values instanceof BitSet flags) {
            flags.set(row);
        } else if (values instanceof long[] numbers) {
            Object value = rs.getObject(at);
            numbers[row] = value == null ? FactSnapshot.MISSING
                    : value instanceof Date date ? date.toLocalDate().toEpochDay() // a founding date: its day number
                    : ((BigDecimal) value).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } else {
            String value = rs.getString(at);
            ((String[]) values)[row] = value == null ? null : shared.computeIfAbsent(value.strip(), v -> v);
        }
    }

    /** Removes the value of row {@code row} (before it is read again: a row that is gone has none). */
    static void clear(Object values, int row) {
        if (values instanceof BitSet flags) {
            flags.clear(row);
        } else if (values instanceof long[] numbers) {
            numbers[row] = FactSnapshot.MISSING;
        } else {
            ((String[]) values)[row] = null;
        }
    }

    /**
     * A copy of {@code size} rows with old row {@code i} at row {@code moved[i]} and no value in the rows between
     * (codes inserted among the others).
     */
    static Object moved(Object values, int[] moved, int size) {
        Object out = values instanceof long[] ? empty(new FactColumn.RegisteredCapital(), size)
                : values instanceof String[] ? new String[size] : new BitSet(size);
        if (values instanceof long[] numbers) {
            long[] to = (long[]) out;
            for (int i = 0; i < numbers.length; i++) {
                to[moved[i]] = numbers[i];
            }
        } else if (values instanceof String[] texts) {
            String[] to = (String[]) out;
            for (int i = 0; i < texts.length; i++) {
                to[moved[i]] = texts[i];
            }
        } else {
            BitSet flags = (BitSet) values;
            BitSet to = (BitSet) out;
            for (int i = flags.nextSetBit(0); i >= 0; i = flags.nextSetBit(i + 1)) {
                to.set(moved[i]);
            }
        }
        return out;
    }

    /** A copy to change (snapshots already handed out keep the array they hold). */
    static Object copy(Object values) {
        return values instanceof long[] n ? n.clone() : values instanceof String[] t ? t.clone() : ((BitSet) values).clone();
    }
}
