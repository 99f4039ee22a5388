package cn.gov.laoshan.district.mediation.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The mediation plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.mediation}, file
 * {@code conf/cn.gov.laoshan.district.mediation.cfg}). The labour-dispute limit is the law's (15 days, art. 14 of
 * the Labour Dispute Mediation and Arbitration Law) and not a setting.
 */
@ObjectClassDefinition(name = "矛盾纠纷调解 Mediation",
        description = "Time limits in working days and reminders")
public @interface MediationSettings {

    @AttributeDefinition(name = "物业纠纷时限（工作日）", min = "1", max = "120")
    int deadline_property() default 30;

    @AttributeDefinition(name = "涉企纠纷时限（工作日）", min = "1", max = "120")
    int deadline_enterprise() default 30;

    @AttributeDefinition(name = "账款清欠时限（工作日）", min = "1", max = "120")
    int deadline_arrears() default 30;

    @AttributeDefinition(name = "知识产权纠纷时限（工作日）", min = "1", max = "120")
    int deadline_intellectual_property() default 30;

    @AttributeDefinition(name = "金融纠纷时限（工作日）", min = "1", max = "120")
    int deadline_financial() default 30;

    @AttributeDefinition(name = "到期前提醒（工作日）", description = "Mediators are reminded this many working days before the deadline",
            min = "0", max = "30")
    int reminder_working_days() default 3;

    @AttributeDefinition(name = "附件大小上限（MB）", min = "1", max = "50")
    int attachment_max_mb() default 10;

    @AttributeDefinition(name = "默认所属部门", description = "The department (identity code) of cases registered by "
            + "the system or by a user without a department, and of cases registered before department scoping")
    String case_department() default "social-governance";
}
