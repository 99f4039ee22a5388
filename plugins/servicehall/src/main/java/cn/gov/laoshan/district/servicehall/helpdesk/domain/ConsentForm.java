package cn.gov.laoshan.district.servicehall.helpdesk.domain;

/**
 * How the person gave consent to the submission on their behalf (labels {@code servicehall.helpdesk.consent.<NAME>}):
 * every form leaves a trace a person can check later.
 */
public enum ConsentForm {
    /** Signed the authorisation (授权委托书). */
    SIGNED,
    /** Fingerprint on the authorisation, for one who cannot sign. */
    FINGERPRINT,
    /** Said so on a recorded call. */
    RECORDED_CALL,
    /** Said so before two helpers (witnessed), noted on the form. */
    WITNESSED
}
