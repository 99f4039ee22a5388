package cn.gov.laoshan.district.registry.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.gov.laoshan.district.registry.service.TableWriter;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/**
 * The registry's export format: .xlsx by the UI kit's {@link XlsxSheet} (streaming; text that a spreadsheet would
 * run as a formula gets a {@code '} in front, numbers stay numbers). Given to the service by the module, so that the
 * service does not import the UI kit.
 */
public final class XlsxTables implements TableWriter.Format {

    @Override
    public TableWriter open(OutputStream out, String name, List<String> headers) {
        XlsxSheet sheet = XlsxSheet.open(out, name, headers);
        return new TableWriter() {
            @Override
            public void row(Object... values) {
                sheet.row(values);
            }

            @Override
            public void close() throws IOException {
                sheet.close();
            }
        };
    }
}
