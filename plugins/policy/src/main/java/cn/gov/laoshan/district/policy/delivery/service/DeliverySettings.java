package cn.gov.laoshan.district.policy.delivery.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * 免申即享 delivery's settings (PID {@code cn.gov.laoshan.district.policy.delivery}, file
 * {@code conf/cn.gov.laoshan.district.policy.delivery.cfg}); texts in
 * {@code OSGI-INF/l10n/policy-delivery-settings*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/policy-delivery-settings", name = "%name",
        description = "%description")
public @interface DeliverySettings {

    @AttributeDefinition(name = "%confirm.working.days", description = "%confirm.working.days.description",
            min = "1", max = "60")
    int confirm_working_days() default 10;

    @AttributeDefinition(name = "%decide.working.days", description = "%decide.working.days.description",
            min = "1", max = "120")
    int decide_working_days() default 60;

    @AttributeDefinition(name = "%retry.minutes", description = "%retry.minutes.description", min = "1",
            max = "1440")
    int retry_minutes() default 10;
}
