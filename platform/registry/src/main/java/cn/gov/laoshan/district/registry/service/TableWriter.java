package cn.gov.laoshan.district.registry.service;

import java.io.Closeable;
import java.io.OutputStream;
import java.util.List;

/**
 * Rows of a table written to a stream, whatever the file format: the registry's export writes through it so that
 * the service does not depend on the UI kit (the .xlsx writer, {@code ui/XlsxTables}, is given to it by the module).
 * Values are Strings, Numbers, LocalDates or null.
 */
public interface TableWriter extends Closeable {

    /** Appends one row. */
    void row(Object... values);

    /** A file format: opens a table with these headers on the stream; closing the writer finishes the file. */
    @FunctionalInterface
    interface Format {
        TableWriter open(OutputStream out, String name, List<String> headers);
    }
}
