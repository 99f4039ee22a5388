package cn.gov.laoshan.district.mediation.service;

import java.util.EnumSet;
import java.util.Optional;

import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * The mediation case's state machine, declared once; every move of a case goes through it. Guards look at the
 * case as it will be after the move (with the new assignment, agreement or referral filled in).
 */
public final class CaseWorkflow {

    public static final String READ = "mediation.case.read";
    public static final String REGISTER = "mediation.case.register";
    public static final String ASSIGN = "mediation.case.assign";
    public static final String MEDIATE = "mediation.case.mediate";
    public static final String CLOSE = "mediation.case.close";
    public static final String GROUP_ADMIN = "mediation.group.admin";
    /**
     * The department the plugin belongs to (区司法局): its groups and its mediators' declarations are that
     * department's data, changed only by those who hold the permission there.
     */
    public static final String DEPARTMENT = "justice";

    public static final StateMachine<CaseState, MediationCase> MACHINE = StateMachine
            .<CaseState, MediationCase>of(CaseState.class, "MediationCase").messages("mediation")
            .transition("accept", CaseState.REGISTERED, CaseState.ACCEPTED).permission(ASSIGN).add()
            .transition("decline", CaseState.REGISTERED, CaseState.DECLINED).permission(ASSIGN).reasonRequired().add()
            .transition("assign", CaseState.ACCEPTED, CaseState.ASSIGNED).permission(ASSIGN)
                    .guard(c -> c.groupId() == null || c.mediatorLogin() == null
                            ? Optional.of("mediation.error.assignment-missing") : Optional.empty())
                    .add()
            .transition("start", CaseState.ASSIGNED, CaseState.IN_MEDIATION).permission(MEDIATE).add()
            .transition("agree", CaseState.IN_MEDIATION, CaseState.AGREED).permission(MEDIATE)
                    .guard(c -> c.agreementTerms() == null || c.agreementTerms().isBlank()
                            ? Optional.of("mediation.error.terms-missing") : Optional.empty())
                    .add()
            .transition("fail", CaseState.IN_MEDIATION, CaseState.FAILED).permission(MEDIATE).reasonRequired()
                    .guard(c -> c.referral() == null ? Optional.of("mediation.error.referral-missing") : Optional.empty())
                    .add()
            .transition("withdraw", EnumSet.of(CaseState.REGISTERED, CaseState.ACCEPTED, CaseState.ASSIGNED,
                    CaseState.IN_MEDIATION), CaseState.WITHDRAWN).permission(REGISTER).reasonRequired().add()
            .transition("follow-up", CaseState.AGREED, CaseState.FOLLOWED_UP).permission(MEDIATE)
                    .guard(c -> c.honoured() == null ? Optional.of("mediation.error.follow-up-missing") : Optional.empty())
                    .add()
            .transition("close", EnumSet.of(CaseState.FOLLOWED_UP, CaseState.FAILED, CaseState.WITHDRAWN),
                    CaseState.CLOSED).permission(CLOSE).add()
            .build();

    private CaseWorkflow() {
    }
}
