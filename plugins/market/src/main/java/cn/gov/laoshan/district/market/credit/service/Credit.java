package cn.gov.laoshan.district.market.credit.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.market.inspection.service.Inspections;

/** The credit-risk grading's permissions and the demo roles that hold them (merged with the plugin's roles by id). */
public final class Credit {

    /**
     * Market staff: read the grades, their reasons, history and the rule. Never an enterprise user's, whatever role
     * they hold: the grade is an internal basis for inspection (国市监信发〔2022〕6号), refused to external users.
     */
    public static final String READ = "market.credit.read";
    /** Market staff: run the grading, override a grade with a reason, change the rule and the draw ratios. */
    public static final String GRADE = "market.credit.grade";

    /** Added to the plugin's demo roles of the same ids (identity merges roles declared twice). */
    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("market-admin", "市场监管业务管理员", "Market regulation business administrator",
                    DemoRole.Scope.DEPARTMENT, "market", Set.of(READ, GRADE, Inspections.DRAW, Inspections.RECORD,
                            Inspections.PUBLISHED), List.of("scj-admin")),
            DemoRole.staff("market-staff", "市场监管所许可专员", "Market supervision office licence officer",
                    DemoRole.Scope.OWN, null, Set.of(READ, Inspections.RECORD, Inspections.PUBLISHED),
                    List.of("liuyang")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(Inspections.PUBLISHED), List.of()));

    private Credit() {
    }
}
