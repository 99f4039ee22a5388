package cn.gov.laoshan.district.api.imports;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem of an import file.
 *
 * @param row       the row as a person sees it in the file (the header is row 1, the first data row 2); 0 for the
 *                  file as a whole
 * @param field     the column's header as the file's template names it (统一社会信用代码, 办理时限（工作日）, ...), or
 *                  {@code null} for the row or the file
 * @param messageZh what is wrong, in Chinese
 * @param messageEn what is wrong, in English
 */
public record ImportProblem(int row, String field, String messageZh, String messageEn) {

    public ImportProblem {
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 (the file) or more: " + row);
        }
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** A problem of the file as a whole (row 0, no field). */
    public static ImportProblem ofFile(String messageZh, String messageEn) {
        return new ImportProblem(0, null, messageZh, messageEn);
    }

    /** The message in English for an English locale, else in Chinese (also for {@code null}). */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
