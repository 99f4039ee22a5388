package cn.gov.laoshan.district.mediation.domain;

/**
 * Where a dispute case stands: registered → accepted or declined → assigned to a group and a mediator → in
 * mediation (sessions) → agreement reached, failed (referred to arbitration or court) or withdrawn → follow-up on
 * whether the agreement is honoured (履行回访) → closed.
 */
public enum CaseState {
    REGISTERED, ACCEPTED, DECLINED, ASSIGNED, IN_MEDIATION, AGREED, FAILED, WITHDRAWN, FOLLOWED_UP, CLOSED;

    /** Still being worked: deadlines matter. */
    public boolean open() {
        return switch (this) {
            case REGISTERED, ACCEPTED, ASSIGNED, IN_MEDIATION -> true;
            default -> false;
        };
    }
}
