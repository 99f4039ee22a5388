package cn.gov.laoshan.district.finance.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One reason of a match: a criterion of a bank product, or the product's amount or term range, met or not by a
 * demand and its enterprise, with what was wanted and what the enterprise has. Kept with a push as one line
 * ({@link #encode}), so that the bank and the enterprise see the reasons as they were when it was pushed; shown in
 * the reader's language from {@code finance.check.<kind>.met|failed} with {0} wanted and {1} actual.
 *
 * @param kind   size, credit, qualification, revenue, revenue-unknown, years, amount, term
 * @param met    whether it is met
 * @param wanted what the product asks (codes, a number, a range)
 * @param actual what the enterprise or demand has
 */
public record Check(String kind, boolean met, String wanted, String actual) {

    public Check {
        if (kind == null || !kind.matches("[a-z-]+")) {
            throw new IllegalArgumentException("a check's kind is lower-case words: " + kind);
        }
        wanted = wanted == null ? "" : wanted.replace('\t', ' ').replace('\n', ' ');
        actual = actual == null ? "" : actual.replace('\t', ' ').replace('\n', ' ');
    }

    public String messageKey() {
        return "finance.check." + kind + (met ? ".met" : ".failed");
    }

    /** One line: {@code +kind<TAB>wanted<TAB>actual} (a '-' for not met). */
    public String encode() {
        return (met ? "+" : "-") + kind + "\t" + wanted + "\t" + actual;
    }

    public static String encode(List<Check> checks) {
        return String.join("\n", checks.stream().map(Check::encode).toList());
    }

    public static List<Check> decode(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).filter(l -> l.length() > 1).map(l -> {
            String[] parts = l.substring(1).split("\t", -1);
            return new Check(parts[0], l.charAt(0) == '+', parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : "");
        }).toList();
    }
}
