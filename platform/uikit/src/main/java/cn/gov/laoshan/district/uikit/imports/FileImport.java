package cn.gov.laoshan.district.uikit.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportRefusedException;
import cn.gov.laoshan.district.api.imports.ImportReport;

/**
 * An import, all or nothing: the whole file is read and checked first ({@link TableReader} into
 * {@link CheckedRows}); with any problem nothing is written and the report lists the problems; a good file is
 * handed to the writer, which writes it in one transaction ({@link #inTransaction}) and may still refuse it
 * ({@link ImportRefusedException}, thrown inside the transaction, rolls it back: the report then lists those
 * problems, and nothing was written).
 */
public final class FileImport {

    /** Writes the checked records of a good file and says how many records it wrote. */
    @FunctionalInterface
    public interface Writer<T> {
        int write(List<CheckedRows.Checked<T>> records);
    }

    /** {@link Writer} inside a Jdbi transaction. */
    @FunctionalInterface
    public interface HandleWriter<T> {
        int write(Handle handle, List<CheckedRows.Checked<T>> records);
    }

    private FileImport() {
    }

    /** Reads, checks and (when every row is good) writes the file; the report says which happened. */
    public static <T> ImportReport run(TableReader reader, InputStream in, ImportFormat format, CheckedRows<T> rows,
            Writer<T> writer) throws IOException {
        CheckedRows.Result<T> read = reader.read(in, format, rows);
        if (!read.ok()) {
            return ImportReport.refused(read.rowsRead(), read.problems());
        }
        rows.progress().writing();
        try {
            return ImportReport.imported(read.rowsRead(), writer.write(read.records()));
        } catch (ImportRefusedException refused) {
            return ImportReport.refused(read.rowsRead(), refused.problems());
        }
    }

    /** A writer that runs in one transaction of {@code jdbi}: all records or, on any exception, none. */
    public static <T> Writer<T> inTransaction(Jdbi jdbi, HandleWriter<T> writer) {
        return records -> jdbi.inTransaction(h -> writer.write(h, records));
    }
}
