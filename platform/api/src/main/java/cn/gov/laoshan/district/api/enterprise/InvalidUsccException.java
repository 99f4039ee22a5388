package cn.gov.laoshan.district.api.enterprise;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text is not a valid unified social credit code. {@link #problem()} says what is wrong and {@link #args()} the
 * details (the position, the character found, the character expected); {@link #message(Locale)} spells it out in
 * Chinese or English. {@link #getMessage()} is the Chinese and the English text together, for logs.
 */
public class InvalidUsccException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a code. */
    public enum Problem {
        /** nothing given */
        EMPTY,
        /** not 18 characters; args: the length found */
        LENGTH,
        /** a character outside 0-9 and A-Z without I, O, Z, S, V; args: position (1-18), the character */
        FORBIDDEN_CHARACTER,
        /** position 1 is no registration authority code; args: the character */
        AUTHORITY,
        /** position 2 is no entity type code; args: the character */
        ENTITY_TYPE,
        /** positions 3-8 are not six digits; args: position (3-8), the character */
        DIVISION,
        /** the check character (position 18) does not fit the first 17; args: found, expected */
        CHECK
    }

    private final Problem problem;
    private final List<String> args;

    public InvalidUsccException(Problem problem, Object... args) {
        super("");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public Problem problem() {
        return problem;
    }

    /** Details of the problem, as texts, in the order {@link Problem} documents. */
    public List<String> args() {
        return args;
    }

    /** The problem in Chinese ({@code zh}, the default) or English ({@code en}). */
    public String message(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String a0 = args.isEmpty() ? "" : args.get(0);
        String a1 = args.size() < 2 ? "" : args.get(1);
        return switch (problem) {
            case EMPTY -> en ? "The unified social credit code is missing." : "未填写统一社会信用代码。";
            case LENGTH -> en ? "The unified social credit code must have 18 characters, not " + a0 + "."
                    : "统一社会信用代码应为18位，实为" + a0 + "位。";
            case FORBIDDEN_CHARACTER -> en
                    ? "Character " + a0 + " (\"" + a1 + "\") is not allowed: only digits and capital letters without I, O, Z, S, V."
                    : "第" + a0 + "位字符“" + a1 + "”不允许：只能是数字或大写字母（不含I、O、Z、S、V）。";
            case AUTHORITY -> en
                    ? "Character 1 (\"" + a0 + "\") is not a registration authority code (1-9, A, N, Y)."
                    : "第1位“" + a0 + "”不是登记管理部门代码（应为1-9、A、N、Y）。";
            case ENTITY_TYPE -> en ? "Character 2 (\"" + a0 + "\") is not an entity type code (1-9)."
                    : "第2位“" + a0 + "”不是机构类别代码（应为数字1-9）。";
            case DIVISION -> en
                    ? "Character " + a0 + " (\"" + a1 + "\") must be a digit: characters 3-8 are the administrative division code."
                    : "第" + a0 + "位“" + a1 + "”应为数字：第3-8位是登记管理机关行政区划码。";
            case CHECK -> en ? "The check character (18th) is \"" + a0 + "\" but should be \"" + a1 + "\"."
                    : "校验码（第18位）为“" + a0 + "”，应为“" + a1 + "”。";
        };
    }

    @Override
    public String getMessage() {
        return message(Locale.SIMPLIFIED_CHINESE) + " / " + message(Locale.ENGLISH);
    }
}
