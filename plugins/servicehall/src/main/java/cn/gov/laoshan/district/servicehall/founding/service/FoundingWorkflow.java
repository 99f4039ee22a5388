package cn.gov.laoshan.district.servicehall.founding.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingOrder;
import cn.gov.laoshan.district.servicehall.founding.domain.FoundingState;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/**
 * 新设企业免费代办 + 免费刻章: permissions, where the orders' scopes are, the order's state machine and demo roles. The
 * contracted agency's and engraver's people are external users of their organisation (like finance's bank users):
 * each sees the orders given to its organisation's USCC and nothing else — in SQL.
 */
public final class FoundingWorkflow {

    public static final String TYPE = "FoundingOrder";

    /** The centre's staff: every order of the department, the contracts, the figures. */
    public static final String READ = "servicehall.founding.read";
    /** The centre: keep the contracts, cancel an order not yet taken. */
    public static final String MANAGE = "servicehall.founding.manage";
    /** The contracted agency's people: take their orders, register the enterprise, order the seals. */
    public static final String AGENCY = "servicehall.founding.agency";
    /** The contracted engraver's people: confirm production and hand-over of the seals ordered from them. */
    public static final String ENGRAVE = "servicehall.founding.engrave";

    /** Staff: the department's orders. */
    static final RecordScope.Columns STAFF = RecordScope.columns("o.department_code");
    /** An agency's user: the orders given to its agency. */
    static final RecordScope.Columns AGENCY_ORDERS = RecordScope.columns(null).enterprises("o.agency_uscc");
    /** An engraver's user: the orders whose seals were ordered from it. */
    static final RecordScope.Columns ENGRAVER_ORDERS = RecordScope.columns(null).enterprises("o.engraver_uscc");

    public static final StateMachine<FoundingState, FoundingOrder> MACHINE = StateMachine
            .<FoundingState, FoundingOrder>of(FoundingState.class, TYPE).messages("servicehall.founding")
            .transition("take", FoundingState.ORDERED, FoundingState.TAKEN).permission(AGENCY).add()
            .transition("register", FoundingState.TAKEN, FoundingState.REGISTERED).permission(AGENCY).add()
            .transition("order-seals", FoundingState.REGISTERED, FoundingState.SEALS_ORDERED).permission(AGENCY).add()
            .transition("seals-made", FoundingState.SEALS_ORDERED, FoundingState.SEALS_MADE).permission(ENGRAVE).add()
            .transition("hand-over", FoundingState.SEALS_MADE, FoundingState.HANDED_OVER).permission(ENGRAVE).add()
            .transition("cancel", EnumSet.of(FoundingState.ORDERED), FoundingState.CANCELLED).permission(MANAGE)
            .reasonRequired().add()
            .build();

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("founding-manager", "免费代办管理员", "Free agency manager", DemoRole.Scope.DEPARTMENT,
                    ServiceHallRoles.DEPARTMENT, Set.of(READ, MANAGE), List.of("sunli")),
            DemoRole.enterprise("founding-agency", "代办机构", "Contracted agency", Set.of(AGENCY),
                    List.of("zhengxin-db")),
            DemoRole.enterprise("founding-engraver", "刻章企业", "Contracted seal engraver", Set.of(ENGRAVE),
                    List.of("yinzhang-kz")));

    private FoundingWorkflow() {
    }
}
