package cn.gov.laoshan.district.identity.domain;

/**
 * The side of the table an account is on. STAFF: a member of a department. EXTERNAL: a representative of an
 * organisation (an enterprise, a bank branch) named by its USCC. INDIVIDUAL: a person who represents no organisation
 * and has no department — a 政务体验官 (NPC deputy, CPPCC member, entrepreneur, resident) — who acts for themself
 * only: their own records, the screens made for individual users.
 */
public enum UserKind {
    STAFF, EXTERNAL, INDIVIDUAL;

    /**
     * Whether accounts of this kind are outside the district's staff, and so get least privilege: only roles of their
     * own kind, scoped to themselves (OWN), none of the platform's administration.
     */
    public boolean outsider() {
        return this != STAFF;
    }
}
