package cn.gov.laoshan.district.finance.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The finance plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.finance}, file
 * {@code conf/cn.gov.laoshan.district.finance.cfg}): the grant-to-equity (拨改投) rules checked when an investment is
 * entered. Defaults from Shandong's practice: the government's stake at most 25 %, and never the largest
 * shareholder. Names and descriptions are localised in {@code OSGI-INF/l10n/finance-settings*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/finance-settings", name = "%name", description = "%description")
public @interface FinanceSettings {

    @AttributeDefinition(name = "%equity.max.stake", description = "%equity.max.stake.description", min = "1",
            max = "100")
    int equity_max_stake_percent() default 25;

    @AttributeDefinition(name = "%equity.never.largest", description = "%equity.never.largest.description")
    boolean equity_never_largest() default true;
}
