package cn.gov.laoshan.district.mediation.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The mediation plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.mediation}, file
 * {@code conf/cn.gov.laoshan.district.mediation.cfg}). The labour-dispute limit is the law's (15 days, art. 14 of
 * the Labour Dispute Mediation and Arbitration Law) and not a setting. Names and descriptions are localised in
 * {@code OSGI-INF/l10n/mediation-settings*.properties} (zh-CN default, English; ISO-8859-1 with \\u escapes, as
 * Metatype reads them).
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/mediation-settings", name = "%name", description = "%description")
public @interface MediationSettings {

    @AttributeDefinition(name = "%deadline.property", description = "%deadline.description", min = "1", max = "120")
    int deadline_property() default 30;

    @AttributeDefinition(name = "%deadline.enterprise", description = "%deadline.description", min = "1", max = "120")
    int deadline_enterprise() default 30;

    @AttributeDefinition(name = "%deadline.arrears", description = "%deadline.description", min = "1", max = "120")
    int deadline_arrears() default 30;

    @AttributeDefinition(name = "%deadline.intellectual.property", description = "%deadline.description", min = "1", max = "120")
    int deadline_intellectual_property() default 30;

    @AttributeDefinition(name = "%deadline.financial", description = "%deadline.description", min = "1", max = "120")
    int deadline_financial() default 30;

    @AttributeDefinition(name = "%reminder.working.days", description = "%reminder.working.days.description",
            min = "0", max = "30")
    int reminder_working_days() default 3;

    @AttributeDefinition(name = "%applied.on.look.back.days", description = "%applied.on.look.back.days.description",
            min = "0", max = "3650")
    int applied_on_look_back_days() default 60;

    @AttributeDefinition(name = "%attachment.max.mb", description = "%attachment.max.mb.description", min = "1", max = "50")
    int attachment_max_mb() default 10;

    @AttributeDefinition(name = "默认所属部门", description = "The department (identity code) of cases registered by "
            + "the system or by a user without a department, and of cases registered before department scoping")
    String case_department() default "social-governance";
}
