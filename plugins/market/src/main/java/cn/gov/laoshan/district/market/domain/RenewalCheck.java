package cn.gov.laoshan.district.market.domain;

import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;

/**
 * Whether a minimal renewal (极简续证) is granted at once: the holder declared that nothing changed and committed to
 * it, and what the platform records agrees — no violation in the licence's term, a credit grade other than D, no
 * open post-check, the holder's registered name the licence's. Each failed condition is a reason (message key
 * {@code market.renewal.reason.<REASON>}) that staff see when they review the application instead.
 */
public record RenewalCheck(Declaration declaration, int violationsInTerm, CreditGrade creditGrade, int openPostChecks,
        boolean registeredNameMatches) {

    /** What the holder declares in 企业服务. */
    public record Declaration(boolean premisesUnchanged, boolean scopeUnchanged, boolean keyStaffUnchanged,
            boolean committed) {
    }

    public enum Reason {
        PREMISES_CHANGED, SCOPE_CHANGED, KEY_STAFF_CHANGED, VIOLATION, CREDIT_D, OPEN_POST_CHECK, NAME_CHANGED
    }

    /** The reasons it is not granted at once; empty: eligible. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (!declaration.premisesUnchanged()) {
            reasons.add(Reason.PREMISES_CHANGED);
        }
        if (!declaration.scopeUnchanged()) {
            reasons.add(Reason.SCOPE_CHANGED);
        }
        if (!declaration.keyStaffUnchanged()) {
            reasons.add(Reason.KEY_STAFF_CHANGED);
        }
        if (violationsInTerm > 0) {
            reasons.add(Reason.VIOLATION);
        }
        if (creditGrade == CreditGrade.D) {
            reasons.add(Reason.CREDIT_D);
        }
        if (openPostChecks > 0) {
            reasons.add(Reason.OPEN_POST_CHECK);
        }
        if (!registeredNameMatches) {
            reasons.add(Reason.NAME_CHANGED);
        }
        return reasons;
    }

    /**
     * What minimal renewal saves against a normal one (the seed: 2 steps and 5 documents fewer, at least 3 working
     * days faster): the steps and materials of each, as message keys {@code market.renewal.step.*} and
     * {@code market.renewal.material.*}.
     */
    public static final List<String> NORMAL_STEPS = List.of("apply", "materials", "accept", "review", "decide");
    public static final List<String> MINIMAL_STEPS = List.of("declare", "commit", "decide-at-once");
    public static final List<String> NORMAL_MATERIALS = List.of("application", "business-licence", "licence-original",
            "legal-id", "premises-proof", "safety-rules", "equipment-list");
    public static final List<String> MINIMAL_MATERIALS = List.of("commitment", "e-licence");
    /** The district's time limit for a normal renewal, in working days; a minimal one is decided at once. */
    public static final int NORMAL_WORKING_DAYS = 3;
}
