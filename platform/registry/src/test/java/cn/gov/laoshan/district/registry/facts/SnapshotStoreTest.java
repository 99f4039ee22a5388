package cn.gov.laoshan.district.registry.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;

/**
 * The kept copy's binary form gives back every value: numbers, texts of any number of distinct values, flags; a
 * damaged row, a row of another form and values that do not fit the codes are refused, not read.
 */
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
    @Test
    void aSealedRowOpensAsItWasAndADamagedOrForeignOneIsRefused() {
        long[] numbers = {1, FactSnapshot.MISSING, 3};
        FactColumn capital = new FactColumn.RegisteredCapital();
        byte[] sealed = SnapshotStore.sealed(SnapshotStore.encode(numbers));
        assertArrayEquals(numbers, (long[]) SnapshotStore.decode(capital, SnapshotStore.opened("RegisteredCapital", sealed), 3,
                "RegisteredCapital"));
        for (int at : new int[] {0, 5, sealed.length - 1}) {
            byte[] damaged = sealed.clone();
            damaged[at] ^= 0x10;
            SnapshotStore.Unusable refused = assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.opened("k", damaged));
            assertTrue(refused.getMessage().contains(at < 4 ? "not of this form" : "damaged"), refused.getMessage());
        }
        // a row written before rows were sealed (the bare values), or nothing
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.opened("k", SnapshotStore.encode(numbers)));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.opened("k", new byte[3]));
    }

    @Test
    void valuesThatDoNotFitTheCodesAreRefused() {
        FactColumn capital = new FactColumn.RegisteredCapital();
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.decode(capital, SnapshotStore.encode(new long[4]), 5));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.decode(capital, SnapshotStore.encode(new long[6]), 5));
        BitSet far = new BitSet();
        far.set(200);
        FactColumn flag = new FactColumn.Qualified("HNTE", LocalDate.of(2025, 12, 31));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.decode(flag, SnapshotStore.encode(far), 64));
        assertEquals(far, SnapshotStore.decode(flag, SnapshotStore.encode(far), 201));
        String[] texts = {"a", "b", null, "a"};
        byte[] encoded = SnapshotStore.encode(texts);
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.decode(new FactColumn.Street(), encoded, 3));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.decode(new FactColumn.Street(),
                java.util.Arrays.copyOf(encoded, 6), 4));
    }

    @Test
    void codesMustBeUsccsInAscendingOrder() {
        String[] codes = {"91370212MA3C4XK2QQ", "91370212MA3D7LF8T7", "92370212000000001X"};
        assertArrayEquals(codes, SnapshotStore.codes(ByteBuffer.wrap(SnapshotStore.codes(codes))));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.codes(SnapshotStore.codes(new String[] {codes[1], codes[0]})));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.codes(SnapshotStore.codes(new String[] {codes[0], codes[0]})));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.codes(SnapshotStore.codes(new String[] {"91370212ma3c4xk2qq"})));
        assertThrows(SnapshotStore.Unusable.class, () -> SnapshotStore.codes(new byte[17]));
    }

    @Test
    void theCopyHoldsTheMostRecentlyAskedColumnsAndIdleOnesAreDropped() {
        FactColumn industry = new FactColumn.IndustryCode();
        FactColumn street = new FactColumn.Street();
        FactColumn yesterday = new FactColumn.Qualified("HNTE", LocalDate.of(2026, 12, 6));
        FactColumn lastWeek = new FactColumn.Qualified("HNTE", LocalDate.of(2026, 11, 30));
        Map<FactColumn, Object> held = new HashMap<>();
        for (FactColumn column : List.of(lastWeek, industry, yesterday, street)) {
            held.put(column, new BitSet());
        }
        Map<FactColumn, Long> asked = Map.of(industry, 1_000L, street, 900L, yesterday, 500L, lastWeek, 10L);
        assertEquals(List.of(industry, street, yesterday, lastWeek), List.copyOf(FactSnapshots.byRecentUse(held, asked).keySet()));
        assertEquals(List.of(lastWeek), FactSnapshots.idle(List.of(industry, street, yesterday, lastWeek), asked, 100L));
        assertEquals(List.of(street), FactSnapshots.idle(List.of(street), Map.of(), 100L), "never asked: idle");
    }
}
