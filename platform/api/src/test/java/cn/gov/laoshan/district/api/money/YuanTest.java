package cn.gov.laoshan.district.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class YuanTest {

    private static final Yuan SAMPLE = Yuan.of(new BigDecimal("125000.00"));

    @Test
    void readsWhatPeopleType() {
        for (String text : new String[] {"125000", "125,000.00", "125,000.00 元", "¥125,000.00", "12.5万", "12.5万元",
                "12.50 万元", "￥１２５，０００．００", " 125000.0 ", "125000元", "CNY 125,000"}) {
            assertEquals(SAMPLE, Yuan.parse(text), text);
        }
        assertEquals(Yuan.ofFen(-150), Yuan.parse("-1.50"));
        assertEquals(Yuan.ofFen(-150), Yuan.parse("-¥1.50"));
        assertEquals(Yuan.ofFen(-150), Yuan.parse("¥-1.5"));
        assertEquals(Yuan.of(new BigDecimal("123456.78")), Yuan.parse("12.345678万"));
        assertEquals(Yuan.ofFen(1), Yuan.parse("0.01"));
        assertEquals(Yuan.ofFen(100), Yuan.parse("1.000"), "a zero third decimal loses nothing");
    }

    @Test
    void refusesAThirdDecimalAndSaysSo() {
        InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> Yuan.parse("1.005"));
        assertEquals(InvalidAmountException.Problem.THIRD_DECIMAL, e.problem());
        assertEquals("money.invalid.third-decimal", e.key());
        assertEquals("“1.005”超过两位小数：金额精确到分（0.01元）。", e.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(e.message(Locale.ENGLISH).contains("more than two decimals"), e.message(Locale.ENGLISH));
        assertEquals(InvalidAmountException.Problem.THIRD_DECIMAL,
                assertThrows(InvalidAmountException.class, () -> Yuan.parse("12.3456789万")).problem());
        assertEquals(InvalidAmountException.Problem.THIRD_DECIMAL,
                assertThrows(InvalidAmountException.class, () -> Yuan.of(new BigDecimal("0.001"))).problem());
    }

    @Test
    void refusesWhatIsNoAmount() {
        for (String text : new String[] {"abc", "1,2,3", "12,34.00", "1.2.3", "--5", "-¥-5", "5 美元", "万", "¥", ".5",
                "1e5", "12万万", "1,0000"}) {
            InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> Yuan.parse(text), text);
            assertEquals(InvalidAmountException.Problem.NOT_A_NUMBER, e.problem(), text);
        }
        assertEquals(InvalidAmountException.Problem.EMPTY, assertThrows(InvalidAmountException.class, () -> Yuan.parse(" ")).problem());
        assertEquals(InvalidAmountException.Problem.EMPTY, assertThrows(InvalidAmountException.class, () -> Yuan.parse(null)).problem());
        assertEquals("请填写金额。", new InvalidAmountException(InvalidAmountException.Problem.EMPTY, null).message(null));
    }

    @Test
    void refusesWhatDecimal18_2CannotHold() {
        assertEquals(Yuan.of(Yuan.MAX), Yuan.parse("9,999,999,999,999,999.99"));
        assertEquals(InvalidAmountException.Problem.TOO_LARGE,
                assertThrows(InvalidAmountException.class, () -> Yuan.parse("10000000000000000")).problem());
        assertEquals(InvalidAmountException.Problem.TOO_LARGE,
                assertThrows(InvalidAmountException.class, () -> Yuan.parse("1000000000000万")).problem());
        assertThrows(ArithmeticException.class, () -> Yuan.of(Yuan.MAX).plus(Yuan.ofFen(1)));
    }

    @Test
    void printsWithSeparatorsAndInWan() {
        assertEquals("125,000.00 元", SAMPLE.format());
        assertEquals("12.50万元", SAMPLE.wan());
        assertEquals("¥125,000.00", SAMPLE.format(Locale.ENGLISH));
        assertEquals("125,000.00 元", SAMPLE.format(Locale.SIMPLIFIED_CHINESE));
        assertEquals("-¥1,234.50", Yuan.parse("-1234.5").format(Locale.ENGLISH));
        assertEquals("0.00 元", Yuan.ZERO.format());
        assertEquals("12.35万元", Yuan.parse("123,456.78").wan(), "the 万 form is for display, rounded half-up");
        assertEquals("125000.00", SAMPLE.plain());
        assertEquals("125000.00", SAMPLE.toString());
        assertEquals(12_500_000L, SAMPLE.fen());
    }

    @Test
    void arithmeticIsExactAndRoundsOnlyWhenTold() {
        assertEquals(Yuan.parse("0.30"), Yuan.parse("0.10").plus(Yuan.parse("0.20")), "no 0.30000000000000004 here");
        assertEquals(Yuan.parse("-0.10"), Yuan.parse("0.10").minus(Yuan.parse("0.20")));
        assertEquals(Yuan.parse("3.33"), Yuan.of(10).times(new BigDecimal("0.333"), RoundingMode.HALF_UP));
        assertEquals(Yuan.parse("0.02"), Yuan.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
        assertEquals(Yuan.parse("0.03"), Yuan.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class, () -> Yuan.parse("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
        assertEquals(Yuan.parse("250,000"), SAMPLE.times(BigDecimal.valueOf(2), RoundingMode.UNNECESSARY));
        assertEquals(SAMPLE, SAMPLE.negate().negate());
        assertTrue(SAMPLE.negate().isNegative());
        assertTrue(Yuan.ZERO.compareTo(SAMPLE) < 0);
        assertEquals(Yuan.ofWan(new BigDecimal("12.5")), SAMPLE);
        assertEquals(Yuan.of(new BigDecimal("125000")).hashCode(), SAMPLE.hashCode(), "one scale, so equal means equal hash");
    }

    /** Property: every amount prints to a text that parses back to it, in each form that is exact. */
    @Test
    void parsingWhatIsPrintedGivesTheAmountBack() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            long fen = switch (i % 4) {
                case 0 -> random.nextInt(1_000);
                case 1 -> random.nextInt();
                case 2 -> random.nextLong() % 999_999_999_999_999_999L;
                default -> (random.nextLong() % 99_999_999_999_999L) * 100;
            };
            Yuan amount = Yuan.ofFen(fen);
            assertEquals(amount, Yuan.parse(amount.format()), amount.format());
            assertEquals(amount, Yuan.parse(amount.format(Locale.ENGLISH)), amount.format(Locale.ENGLISH));
            assertEquals(amount, Yuan.parse(amount.plain()), amount.plain());
            assertEquals(amount, Yuan.of(amount.amount()));
            assertEquals(fen, amount.fen());
            if (fen % 100 == 0 && Math.abs(fen) < 100_000_000_000_000L) {
                // whole hundreds of yuan: the 万 form keeps every digit
                if (fen % 1_000_000 == 0 || fen % 100 == 0 && amount.amount().movePointLeft(4).stripTrailingZeros().scale() <= 2) {
                    assertEquals(amount, Yuan.parse(amount.wan()), amount.wan());
                }
            }
            Yuan other = Yuan.ofFen(random.nextInt());
            assertEquals(amount, amount.plus(other).minus(other));
            assertEquals(amount.plus(other), other.plus(amount));
        }
    }
}
