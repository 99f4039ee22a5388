package cn.gov.laoshan.district.housing.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The housing plugin's settings (Configuration Admin PID {@code cn.gov.laoshan.district.housing}, file
 * {@code conf/cn.gov.laoshan.district.housing.cfg}).
 */
@ObjectClassDefinition(name = "住建 重点项目 Housing and construction",
        description = "Reminders and defaults of the key-project service")
public @interface HousingSettings {

    @AttributeDefinition(name = "审批事项到期前提醒（工作日）",
            description = "Item owners are reminded this many working days before an item's forecast finish",
            min = "0", max = "30")
    int reminder_working_days() default 3;

    @AttributeDefinition(name = "卡脖子问题默认办结时限（工作日）", min = "1", max = "120")
    int issue_default_working_days() default 10;

    @AttributeDefinition(name = "模板导入行数上限", min = "10", max = "5000")
    int template_import_max_rows() default 500;
}
