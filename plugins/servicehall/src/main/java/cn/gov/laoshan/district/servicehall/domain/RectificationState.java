package cn.gov.laoshan.district.servicehall.domain;

/** Where a rectification of a bad rating is (labels: {@code servicehall.state.<NAME>}). */
public enum RectificationState {
    /** Opened by the bad rating. */
    OPEN,
    /** Checked: the finding recorded. */
    VERIFIED,
    /** Given to the window's clerk or the responsible department. */
    ASSIGNED,
    /** Put right. */
    FIXED,
    /** Reported back to the rater (and called back, for a real-name rating): done. */
    CLOSED,
    /** The responder holds the rating unfounded: the centre reviews it. */
    APPEALED,
    /** The centre upheld the appeal: no rectification needed. */
    DISMISSED
}
