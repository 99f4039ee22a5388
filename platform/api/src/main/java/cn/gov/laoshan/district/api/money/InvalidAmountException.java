package cn.gov.laoshan.district.api.money;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text is not an amount of yuan. {@link #problem()} says what is wrong, {@link #key()} is its message key
 * ({@code money.invalid.*}, for a screen's own bundles) and {@link #message(Locale)} spells it out in Chinese or
 * English, so that a form, an import and a service say the same thing.
 */
public class InvalidAmountException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with an amount. */
    public enum Problem {
        /** nothing given */
        EMPTY,
        /** not a number of yuan (letters, two signs, misplaced group separators); args: the text */
        NOT_A_NUMBER,
        /** more than two decimals (fen is the smallest unit); args: the text */
        THIRD_DECIMAL,
        /** beyond what DECIMAL(18,2) holds: sixteen digits before the point; args: the text */
        TOO_LARGE
    }

    private final Problem problem;
    private final String text;

    public InvalidAmountException(Problem problem, String text) {
        super(problem + ": " + text);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.text = text == null ? "" : text;
    }

    public Problem problem() {
        return problem;
    }

    /** The text that was refused. */
    public String text() {
        return text;
    }

    /** The message key of the problem: {@code money.invalid.empty}, {@code money.invalid.not-a-number}, ... */
    public String key() {
        return "money.invalid." + problem.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Details of the problem in the order {@link Problem} documents (the text refused). */
    public List<String> args() {
        return problem == Problem.EMPTY ? List.of() : List.of(text);
    }

    /** The problem in Chinese ({@code zh}, the default, also for {@code null}) or English ({@code en}). */
    public String message(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        return switch (problem) {
            case EMPTY -> en ? "Enter an amount." : "请填写金额。";
            case NOT_A_NUMBER -> en ? "\"" + text + "\" is not an amount: write e.g. 125,000.00 or 12.5万."
                    : "“" + text + "”不是金额：应如 125,000.00 或 12.5万。";
            case THIRD_DECIMAL -> en ? "\"" + text + "\" has more than two decimals: amounts are exact to the fen (0.01 yuan)."
                    : "“" + text + "”超过两位小数：金额精确到分（0.01元）。";
            case TOO_LARGE -> en ? "\"" + text + "\" is too large: at most 9,999,999,999,999,999.99 yuan."
                    : "“" + text + "”过大：金额不能超过 9,999,999,999,999,999.99 元。";
        };
    }
}
