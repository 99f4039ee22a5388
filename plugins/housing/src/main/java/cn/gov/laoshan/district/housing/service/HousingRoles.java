package cn.gov.laoshan.district.housing.service;

import static cn.gov.laoshan.district.housing.service.HousingPermissions.MANAGE;
import static cn.gov.laoshan.district.housing.service.HousingPermissions.MEETINGS;
import static cn.gov.laoshan.district.housing.service.HousingPermissions.TEMPLATES;
import static cn.gov.laoshan.district.housing.service.HousingPermissions.VIEW;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;

/**
 * The roles a home with demo data gets for housing, with the demo accounts holding them: the housing bureau's
 * business administrator (in its own department only), the project officers, and the enterprise users' reading of
 * the projects their enterprise invests in.
 */
public final class HousingRoles {

    public static final List<DemoRole> DEMO = List.of(
            DemoRole.staff("housing-admin", "住建局业务管理员", "Housing Bureau business administrator",
                    DemoRole.Scope.DEPARTMENT, "housing", Set.of(VIEW, MANAGE, MEETINGS, TEMPLATES), List.of("zjj-admin")),
            DemoRole.staff("housing-staff", "住建项目专员", "Housing project officer", DemoRole.Scope.OWN, null,
                    Set.of(VIEW, MANAGE, MEETINGS, "registry.enterprise.read"), List.of("zhanghua")),
            // no district-wide reading role for the service centre's 会客厅 host: housing's records are for housing's own
            // department (DepartmentIsolationIT); a joint consultation's project is picked by someone holding
            // housing.project.view in housing's scope, or typed
            // the platform's enterprise role: the projects their enterprise invests in (InvestorProjects keeps them to it)
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(VIEW), List.of()));

    private HousingRoles() {
    }
}
