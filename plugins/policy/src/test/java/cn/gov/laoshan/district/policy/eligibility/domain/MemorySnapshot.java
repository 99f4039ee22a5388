package cn.gov.laoshan.district.policy.eligibility.domain;

import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;

/** A {@link FactSnapshot} held in memory, as the registry's would be after reading the columns. */
final class MemorySnapshot implements FactSnapshot {

    private final String[] usccs;
    private final Map<FactColumn, Object> columns = new LinkedHashMap<>();

    MemorySnapshot(String[] usccs) {
        this.usccs = usccs;
    }

    MemorySnapshot put(FactColumn column, Object values) {
        columns.put(column, values);
        return this;
    }

    @Override
    public long version() {
        return 1;
    }

    @Override
    public Instant takenAt() {
        return Instant.parse("2026-12-07T00:00:00Z");
    }

    @Override
    public String[] usccs() {
        return usccs;
    }

    @Override
    public int size() {
        return usccs.length;
    }

    @Override
    public List<FactColumn> columns() {
        return List.copyOf(columns.keySet());
    }

    private Object column(FactColumn column) {
        Object values = columns.get(column);
        if (values == null) {
            throw new IllegalArgumentException(column + " is not in this snapshot");
        }
        return values;
    }

    @Override
    public long[] numbers(FactColumn column) {
        return (long[]) column(column);
    }

    @Override
    public String[] texts(FactColumn column) {
        return (String[]) column(column);
    }

    @Override
    public BitSet flags(FactColumn column) {
        return (BitSet) column(column);
    }
}
