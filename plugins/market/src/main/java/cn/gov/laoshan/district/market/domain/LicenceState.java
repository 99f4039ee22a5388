package cn.gov.laoshan.district.market.domain;

/**
 * Where a licence is (labels {@code market.state.<NAME>}): valid; in its renewal window (the daily scan moves it);
 * expired; revoked (吊销/撤销, by staff); renewed (a new licence replaced it); cancelled (注销) with its holder's
 * deregistration.
 */
public enum LicenceState {
    VALID, IN_WINDOW, EXPIRED, REVOKED, RENEWED, CANCELLED;

    /** Whether the scan still reminds about it. */
    public boolean current() {
        return this == VALID || this == IN_WINDOW || this == EXPIRED;
    }
}
