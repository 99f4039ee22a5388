package cn.gov.laoshan.district.uikit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Offers .xlsx workbooks as Vaadin downloads ({@link #download}). The sheet itself is written by {@link XlsxSheet},
 * which needs no Vaadin, so that services write sheets without reaching the UI; {@link #sheet}, {@link #write} and
 * {@link SheetWriter} stay for the screens and compiled plugins that use them and write through {@link XlsxSheet}.
 *
 * <pre>{@code
 * Anchor link = new Anchor(ExcelExport.download("市场主体.xlsx", out -> registry.exportXlsx(query, out)), "导出");
 * // in the service: try (XlsxSheet sheet = XlsxSheet.open(out, "市场主体", headers)) { ... }
 * }</pre>
 */
public final class ExcelExport {

    /** The media type of .xlsx files. */
    public static final String XLSX = XlsxSheet.MEDIA_TYPE;

    private ExcelExport() {
    }

    /** Starts a workbook with one sheet whose first row holds the (bold) headers; close the writer to finish. */
    public static SheetWriter sheet(OutputStream out, String sheetName, List<String> headers) {
        return new SheetWriter(XlsxSheet.open(out, sheetName, headers));
    }

    /** Writes a whole table at once ({@link XlsxSheet#write}). */
    public static void write(OutputStream out, String sheetName, List<String> headers, Iterable<List<?>> rows)
            throws IOException {
        XlsxSheet.write(out, sheetName, headers, rows);
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
     * Rows into one sheet, written by {@link XlsxSheet} (see there for the values taken and how text is made
     * safe). Kept for the plugins compiled against it; new code uses {@link XlsxSheet}.
     */
    public static final class SheetWriter implements AutoCloseable {
        private final XlsxSheet sheet;

        private SheetWriter(XlsxSheet sheet) {
            this.sheet = sheet;
        }

        /** Appends one row. */
        public SheetWriter row(Object... values) {
            sheet.row(values);
            return this;
        }

        /** Rows written so far, the header not counted. */
        public int rows() {
            return sheet.rows();
        }

        @Override
        public void close() throws IOException {
            sheet.close();
        }
    }
}
