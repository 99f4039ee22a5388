package cn.gov.laoshan.district.market.lenient.domain;

/**
 * The staff's decision on a case: NO_PENALTY (不予处罚, a minor violation — art. 33(1) first sentence),
 * FIRST_OFFENCE (首违不罚: may not penalise and does not — art. 33(1) second sentence), PENALISE (予以处罚).
 */
public enum Decision {
    NO_PENALTY, FIRST_OFFENCE, PENALISE;

    /** The decision that a list of this kind allows when all its conditions are met. */
    public static Decision lenient(ListKind kind) {
        return kind == ListKind.FIRST ? FIRST_OFFENCE : NO_PENALTY;
    }
}
