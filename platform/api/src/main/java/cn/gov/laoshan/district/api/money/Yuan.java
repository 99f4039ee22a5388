package cn.gov.laoshan.district.api.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact amount of money in yuan (元), to the fen: a {@link BigDecimal} of scale 2, never a {@code double}.
 * Stored as {@code DECIMAL(18,2)} ({@link YuanColumns}, {@link YuanJdbi}), so at most sixteen digits before the
 * point. Immutable; equal when the amounts are equal.
 *
 * <p>{@link #parse(String)} reads what people type and what spreadsheets hold — {@code 125000}, {@code 125,000.00},
 * {@code 125,000.00 元}, {@code ¥125,000.00} (also the full-width ￥ and digits), {@code 12.5万} or {@code 12.5万元}
 * (ten thousand yuan) — and refuses a third decimal that is not zero ({@code 1.005}: no rounding behind the user's
 * back). {@link #format()} prints {@code 125,000.00 元}, {@link #wan()} {@code 12.50万元}; {@code parse(format(x))}
 * is {@code x} for every amount. Arithmetic is exact ({@link #plus}, {@link #minus}); {@link #times(BigDecimal,
 * RoundingMode)} (a rate, a share) names its rounding.
 */
public final class Yuan implements Comparable<Yuan>, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest amount {@code DECIMAL(18,2)} holds. */
    public static final BigDecimal MAX = new BigDecimal("9999999999999999.99");

    public static final Yuan ZERO = new Yuan(BigDecimal.ZERO.setScale(2));

    /** Digits with or without thousands separators (then in groups of three), optional decimals. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");
    private static final Pattern TEXT = Pattern.compile("([+-]?)(?:¥|CNY|RMB)?([+-]?)(.*?)(万元|万|元)?",
            Pattern.CASE_INSENSITIVE);

    private final BigDecimal amount;

    private Yuan(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * The amount {@code amount} yuan; a third decimal must be zero ({@code 1.50} and {@code 1.500} are fine,
     * {@code 1.505} is refused: {@link InvalidAmountException.Problem#THIRD_DECIMAL}).
     *
     * @throws InvalidAmountException a third non-zero decimal, or more than {@link #MAX}
     */
    public static Yuan of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return checked(amount, amount.toPlainString());
    }

    /** Whole yuan. */
    public static Yuan of(long yuan) {
        return of(BigDecimal.valueOf(yuan));
    }

    /** An amount in fen (分, 0.01 yuan). */
    public static Yuan ofFen(long fen) {
        return of(BigDecimal.valueOf(fen, 2));
    }

    /** An amount held in 万元 (ten thousand yuan): {@code ofWan(12.5)} is 125,000.00 yuan. */
    public static Yuan ofWan(BigDecimal wan) {
        Objects.requireNonNull(wan, "wan");
        return checked(wan.movePointRight(4), wan.toPlainString() + "万");
    }

    /** {@code null} for {@code null}, else {@link #of(BigDecimal)}: for nullable columns and fields. */
    public static Yuan ofNullable(BigDecimal amount) {
        return amount == null ? null : of(amount);
    }

    /**
     * Reads a typed amount: digits with optional thousands separators and decimals, optionally a sign, {@code ¥}
     * before, {@code 元} or {@code 万}/{@code 万元} after; spaces anywhere are ignored, full-width forms are read as
     * their ASCII ones.
     *
     * @throws InvalidAmountException what is wrong, with its message in zh-CN and English
     */
    public static Yuan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAmountException(InvalidAmountException.Problem.EMPTY, text);
        }
        String original = text.strip();
        // NFKC: ￥ → ¥, full-width digits, comma and point → ASCII, no-break space → space
        String t = Normalizer.normalize(original, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Matcher m = TEXT.matcher(t);
        if (!m.matches() || !m.group(1).isEmpty() && !m.group(2).isEmpty()) {
            throw new InvalidAmountException(InvalidAmountException.Problem.NOT_A_NUMBER, original);
        }
        Matcher n = NUMBER.matcher(m.group(3));
        if (!n.matches()) {
            throw new InvalidAmountException(InvalidAmountException.Problem.NOT_A_NUMBER, original);
        }
        BigDecimal number = new BigDecimal(n.group(1).replace(",", "") + (n.group(2) == null ? "" : "." + n.group(2)));
        if ("-".equals(m.group(1)) || "-".equals(m.group(2))) {
            number = number.negate();
        }
        if (m.group(4) != null && m.group(4).startsWith("万")) {
            number = number.movePointRight(4);
        }
        return checked(number, original);
    }

    private static Yuan checked(BigDecimal amount, String text) {
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > 2) {
            throw new InvalidAmountException(InvalidAmountException.Problem.THIRD_DECIMAL, text);
        }
        if (exact.abs().compareTo(MAX) > 0) {
            throw new InvalidAmountException(InvalidAmountException.Problem.TOO_LARGE, text);
        }
        return new Yuan(exact.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** The amount in yuan, scale 2. */
    public BigDecimal amount() {
        return amount;
    }

    /** The amount in fen. */
    public long fen() {
        return amount.movePointRight(2).longValueExact();
    }

    public Yuan plus(Yuan other) {
        return exact(amount.add(other.amount));
    }

    public Yuan minus(Yuan other) {
        return exact(amount.subtract(other.amount));
    }

    public Yuan negate() {
        return new Yuan(amount.negate());
    }

    /**
     * This amount times {@code rate} (a share, a tax rate, a number of items), rounded to the fen as {@code rounding}
     * says: the caller decides, the type never rounds silently ({@link RoundingMode#UNNECESSARY} refuses any
     * rounding with an {@link ArithmeticException}).
     */
    public Yuan times(BigDecimal rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        return exact(amount.multiply(rate).setScale(2, rounding));
    }

    private static Yuan exact(BigDecimal result) {
        if (result.abs().compareTo(MAX) > 0) {
            throw new ArithmeticException("more than DECIMAL(18,2) holds: " + result.toPlainString());
        }
        return new Yuan(result.setScale(2, RoundingMode.UNNECESSARY));
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** {@code 125,000.00 元}: thousands separated, two decimals, the unit after. */
    public String format() {
        return grouped(amount) + " 元";
    }

    /**
     * The amount for a screen in the UI language: {@code 125,000.00 元} in Chinese (also for {@code null}),
     * {@code ¥125,000.00} in English (minus before the sign).
     */
    public String format(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return (isNegative() ? "-¥" : "¥") + grouped(amount.abs());
        }
        return format();
    }

    /**
     * In 万元, two decimals: {@code 12.50万元}. A display form: amounts that are not whole hundreds of yuan are
     * rounded half-up here ({@code 123,456.78} → {@code 12.35万元}); {@link #format()} is exact.
     */
    public String wan() {
        return grouped(amount.movePointLeft(4).setScale(2, RoundingMode.HALF_UP)) + "万元";
    }

    /** {@code 125000.00}: the plain number, for CSV, JSON and logs. */
    public String plain() {
        return amount.toPlainString();
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    @Override
    public int compareTo(Yuan other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Yuan y && amount.equals(y.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** {@link #plain()}. */
    @Override
    public String toString() {
        return plain();
    }
}
