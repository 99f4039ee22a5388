package cn.gov.laoshan.district.core.db;

import java.sql.SQLException;

/**
 * Insert-or-skip on every database the platform runs on: an insert that meets a unique key fails with SQL state
 * 23505 on Derby and PostgreSQL alike (a concurrent insert of the same key waits for the first transaction and then
 * fails so too), so the insert itself is the claim — of a reminder's step, of a record's open notice.
 */
public final class UniqueKeys {

    /** The SQL state of a unique or primary key violation (SQL standard; Derby and PostgreSQL). */
    public static final String VIOLATION = "23505";

    private UniqueKeys() {
    }

    /** Whether {@code e} (a JDBI exception, say) was caused by a unique key met, anywhere in its causes. */
    public static boolean violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
