package cn.gov.laoshan.district.registry.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

class FactColumnSourceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aColumnIsReadForEveryEnterpriseOrForSomeCodesWithEveryValueBound() {
        FactColumnSource.Query all = FactColumnSource.query(new FactColumn.Figure(FigureKind.HEADCOUNT, 2025), null);
        assertEquals("select uscc, amount from enterprise_figure where kind = ? and fig_year = ?", all.sql());
        assertEquals(List.of("HEADCOUNT", 2025), all.args());

        FactColumnSource.Query some = FactColumnSource.query(new FactColumn.Street(), List.of("A", "B"));
        assertEquals("select uscc, street from enterprise_location where uscc in (?, ?)", some.sql());
        assertEquals(List.of("A", "B"), some.args());

        FactColumnSource.Query marked = FactColumnSource.query(new FactColumn.Marked("守信激励", DAY), List.of("A"));
        assertTrue(marked.sql().endsWith("holds_until >= ?) and uscc in (?)"), marked.sql());
        assertEquals(List.of("守信激励", Date.valueOf(DAY), "A"), marked.args());
    }

    @Test
    void theRegistrysOwnColumnsAreScannedOncePerTable() {
        List<FactColumn> own = List.of(new FactColumn.IndustryCode(), new FactColumn.CreditGrade());
        assertTrue(own.stream().allMatch(FactColumnSource::ofEnterprise));
        assertEquals("select uscc, industry, credit from enterprise", FactColumnSource.tableScan(own).sql());
        assertEquals("select uscc, street, park from enterprise_location",
                FactColumnSource.tableScan(List.of(new FactColumn.Street(), new FactColumn.Park())).sql());
        assertFalse(FactColumnSource.ofEnterprise(new FactColumn.Street()));
    }

    @Test
    void emptyColumnsHoldNoValueAndCopiesAreApart() {
        long[] numbers = (long[]) FactColumnSource.empty(new FactColumn.RegisteredCapital(), 3);
        assertArrayEquals(new long[] {FactSnapshot.MISSING, FactSnapshot.MISSING, FactSnapshot.MISSING}, numbers);
        BitSet flags = (BitSet) FactColumnSource.empty(new FactColumn.Qualified("HNTE", DAY), 3);
        flags.set(1);
        BitSet copy = (BitSet) FactColumnSource.copy(flags);
        FactColumnSource.clear(copy, 1);
        assertTrue(flags.get(1), "the original keeps its value");
        assertFalse(copy.get(1));
        String[] texts = (String[]) FactColumnSource.empty(new FactColumn.Status(), 2);
        texts[0] = "存续";
        assertNotSame(texts, FactColumnSource.copy(texts));
    }

    @Test
    void rowsMovedForInsertedCodesKeepTheirValuesAndTheNewRowsHaveNone() {
        // old rows 0, 1, 2 go to 1, 2, 4: new enterprises at rows 0 and 3
        int[] moved = {1, 2, 4};
        assertArrayEquals(new long[] {FactSnapshot.MISSING, 7, FactSnapshot.MISSING, FactSnapshot.MISSING, 9},
                (long[]) FactColumnSource.moved(new long[] {7, FactSnapshot.MISSING, 9}, moved, 5));
        assertArrayEquals(new String[] {null, "中韩街道", null, null, "沙子口街道"},
                (String[]) FactColumnSource.moved(new String[] {"中韩街道", null, "沙子口街道"}, moved, 5));
        BitSet flags = new BitSet();
        flags.set(0);
        flags.set(2);
        BitSet expected = new BitSet();
        expected.set(1);
        expected.set(4);
        assertEquals(expected, FactColumnSource.moved(flags, moved, 5));
    }
}
