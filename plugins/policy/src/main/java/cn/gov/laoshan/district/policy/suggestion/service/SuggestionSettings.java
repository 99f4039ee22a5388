package cn.gov.laoshan.district.policy.suggestion.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The policy plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.policy}, file
 * {@code conf/cn.gov.laoshan.district.policy.cfg}); names and descriptions in
 * {@code OSGI-INF/l10n/policy-settings*.properties}.
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/policy-settings", name = "%name", description = "%description")
public @interface SuggestionSettings {

    @AttributeDefinition(name = "%response.working.days", description = "%response.working.days.description",
            min = "1", max = "60")
    int response_working_days() default 10;

    @AttributeDefinition(name = "%reopen.working.days", description = "%reopen.working.days.description",
            min = "1", max = "60")
    int reopen_working_days() default 5;

    @AttributeDefinition(name = "%attachment.max.mb", description = "%attachment.max.mb.description", min = "1",
            max = "50")
    int attachment_max_mb() default 10;
}
