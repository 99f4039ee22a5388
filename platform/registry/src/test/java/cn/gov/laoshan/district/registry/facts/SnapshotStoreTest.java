package cn.gov.laoshan.district.registry.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/** The kept copy's binary form gives back every value: numbers, texts of any number of distinct values, flags. */
class SnapshotStoreTest {

    @Test
    void numbersAndFlagsComeBackAsTheyWere() {
        Random random = new Random(16);
        long[] numbers = new long[5_003];
        BitSet flags = new BitSet();
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = i % 7 == 0 ? FactSnapshot.MISSING : random.nextLong();
            if (random.nextInt(5) == 0) {
                flags.set(i);
            }
        }
        FactColumn figure = new FactColumn.Figure(FigureKind.HEADCOUNT, 2025);
        assertArrayEquals(numbers, (long[]) SnapshotStore.decode(figure, SnapshotStore.encode(numbers), numbers.length));
        FactColumn flag = new FactColumn.Qualified("HNTE", LocalDate.of(2025, 12, 31));
        assertEquals(flags, SnapshotStore.decode(flag, SnapshotStore.encode(flags), numbers.length));
        assertEquals(new BitSet(), SnapshotStore.decode(flag, SnapshotStore.encode(new BitSet()), numbers.length));
    }

    @Test
    void textsComeBackWithOneTwoOrFourBytesARow() {
        for (int distinct : List.of(3, 254, 255, 300, 65_534, 65_535, 70_000)) {
            String[] texts = new String[distinct * 2 + 11];
            for (int i = 0; i < texts.length; i++) {
                // nulls, Chinese, a character outside the BMP (𠀀) and a NUL: UTF-8 as it is, not Java's modified form
                int value = i % distinct;
                texts[i] = i == 5 ? null : value + (value % 3 == 0 ? "崂山区𠀀" : value % 3 == 1 ? "\0x" : "");
            }
            String[] back = (String[]) SnapshotStore.decode(new FactColumn.Street(), SnapshotStore.encode(texts), texts.length);
            assertArrayEquals(texts, back, distinct + " distinct texts");
        }
        assertArrayEquals(new String[4], (String[]) SnapshotStore.decode(new FactColumn.Park(),
                SnapshotStore.encode(new String[4]), 4));
    }

    @Test
    void codesAndColumnKeysComeBack() {
        String[] codes = {"91370212MA3C4XK2QQ", "91370212MA3D7LF8T7", "92370212000000001X"};
        assertArrayEquals(codes, SnapshotStore.codes(SnapshotStore.codes(codes)));
        for (FactColumn column : List.of(new FactColumn.IndustryCode(), new FactColumn.RegisteredCapital(), new FactColumn.Status(),
                new FactColumn.CreditGrade(), new FactColumn.Founded(), new FactColumn.SizeClass(), new FactColumn.Street(),
                new FactColumn.Park(), new FactColumn.Figure(FigureKind.RND_SPENDING, 2024),
                new FactColumn.Qualified("LITTLE_GIANT", LocalDate.of(2026, 1, 2)),
                new FactColumn.Marked("失信:联合惩戒", LocalDate.of(2026, 3, 4)))) {
            assertEquals(column, SnapshotStore.column(SnapshotStore.key(column)));
        }
        assertNull(SnapshotStore.column("SomethingNewer"), "a column a newer version kept is read from the tables");
        assertNull(SnapshotStore.column("Figure:PROFIT:2025"));
        assertTrue(SnapshotStore.key(new FactColumn.Founded()).equals("Founded"));
    }
}
