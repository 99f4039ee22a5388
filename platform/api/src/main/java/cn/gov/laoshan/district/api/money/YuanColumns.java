package cn.gov.laoshan.district.api.money;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@link Yuan} in a {@code DECIMAL(18,2)} column over plain JDBC (Derby and PostgreSQL alike). SQL {@code NULL} is
 * {@code null}.
 */
public final class YuanColumns {

    /** The column type amounts are stored in: sixteen digits before the point, two after. */
    public static final String SQL_TYPE = "DECIMAL(18,2)";

    private YuanColumns() {
    }

    /** The amount in {@code column}, or {@code null}; a value with a third decimal is refused as the type refuses it. */
    public static Yuan get(ResultSet rs, String column) throws SQLException {
        return Yuan.ofNullable(rs.getBigDecimal(column));
    }

    public static Yuan get(ResultSet rs, int column) throws SQLException {
        return Yuan.ofNullable(rs.getBigDecimal(column));
    }

    /** Binds {@code amount} (or SQL {@code NULL}) to parameter {@code index}. */
    public static void set(PreparedStatement statement, int index, Yuan amount) throws SQLException {
        if (amount == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, amount.amount());
        }
    }
}
