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

/**
 * One sheet of an .xlsx workbook written with fastexcel, streaming (rows are flushed as they are written, so large
 * exports take little memory). Built on no Vaadin, so that a service may write its sheets without reaching the UI
 * (the architecture rule "services reach no UI"); a screen offers the result with {@link ExcelExport#download}.
 *
 * <pre>{@code
 * try (XlsxSheet sheet = XlsxSheet.open(out, "市场主体", List.of("统一社会信用代码", "企业名称"))) {
 *     for (Enterprise e : list) sheet.row(e.uscc().value(), e.name());
 * }
 * }</pre>
 *
 * Values are Strings, Numbers, LocalDates (shown as yyyy-mm-dd), LocalDateTimes (yyyy-mm-dd hh:mm), Booleans or
 * null. Text is written through {@link SpreadsheetText#safe(String)} (a leading {@code = + - @}, tab or CR gets a
 * {@code '}); numbers stay numbers.
 *
 * @since 1.5.0
 */
public final class XlsxSheet implements AutoCloseable {

    /** The media type of .xlsx files. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FLUSH_EVERY = 1000;
    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private int row;

    private XlsxSheet(OutputStream out, String sheetName, List<String> headers) {
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

    /** Starts a workbook with one sheet whose first row holds the (bold, frozen) headers; close it to finish. */
    public static XlsxSheet open(OutputStream out, String sheetName, List<String> headers) {
        return new XlsxSheet(out, sheetName, headers);
    }

    /** Writes a whole table at once. */
    public static void write(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows)
            throws IOException {
        try (XlsxSheet sheet = open(out, sheetName, headers)) {
            for (List<?> row : rows) {
                sheet.row(row.toArray());
            }
        }
    }

    /** Appends one row; values beyond the headers' columns are left out. */
    public XlsxSheet row(Object... values) {
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
