/**
 * Money in yuan, exact: {@link cn.gov.laoshan.district.api.money.Yuan} (two decimals, never a {@code double};
 * parses what people type — {@code 12.5万}, {@code 125,000.00}, {@code ¥125,000.00}, {@code 125,000.00 元} — and
 * refuses a third decimal), {@link cn.gov.laoshan.district.api.money.InvalidAmountException} (what is wrong with a
 * typed amount, in zh-CN and English) and its storage as {@code DECIMAL(18,2)}:
 * {@link cn.gov.laoshan.district.api.money.YuanColumns} (JDBC) and
 * {@link cn.gov.laoshan.district.api.money.YuanJdbi} (a Jdbi plugin: a column mapper and argument for {@code Yuan}).
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
