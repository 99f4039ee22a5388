package cn.gov.laoshan.district.servicehall.founding.domain;

/** Where a free-agency order stands (labels {@code servicehall.founding.state.<NAME>}). */
public enum FoundingState {
    /** The founder ordered; offered to the contracted agency. */
    ORDERED,
    /** The agency took it on. */
    TAKEN,
    /** The enterprise is registered (its USCC known). */
    REGISTERED,
    /** The free seal set is ordered from the contracted engraver. */
    SEALS_ORDERED,
    /** The engraver confirmed the seals are made (and filed with the police). */
    SEALS_MADE,
    /** The engraver handed the seals over: the order is done. */
    HANDED_OVER,
    /** Withdrawn before the agency took it. */
    CANCELLED
}
