package cn.gov.laoshan.district.housing.domain;

import java.util.Set;

/**
 * One approval item of an approval service menu (审批服务菜单).
 *
 * @param key              short code unique in the template ({@code B02})
 * @param durationDays     working days the department needs (法定/承诺时限)
 * @param prerequisites    keys that must be done first (串联); items without a common chain run in parallel (并联)
 * @param simulatedAllowed whether 模拟审批 (pre-review before the prerequisites are formally done) is allowed
 */
public record TemplateItem(String key, Stage stage, String name, String department, String materials,
        int durationDays, Set<String> prerequisites, boolean simulatedAllowed) {

    public TemplateItem {
        prerequisites = Set.copyOf(prerequisites);
    }
}
