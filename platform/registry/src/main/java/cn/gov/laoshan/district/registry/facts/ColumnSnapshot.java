package cn.gov.laoshan.district.registry.facts;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;

/**
 * One snapshot taken by {@link FactSnapshots}: the codes in ascending order and each column's values in the same
 * order ({@code long[]}, {@code String[]} or {@link BitSet} by the column's type), at the facts' version it was read
 * at. The arrays are shared with the reader's memory and never changed (a catch-up copies them).
 */
record ColumnSnapshot(long version, Instant takenAt, String[] usccs, Map<FactColumn, Object> values)
        implements FactSnapshot {

    @Override
    public int size() {
        return usccs.length;
    }

    @Override
    public List<FactColumn> columns() {
        return List.copyOf(values.keySet());
    }

    private Object column(FactColumn column, FactColumn.Type type) {
        if (column.type() != type) {
            throw new IllegalArgumentException(column + " is a " + column.type() + " column, not " + type);
        }
        Object value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException(column + " is not in this snapshot");
        }
        return value;
    }

    @Override
    public long[] numbers(FactColumn column) {
        return (long[]) column(column, FactColumn.Type.NUMBER);
    }

    @Override
    public String[] texts(FactColumn column) {
        return (String[]) column(column, FactColumn.Type.TEXT);
    }

    @Override
    public BitSet flags(FactColumn column) {
        return (BitSet) column(column, FactColumn.Type.FLAG);
    }
}
