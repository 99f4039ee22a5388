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
    /** An enterprise user: file their own enterprise's simple deregistration (简易注销) and apply after its notice. */
    public static final String FILE = "market.deregistration.file";
    /** Staff of the human-resources and tax departments: answer the joint check (社保联检) of deregistrations. */
    public static final String CHECK = "market.deregistration.check";
    /** Anyone signed in who may read current deregistration notices and object (departments, creditors, others). */
    public static final String OBJECT = "market.deregistration.object";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("market-admin", "市场监管业务管理员", "Market regulation business administrator",
                    DemoRole.Scope.DEPARTMENT, DEPARTMENT, Set.of(READ, MANAGE, TYPES, OBJECT,
                            EnterpriseRegistry.PERMISSION_READ),
                    List.of("scj-admin")),
            DemoRole.staff("market-staff", "市场监管所许可专员", "Market supervision office licence officer",
                    DemoRole.Scope.OWN, null, Set.of(READ, MANAGE, OBJECT, EnterpriseRegistry.PERMISSION_READ),
                    List.of("liuyang")),
            // the joint check of simple deregistration: one officer each in human resources and in tax
            DemoRole.staff("dereg-check-hrss", "简易注销联检（人社）", "Deregistration joint check (social insurance)",
                    DemoRole.Scope.DEPARTMENT, DeregistrationService.HRSS, Set.of(CHECK, OBJECT), List.of("gaoyan")),
            DemoRole.staff("dereg-check-tax", "简易注销联检（税务）", "Deregistration joint check (tax)",
                    DemoRole.Scope.DEPARTMENT, DeregistrationService.TAX, Set.of(CHECK, OBJECT), List.of("xuming")),
            // the platform's enterprise role: their own enterprise's licences, minimal renewal, deregistration, and
            // objections to others' deregistration notices (a creditor)
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(READ, RENEW, FILE, OBJECT),
                    List.of()));

    /** The district's time zone: "today" for every market record is Beijing's. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** The office an enterprise's records belong to: 沙子口's for an enterprise there, else the bureau. */
    public static String officeFor(cn.gov.laoshan.district.api.enterprise.Enterprise e) {
        return e.address() != null && e.address().contains("沙子口") ? "market-shazikou" : DEPARTMENT;
    }

    private Market() {
    }
}
