package cn.gov.laoshan.district.housing.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The housing plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.housing}, file
 * {@code conf/cn.gov.laoshan.district.housing.cfg}).
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/housing-settings", name = "%name", description = "%description")
public @interface HousingSettings {

    @AttributeDefinition(name = "%reminder.name", description = "%reminder.description", min = "0", max = "30")
    int reminder_working_days() default 3;

    @AttributeDefinition(name = "%issue.name", description = "%issue.description", min = "1", max = "120")
    int issue_default_working_days() default 10;

    @AttributeDefinition(name = "%import.name", description = "%import.description", min = "10", max = "5000")
    int template_import_max_rows() default 500;
}
