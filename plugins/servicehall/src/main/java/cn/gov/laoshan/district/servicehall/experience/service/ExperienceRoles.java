package cn.gov.laoshan.district.servicehall.experience.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/** The permissions and demo roles of the 政务体验官 work, declared once. */
public final class ExperienceRoles {

    /** Recruit officers, assign tasks, keep the findings ledger (verify, assign a unit, recheck, report back). */
    public static final String MANAGE = "servicehall.experience.manage";
    /** An officer's own tasks, questionnaires, findings and open-day registrations (individual users). */
    public static final String TASK = "servicehall.experience.task";
    /** A responsible unit records the fix of the findings assigned to its department. */
    public static final String FIX = "servicehall.experience.fix";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("experience-admin", "政务体验官管理员", "Experience officer coordinator",
                    DemoRole.Scope.DEPARTMENT, ServiceHallRoles.DEPARTMENT, Set.of(MANAGE), List.of("sunli")),
            // approving an online application makes the person's individual account (identity's permission; a role
            // of its own, so that homes seeded before get it too)
            DemoRole.staff("experience-recruiter", "政务体验官招募", "Experience officer recruiter",
                    DemoRole.Scope.DEPARTMENT, ServiceHallRoles.DEPARTMENT, Set.of(IndividualAccounts.CREATE),
                    List.of("sunli")),
            DemoRole.individual("experience-officer", "政务体验官", "Service experience officer", Set.of(TASK),
                    List.of("tiyan-wangfang", "tiyan-liqiang")),
            // the responsible units' staff put their department's findings right (OWN: their own department)
            DemoRole.staff("experience-responder", "体验问题责任人", "Finding responder", DemoRole.Scope.OWN, null,
                    Set.of(FIX), List.of("liuyang", "scj-admin", "zhanghua", "chenjing")));

    private ExperienceRoles() {
    }
}
