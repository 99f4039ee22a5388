package cn.gov.laoshan.district.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes many rows through one prepared statement, sent in batches of {@value #SIZE}: plain JDBC, because for the
 * registry's imports of hundreds of thousands of rows a mapping layer's cost per row is more than the insert's.
 * The caller's transaction (the connection's) decides what is kept; a failure is an {@link IllegalStateException}
 * saying what was being written.
 */
public final class JdbcBatch {

    /** Rows sent to the database at a time. */
    public static final int SIZE = 1000;

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /**
     * Runs {@code sql} once per row (nothing when there are none).
     *
     * @param what what is written, for the failure's message (e.g. "enterprises")
     */
    public static <T> void write(Connection connection, String sql, Collection<T> rows, Binder<? super T> binder,
            String what) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + what + " failed: " + e.getMessage(), e);
        }
    }
}
