package cn.gov.laoshan.district.api.enterprise;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told how an {@link EnterpriseRegistry#importFile(java.io.InputStream, ImportFormat, String, ImportProgress) import}
 * goes, so that a screen can show it: called on the importing thread, now and then while the file is read (not for
 * every row), then once when the rows are being written. Implementations return quickly.
 *
 * @since 1.1.0
 */
@ConsumerType
public interface ImportProgress {

    /** Nobody listens. */
    ImportProgress NONE = rows -> {
    };

    /** {@code rows} data rows of the file have been read and checked so far. */
    void rowsRead(int rows);

    /** The file has been read and checked without a problem; its rows are being written. */
    default void writing() {
    }
}
