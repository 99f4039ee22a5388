package cn.gov.laoshan.district.mediation.service;

import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.ASSIGN;
import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.CLOSE;
import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.GROUP_ADMIN;
import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.MEDIATE;
import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.READ;
import static cn.gov.laoshan.district.mediation.service.CaseWorkflow.REGISTER;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;

/**
 * The roles a home with demo data gets for mediation, with the demo accounts holding them: the justice bureau's
 * business administrator (its plugin's permissions in its own department only, so that it may hand them on and
 * nothing of another bureau), the mediators, and the enterprise users' reading of their own enterprise's cases.
 */
public final class MediationRoles {

    public static final List<DemoRole> DEMO = List.of(
            DemoRole.staff("justice-admin", "司法局业务管理员", "Justice Bureau business administrator",
                    DemoRole.Scope.DEPARTMENT, CaseWorkflow.DEPARTMENT,
                    Set.of(READ, REGISTER, ASSIGN, MEDIATE, CLOSE, GROUP_ADMIN), List.of("sfj-admin")),
            DemoRole.staff("mediator", "调解员", "Mediator", DemoRole.Scope.OWN, null,
                    Set.of(READ, REGISTER, MEDIATE, "registry.enterprise.read"), List.of("lixiumei")),
            DemoRole.staff("mediation-lead", "调解组长", "Mediation group lead", DemoRole.Scope.OWN, null,
                    Set.of(READ, REGISTER, ASSIGN, MEDIATE, CLOSE, "registry.enterprise.read"), List.of("wangjianguo")),
            // the platform's enterprise role: their own enterprise's cases on 我的企业 (the cases' RecordScope keeps them to it)
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(READ), List.of()));

    private MediationRoles() {
    }
}
