package cn.gov.laoshan.district.api.enterprise.facts;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;

/**
 * Chosen facts of every enterprise, column-wise, as they were at one moment: row {@code i} of every column is the
 * enterprise {@code usccs()[i]} (codes in ascending order). Immutable: the arrays handed out must not be changed
 * (they may be shared with other snapshots of the same version). {@link #version()} grows with every change of any
 * enterprise or fact; two snapshots with the same version hold the same values.
 */
public interface FactSnapshot {

    /** A missing number. */
    long MISSING = Long.MIN_VALUE;

    /** The facts' version this snapshot shows. */
    long version();

    /** When the snapshot was taken. */
    Instant takenAt();

    /** The enterprises' codes, ascending; the row order of every column. */
    String[] usccs();

    int size();

    List<FactColumn> columns();

    /** A {@link FactColumn.Type#NUMBER} column ({@link #MISSING} where unknown). */
    long[] numbers(FactColumn column);

    /** A {@link FactColumn.Type#TEXT} column. */
    String[] texts(FactColumn column);

    /** A {@link FactColumn.Type#FLAG} column: bit {@code i} set when enterprise {@code i} has it. */
    BitSet flags(FactColumn column);
}
