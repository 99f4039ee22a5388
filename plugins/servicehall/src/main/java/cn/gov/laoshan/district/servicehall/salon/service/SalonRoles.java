package cn.gov.laoshan.district.servicehall.salon.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/** The permissions and demo roles of the 会客厅, declared once. */
public final class SalonRoles {

    /** Book rooms, plan events, record attendance and minutes (the centre's staff). */
    public static final String MANAGE = "servicehall.salon.manage";
    /** See the events and register one's own enterprise (enterprise users). */
    public static final String REGISTER = "servicehall.salon.register";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("salon-host", "会客厅管理员", "Salon host", DemoRole.Scope.DEPARTMENT,
                    ServiceHallRoles.DEPARTMENT, Set.of(MANAGE), List.of("sunli")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(REGISTER), List.of()));

    private SalonRoles() {
    }
}
