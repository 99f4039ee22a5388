package cn.gov.laoshan.district.api.imports;

import java.util.List;

/**
 * What an import did. A file with any problem imports nothing: {@link #rowsImported()} is then 0 and
 * {@link #problems()} lists the problems found (at most the limit's number, then a note).
 *
 * @param rowsRead     data rows read (the header row not counted)
 * @param rowsImported records written (new and updated)
 * @param problems     the problems, by row
 */
public record ImportReport(int rowsRead, int rowsImported, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && rowsImported != 0) {
            throw new IllegalArgumentException("a file with problems imports nothing, not " + rowsImported + " rows");
        }
    }

    /** A good file, {@code written} records written. */
    public static ImportReport imported(int rowsRead, int written) {
        return new ImportReport(rowsRead, written, List.of());
    }

    /** A refused file: nothing written. */
    public static ImportReport refused(int rowsRead, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file has at least one problem");
        }
        return new ImportReport(rowsRead, 0, problems);
    }

    /** Whether the file was accepted and written. */
    public boolean accepted() {
        return problems.isEmpty();
    }
}
