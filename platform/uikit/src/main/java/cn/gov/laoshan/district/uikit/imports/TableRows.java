package cn.gov.laoshan.district.uikit.imports;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import cn.gov.laoshan.district.api.imports.ImportProblem;

/**
 * What takes the rows of a file from a {@link TableReader}, in file order: {@link CheckedRows} (per-row, per-field
 * checks with a result), or an importer's own (the registry's, which checks rows in parallel).
 *
 * @param <R> the result of reading the whole file
 */
@ConsumerType
public interface TableRows<R> {

    /** The header row (its cells as text, blanks {@code null}); false when it lacks what is needed (then {@link #result()} tells). */
    boolean header(List<String> headers);

    /**
     * One data row: {@code row} as the user sees it (header = 1), its cells as text ({@code null} for an empty cell;
     * numbers as plain decimals, dates of an .xlsx as yyyy-MM-dd), {@code excel} when the file is an .xlsx (a number
     * there may be a date serial). False to stop reading.
     */
    boolean row(int row, String[] values, boolean excel);

    /** Data rows taken so far. */
    int rowsRead();

    /** The result after the last row (or after {@code header} or {@code row} said stop). */
    R result();

    /** The result for a file with nothing in it (no header row). */
    R empty();

    /** The result for a file that cannot be read at all, or breaks a limit of the reader. */
    R failed(ImportProblem problem);
}
