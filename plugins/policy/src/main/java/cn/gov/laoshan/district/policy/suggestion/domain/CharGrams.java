package cn.gov.laoshan.district.policy.suggestion.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Character n-grams of Chinese text, without word segmentation: a suggestion's words are not marked, and a
 * segmenter's dictionary knows neither 拿地即拿证 nor 金企通, while overlapping character pairs and triples carry the
 * same signal. Text is normalised first (full-width to half-width, Latin lower case, every run of digits one
 * {@code 0} — "300万" and "500万" are the same kind of complaint), and punctuation and spaces split it into runs:
 * no gram spans a sentence break.
 */
public final class CharGrams {

    private CharGrams() {
    }

    /** The normalised runs of the text: letters, digits and ideographs, split at anything else. */
    static List<String> runs(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean lastDigit = false;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (!lastDigit) {
                    run.append('0');
                }
                lastDigit = true;
            } else if (Character.isLetter(c)) {
                run.appendCodePoint(c);
                lastDigit = false;
            } else {
                if (run.length() > 0) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
                lastDigit = false;
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** The text's n-grams for every n from {@code min} to {@code max}, in order of appearance, repeats kept. */
    public static List<String> of(String text, int min, int max) {
        List<String> grams = new ArrayList<>();
        for (String run : runs(text)) {
            int[] points = run.codePoints().toArray();
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= points.length; i++) {
                    grams.add(new String(points, i, n));
                }
            }
        }
        return grams;
    }
}
