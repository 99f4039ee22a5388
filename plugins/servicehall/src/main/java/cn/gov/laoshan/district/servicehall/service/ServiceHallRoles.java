package cn.gov.laoshan.district.servicehall.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;

/** The plugin's permissions, its department and its demo roles, declared once. */
public final class ServiceHallRoles {

    public static final String PLUGIN = "servicehall";
    /** 区行政审批服务局, which runs the government service centre and its halls. */
    public static final String DEPARTMENT = "approval";

    /** Read the service item catalogue. */
    public static final String CATALOGUE_READ = "servicehall.catalogue.read";
    /** Import and change the catalogue (centre administrator). */
    public static final String CATALOGUE_MANAGE = "servicehall.catalogue.manage";
    /** Halls, windows, opening hours (centre administrator). */
    public static final String HALL_MANAGE = "servicehall.hall.manage";
    /** A hall's bookable capacity per day, slot and item group (hall team leader). */
    public static final String CAPACITY_MANAGE = "servicehall.capacity.manage";
    /** See bookings and book, cancel or reschedule for a caller (clerk). */
    public static final String BOOKING_MANAGE = "servicehall.booking.manage";
    /** Book for one's own enterprise (企业服务). */
    public static final String BOOKING_ENTERPRISE = "servicehall.booking.enterprise";

    /** Handle rectifications of bad ratings: verify, assign, fix, call back, report, appeal (department responder). */
    public static final String RATING_RESPOND = "servicehall.rating.respond";
    /** Review appeals against bad ratings (centre administrator). */
    public static final String RATING_REVIEW = "servicehall.rating.review";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("servicehall-admin", "政务服务中心管理员", "Service centre administrator",
                    DemoRole.Scope.DEPARTMENT, DEPARTMENT,
                    Set.of(CATALOGUE_READ, CATALOGUE_MANAGE, HALL_MANAGE, CAPACITY_MANAGE, BOOKING_MANAGE,
                            RATING_RESPOND, RATING_REVIEW),
                    List.of()),
            DemoRole.staff("servicehall-leader", "大厅值班长", "Hall team leader", DemoRole.Scope.DEPARTMENT,
                    DEPARTMENT, Set.of(CATALOGUE_READ, CAPACITY_MANAGE, BOOKING_MANAGE, RATING_RESPOND), List.of("sunli")),
            DemoRole.staff("servicehall-clerk", "窗口工作人员", "Window clerk", DemoRole.Scope.DEPARTMENT, DEPARTMENT,
                    Set.of(CATALOGUE_READ, BOOKING_MANAGE), List.of("sunli")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(BOOKING_ENTERPRISE), List.of()));

    private ServiceHallRoles() {
    }
}
