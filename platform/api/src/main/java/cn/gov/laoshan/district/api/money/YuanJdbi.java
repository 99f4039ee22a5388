package cn.gov.laoshan.district.api.money;

import java.sql.Types;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * {@link Yuan} for Jdbi: {@code jdbi.installPlugin(new YuanJdbi())} and then {@code .bind("budget", yuan)} writes
 * a {@code DECIMAL(18,2)} (null as SQL {@code NULL}) and {@code mapTo(Yuan.class)} or a {@code Yuan} constructor
 * parameter reads one back.
 */
public final class YuanJdbi implements JdbiPlugin {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Yuan>(Types.DECIMAL) {
            @Override
            protected Argument build(Yuan value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setBigDecimal(position, value.amount());
            }
        });
        jdbi.registerColumnMapper(Yuan.class, (rs, column, context) -> YuanColumns.get(rs, column));
    }
}
