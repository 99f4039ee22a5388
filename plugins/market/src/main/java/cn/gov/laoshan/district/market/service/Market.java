package cn.gov.laoshan.district.market.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.plugin.DemoRole;

/** The plugin's id, department, permissions and demo roles, declared once. */
public final class Market {

    public static final String PLUGIN = "market";
    /** 区市场监督管理局: licences belong to it or to one of its offices (市场监督管理所). */
    public static final String DEPARTMENT = "market";

    /** Staff: read licences, reminders and renewals in their department scope; an enterprise user: their own. */
    public static final String READ = "market.licence.read";
    /** Staff: issue, revoke and renew licences, review renewals, record violations and post-checks. */
    public static final String MANAGE = "market.licence.manage";
    /** The type administrator: licence types, their windows and reminder steps. */
    public static final String TYPES = "market.type.manage";
    /** An enterprise user: apply for minimal renewal of their own enterprise's licences. */
    public static final String RENEW = "market.licence.renew";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("market-admin", "市场监管业务管理员", "Market regulation business administrator",
                    DemoRole.Scope.DEPARTMENT, DEPARTMENT, Set.of(READ, MANAGE, TYPES, EnterpriseRegistry.PERMISSION_READ),
                    List.of("scj-admin")),
            DemoRole.staff("market-staff", "市场监管所许可专员", "Market supervision office licence officer",
                    DemoRole.Scope.OWN, null, Set.of(READ, MANAGE, EnterpriseRegistry.PERMISSION_READ),
                    List.of("liuyang")),
            // the platform's enterprise role: their own enterprise's licences and minimal renewal
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(READ, RENEW), List.of()));

    private Market() {
    }
}
