package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/** Where a help request stands (labels {@code servicehall.helpdesk.state.<NAME>}). */
public enum HelpState {
    /** Taken and routed to a group of helpers, not yet with one helper. */
    ROUTED,
    /** A helper of the group has it. */
    ASSIGNED,
    /** The helper visited (or met the person at the hall) and collected the materials. */
    VISITED,
    /** Submitted to the item's department on the person's behalf, after their consent was recorded. */
    SUBMITTED,
    /** The item's result is known (granted or refused). */
    COMPLETED,
    /** Withdrawn by the caller or closed by the centre, with the reason. */
    CANCELLED
}
