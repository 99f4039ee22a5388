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

    /**
     * Work waits for the case's mediator: an open case, or an agreement whose follow-up visit (履行回访) is still to
     * be made. This is what the mediator's inbox (我的案件) lists.
     */
    public boolean awaitsMediator() {
        return open() || this == AGREED;
    }

    /** The states of {@link #awaitsMediator()}, for SQL. */
    public static java.util.List<CaseState> awaitingMediator() {
        return java.util.Arrays.stream(values()).filter(CaseState::awaitsMediator).toList();
    }

    /** The states of {@link #open()}, for SQL. */
    public static java.util.List<CaseState> openStates() {
        return java.util.Arrays.stream(values()).filter(CaseState::open).toList();
    }
}
