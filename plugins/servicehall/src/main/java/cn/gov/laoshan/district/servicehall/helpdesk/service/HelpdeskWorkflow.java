package cn.gov.laoshan.district.servicehall.helpdesk.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;

/** 帮办代办 / 入户办: its permissions, where its records' scope is, its state machine and demo roles, declared once. */
public final class HelpdeskWorkflow {

    /** The record type in the timeline and the audit log. */
    public static final String TYPE = "HelpRequest";

    /** See the requests of the department (the centre's staff, the helpers), the figures, the routing table. */
    public static final String READ = "servicehall.helpdesk.read";
    /** Take a request by phone or at a window for a caller. */
    public static final String TAKE = "servicehall.helpdesk.take";
    /** A helper: take one of the group's requests on, visit, record consent, submit, record the result. */
    public static final String HANDLE = "servicehall.helpdesk.handle";
    /** The centre: assign to a helper of any group, reroute, cancel, keep the routing table and the groups. */
    public static final String MANAGE = "servicehall.helpdesk.manage";

    /** Requests: the department's for staff, and those one registered or handles. */
    static final RecordScope.Columns REQUESTS = RecordScope.columns("r.department_code").owners("r.created_by",
            "r.assignee");

    public static final StateMachine<HelpState, HelpRequest> MACHINE = StateMachine
            .<HelpState, HelpRequest>of(HelpState.class, TYPE).messages("servicehall.helpdesk")
            .transition("reroute", HelpState.ROUTED, HelpState.ROUTED).permission(MANAGE).reasonRequired().add()
            .transition("assign", EnumSet.of(HelpState.ROUTED, HelpState.ASSIGNED), HelpState.ASSIGNED)
            .permission(HANDLE).add()
            .transition("visit", HelpState.ASSIGNED, HelpState.VISITED).permission(HANDLE).add()
            // the consent is a remark on the visited request: the state stays, the timeline keeps who, how, when
            .transition("consent", HelpState.VISITED, HelpState.VISITED).permission(HANDLE).add()
            .transition("submit", HelpState.VISITED, HelpState.SUBMITTED).permission(HANDLE)
            .guard(HelpdeskWorkflow::consentOnRecord).add()
            .transition("complete", HelpState.SUBMITTED, HelpState.COMPLETED).permission(HANDLE).add()
            .transition("cancel", EnumSet.of(HelpState.ROUTED, HelpState.ASSIGNED, HelpState.VISITED),
                    HelpState.CANCELLED).permission(MANAGE).reasonRequired().add()
            .build();

    /** Nothing is submitted on someone's behalf before their consent is on record. */
    static Optional<String> consentOnRecord(HelpRequest request) {
        return request.consentRecorded() ? Optional.empty() : Optional.of("servicehall.helpdesk.error.no-consent");
    }

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("helpdesk-coordinator", "帮办代办协调员", "Help desk coordinator", DemoRole.Scope.DEPARTMENT,
                    ServiceHallRoles.DEPARTMENT, Set.of(READ, TAKE, HANDLE, MANAGE, ServiceHallRoles.CATALOGUE_READ),
                    List.of("sunli")),
            DemoRole.staff("helpdesk-helper", "帮办代办员", "Helper", DemoRole.Scope.OWN, null,
                    Set.of(READ, TAKE, HANDLE, ServiceHallRoles.CATALOGUE_READ), List.of("zhoujie", "maqin")));

    private HelpdeskWorkflow() {
    }
}
