package cn.gov.laoshan.district.api.plugin;

import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * Who a screen or a dashboard widget is for: the district's staff, enterprise users (external accounts, each
 * representing one enterprise), or both; since 1.7.0 also individual users (external accounts of a person who
 * represents no organisation: a 政务体验官 — NPC deputy, CPPCC member, entrepreneur, resident), who see only what is
 * made for them ({@link #INDIVIDUAL}) and what every account sees ({@link #ANY}). The shell enforces it on the server whatever permissions a user holds: a
 * staff screen is never opened for an enterprise user (a permission given to them by mistake does not open it),
 * and an enterprise screen is opened for staff only when it says {@link #BOTH}. Staff by default.
 *
 * @since 1.3.0
 */
public enum Audience {
    /** The district's staff only (the default). */
    STAFF,
    /** Enterprise users only; listed in their own menu section (企业服务). */
    ENTERPRISE,
    /** Staff and enterprise users alike; not individual users. */
    BOTH,
    /**
     * Individual users only (external accounts of a person, no department, no enterprise); listed in their own
     * menu section.
     *
     * @since 1.7.0
     */
    INDIVIDUAL,
    /**
     * Every signed-in account, individual users included: one's own profile, the change of one's password.
     *
     * @since 1.7.0
     */
    ANY;

    /**
     * Whether a staff member ({@code external} false) or an enterprise user ({@code external} true) may see what is
     * meant for this audience. Individual users are neither: ask {@link #admits(CurrentUser)}.
     */
    public boolean admits(boolean external) {
        return switch (this) {
            case STAFF -> !external;
            case ENTERPRISE -> external;
            case BOTH, ANY -> true;
            case INDIVIDUAL -> false;
        };
    }

    /**
     * Whether {@code user} may see what is meant for this audience: an individual user only {@link #INDIVIDUAL} and
     * {@link #ANY}, never a staff or an enterprise screen whatever permission they were given.
     *
     * @since 1.7.0
     */
    public boolean admits(CurrentUser user) {
        if (user.individual()) {
            return this == INDIVIDUAL || this == ANY;
        }
        return admits(user.external());
    }
}
