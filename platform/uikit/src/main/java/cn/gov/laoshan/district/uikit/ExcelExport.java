package cn.gov.laoshan.district.uikit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Writes .xlsx workbooks with fastexcel (streaming: rows are flushed as they are written, so large exports take
 * little memory), and offers them as downloads.
 *
 * <pre>{@code
 * try (ExcelExport.SheetWriter sheet = ExcelExport.sheet(out, "市场主体", List.of("统一社会信用代码", "企业名称"))) {
 *     for (Enterprise e : list) sheet.row(e.uscc().value(), e.name());
 * }
 * Anchor link = new Anchor(ExcelExport.download("市场主体.xlsx", out -> registry.exportXlsx(query, out)), "导出");
 * }</pre>
 */
public final class ExcelExport {

    /** The media type of .xlsx files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelExport() {
    }

    /** Starts a workbook with one sheet whose first row holds the (bold) headers; close the writer to finish. */
    public static SheetWriter sheet(OutputStream out, String sheetName, List<String> headers) {
        return new SheetWriter(out, sheetName, headers);
    }

    /** Writes a whole table at once. */
    public static void write(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows)
            throws IOException {
        try (SheetWriter sheet = sheet(out, sheetName, headers)) {
            for (List<?> row : rows) {
                sheet.row(row.toArray());
            }
        }
    }

    /** Something that writes a workbook to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A download of an .xlsx file, made when the user clicks: {@code new Anchor(download(...), "导出")} with
     * {@code anchor.getElement().setAttribute("download", true)}. The content is written while the user's session is
     * locked (so that it may read the view's fields and the services may check the signed-in user); that user's
     * screen waits meanwhile, others do not.
     */
    public static DownloadHandler download(String fileName, Content content) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(XLSX);
            // downloads are served without the session lock; the content reads the view's filters and the services
            // check the signed-in user, both of which live in the session: hold its lock while writing
            var session = event.getSession();
            session.lock();
            try (OutputStream out = event.getOutputStream()) {
                content.writeTo(out);
            } finally {
                session.unlock();
            }
        };
    }

    /**
     * Rows into one sheet; values are Strings, Numbers, LocalDates (shown as yyyy-mm-dd), Booleans or null. Text is
     * written through {@link SpreadsheetText#safe(String)} (a leading {@code = + - @}, tab or CR gets a {@code '});
     * numbers stay numbers.
     */
    public static final class SheetWriter implements AutoCloseable {
        private static final int FLUSH_EVERY = 1000;
        private final Workbook workbook;
        private final Worksheet sheet;
        private final int columns;
        private int row;

        private SheetWriter(OutputStream out, String sheetName, List<String> headers) {
            workbook = new Workbook(out, "District Platform", "1.0");
            sheet = workbook.newWorksheet(sheetName);
            columns = headers.size();
            for (int c = 0; c < columns; c++) {
                sheet.value(0, c, headers.get(c));
                sheet.width(c, Math.max(10, Math.min(40, headers.get(c).length() * 3 + 4)));
            }
            sheet.range(0, 0, 0, columns - 1).style().bold().fillColor("DDEBF7").set();
            sheet.freezePane(0, 1);
            row = 1;
        }

        /** Appends one row. */
        public SheetWriter row(Object... values) {
            for (int c = 0; c < values.length && c < columns; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                if (value instanceof LocalDate date) {
                    sheet.value(row, c, date);
                    sheet.style(row, c).format("yyyy-mm-dd").set();
                } else if (value instanceof LocalDateTime time) {
                    sheet.value(row, c, time);
                    sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
                } else if (value instanceof BigDecimal number) {
                    sheet.value(row, c, number);
                } else if (value instanceof Number number) {
                    sheet.value(row, c, number);
                } else if (value instanceof Boolean bool) {
                    sheet.value(row, c, bool);
                } else {
                    // text never becomes a formula, also when the sheet is saved as CSV later
                    sheet.value(row, c, SpreadsheetText.safe(value.toString()));
                }
            }
            row++;
            if (row % FLUSH_EVERY == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Rows written so far, the header not counted. */
        public int rows() {
            return row - 1;
        }

        @Override
        public void close() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
