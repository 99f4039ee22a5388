package cn.gov.laoshan.district.api.imports;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told how an import goes, so that a screen can show it: called on the importing thread now and then while the
 * file is read (not for every row), then once when its rows are being written. Implementations return quickly.
 */
@ConsumerType
public interface ImportProgress {

    /** Nobody listens. */
    ImportProgress NONE = rows -> {
    };

    /** {@code rows} data rows have been read and checked so far. */
    void rowsRead(int rows);

    /** The whole file has been read and checked without a problem; its rows are being written. */
    default void writing() {
    }
}
