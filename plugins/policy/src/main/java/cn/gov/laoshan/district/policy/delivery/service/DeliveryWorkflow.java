package cn.gov.laoshan.district.policy.delivery.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;

/** 免申即享 delivery's permissions, its department and the entitlements' state machine, declared once. */
public final class DeliveryWorkflow {

    public static final String PLUGIN = "policy";
    /** 区发展和改革局: the policy staff's department, which holds the entitlements and decides applications. */
    public static final String DEPARTMENT = "development";
    public static final String RECORD_TYPE = "Entitlement";
    public static final String APPLICATION_TYPE = "PolicyApplication";

    /** Read entitlements and applications: staff within their scope, an enterprise user its own enterprise's. */
    public static final String READ = "policy.entitlement.read";
    /** The enterprise's user confirms (with the bank account) or declines its own enterprise's entitlement. */
    public static final String CONFIRM = "policy.entitlement.confirm";
    /** Policy staff: extend a deadline, send a refused request again, decide applications, the figures. */
    public static final String MANAGE = "policy.entitlement.manage";
    /** The enterprise's user applies for a policy (快申快享). */
    public static final String APPLY = "policy.application.submit";

    public static final StateMachine<EntitlementState, Entitlement> MACHINE = StateMachine
            .<EntitlementState, Entitlement>of(EntitlementState.class, RECORD_TYPE).messages(PLUGIN)
            .transition("confirm", EntitlementState.OFFERED, EntitlementState.CONFIRMED).permission(CONFIRM).add()
            .transition("decline", EntitlementState.OFFERED, EntitlementState.DECLINED).permission(CONFIRM).add()
            .transition("lapse", EntitlementState.OFFERED, EntitlementState.LAPSED).permission(MANAGE).add()
            .transition("extend", EnumSet.of(EntitlementState.OFFERED, EntitlementState.LAPSED),
                    EntitlementState.OFFERED).permission(MANAGE).reasonRequired().add()
            .build();

    /** 快申快享: staff approve (with the amount) or refuse (with the reason) an application. */
    public static final StateMachine<ApplicationState, PolicyApplication> APPLICATION_MACHINE = StateMachine
            .<ApplicationState, PolicyApplication>of(ApplicationState.class, APPLICATION_TYPE).messages(PLUGIN)
            .transition("approve", ApplicationState.APPLIED, ApplicationState.APPROVED).permission(MANAGE).add()
            .transition("refuse", ApplicationState.APPLIED, ApplicationState.REFUSED).permission(MANAGE)
                    .reasonRequired().add()
            .build();

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("policy-delivery", "政策兑现专员", "Policy delivery officer", DemoRole.Scope.DEPARTMENT,
                    DEPARTMENT, Set.of(READ, MANAGE), List.of("fgj-admin", "sunwei")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(READ, CONFIRM, APPLY),
                    List.of()));

    private DeliveryWorkflow() {
    }
}
