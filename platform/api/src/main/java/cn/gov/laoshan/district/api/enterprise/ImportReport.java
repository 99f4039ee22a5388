package cn.gov.laoshan.district.api.enterprise;

import java.util.List;

/**
 * What an enterprise import did (the registry's own copy, kept for compiled plugins; a new importer reports with
 * {@link cn.gov.laoshan.district.api.imports.ImportReport}, to which the registry converts). A file with any problem imports nothing: {@link #rowsImported()} is then 0 and
 * {@link #problems()} lists every problem found.
 *
 * @param rowsRead     data rows read (the header row not counted)
 * @param rowsImported rows written: new and updated enterprises
 * @param problems     the problems, by row
 */
public record ImportReport(int rowsRead, int rowsImported, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Whether the file was accepted and written. */
    public boolean accepted() {
        return problems.isEmpty();
    }

    /**
     * A problem in one row.
     *
     * @param row       the row number as a person sees it in the file (the header is row 1, the first data row 2);
     *                  0 for the file as a whole
     * @param field     the column's Chinese header (统一社会信用代码, 成立日期, ...), or {@code null} for the row or file
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     */
    public record Problem(int row, String field, String messageZh, String messageEn) {
        public String message(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
        }
    }
}
