package cn.gov.laoshan.district.api.enterprise;

import java.io.Serializable;
import java.util.Locale;

import cn.gov.laoshan.district.api.enterprise.InvalidUsccException.Problem;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z,
 * S, V.
 *
 * <ul>
 * <li>1: registration authority code (登记管理部门代码): 1-9, A, N, Y — 9 is market regulation (市场监管)</li>
 * <li>2: entity type code (机构类别代码): for authority 9, 1 enterprise (企业), 2 individual business
 * (个体工商户), 3 farmers' cooperative (农民专业合作社)</li>
 * <li>3-8: administrative division code of the registering authority (登记管理机关行政区划码), Laoshan 370212</li>
 * <li>9-17: organization code (主体标识码)</li>
 * <li>18: check character: {@code 31 - (Σ value(c_i)·w_i mod 31)}, 31 → 0, weights
 * 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28</li>
 * </ul>
 *
 * <p>{@link #parse} accepts surrounding blanks and lower-case letters (normalised to upper case) and otherwise
 * rejects anything that is not a valid code with an {@link InvalidUsccException} that says precisely what is wrong.
 */
public final class Uscc implements Comparable<Uscc>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The 31 characters a code is made of, in the order of their values 0-30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String AUTHORITIES = "123456789ANY";

    /** The division code of Laoshan District (崂山区), Qingdao. */
    public static final String LAOSHAN_DIVISION = "370212";

    private final String code;

    private Uscc(String code) {
        this.code = code;
    }

    /**
     * The code in {@code text}.
     *
     * @throws InvalidUsccException saying what is wrong: length, a forbidden character and its position, or the
     *                              check character found and the one expected
     */
    public static Uscc parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidUsccException(Problem.EMPTY);
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            throw new InvalidUsccException(Problem.LENGTH, code.codePointCount(0, code.length()));
        }
        checkCharacters(code, 18);
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            throw new InvalidUsccException(Problem.CHECK, code.charAt(17), expected);
        }
        return new Uscc(code);
    }

    /** Whether {@code text} is a valid code (see {@link #parse}). */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidUsccException e) {
            return false;
        }
    }

    /**
     * The valid code made of the first 17 characters and their check character.
     *
     * @throws InvalidUsccException when {@code first17} is not 17 allowed characters
     */
    public static Uscc withCheck(String first17) {
        if (first17 == null || first17.isBlank()) {
            throw new InvalidUsccException(Problem.EMPTY);
        }
        String body = first17.strip().toUpperCase(Locale.ROOT);
        if (body.length() != 17) {
            throw new InvalidUsccException(Problem.LENGTH, body.length() + 1);
        }
        checkCharacters(body, 17);
        return new Uscc(body + checkCharacter(body));
    }

    /** The check character of the first 17 characters, which must be allowed ones. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static void checkCharacters(String code, int length) {
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw new InvalidUsccException(Problem.FORBIDDEN_CHARACTER, i + 1, printable(code, i));
            }
        }
        if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
            throw new InvalidUsccException(Problem.AUTHORITY, code.charAt(0));
        }
        char type = code.charAt(1);
        if (type < '1' || type > '9') {
            throw new InvalidUsccException(Problem.ENTITY_TYPE, type);
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                throw new InvalidUsccException(Problem.DIVISION, i + 1, code.charAt(i));
            }
        }
    }

    private static String printable(String code, int index) {
        char c = code.charAt(index);
        return Character.isWhitespace(c) ? "空格/space" : String.valueOf(c);
    }

    /** Position 1: the registration authority code ({@code 9}: market regulation). */
    public char authority() {
        return code.charAt(0);
    }

    /** Position 2: the entity type code ({@code 1}: enterprise, {@code 2}: individual business, with authority 9). */
    public char entityType() {
        return code.charAt(1);
    }

    /** Positions 3-8: the administrative division code ({@code 370212} for Laoshan). */
    public String division() {
        return code.substring(2, 8);
    }

    /** Positions 9-17: the organization code. */
    public String organizationCode() {
        return code.substring(8, 17);
    }

    /** The 18 characters. */
    public String value() {
        return code;
    }

    @Override
    public int compareTo(Uscc other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uscc uscc && uscc.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The 18 characters. */
    @Override
    public String toString() {
        return code;
    }
}
