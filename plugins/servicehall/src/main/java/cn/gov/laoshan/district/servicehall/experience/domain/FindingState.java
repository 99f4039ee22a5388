package cn.gov.laoshan.district.servicehall.experience.domain;

/**
 * A finding's way through 收集—分析—响应—反馈 (labels: {@code servicehall.experience.finding-state.<NAME>}).
 */
public enum FindingState {
    /** Reported by the officer (收集). */
    REPORTED,
    /** Checked by the centre and found real (分析). */
    VERIFIED,
    /** Logged with a responsible unit and a deadline (建账定责). */
    ASSIGNED,
    /** The unit says it is put right (响应). */
    FIXED,
    /** The centre rechecked it and it stays right (常态复查). */
    RECHECKED,
    /** Reported back to the officer (反馈): done. */
    CLOSED,
    /** Not a real problem: the officer is told why. */
    DISMISSED
}
