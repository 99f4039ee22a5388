package cn.gov.laoshan.district.api.plugin;

/**
 * Who a screen or a dashboard widget is for: the district's staff, enterprise users (external accounts, each
 * representing one enterprise), or both. The shell enforces it on the server whatever permissions a user holds: a
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
    /** Staff and enterprise users alike (one's own profile, say). */
    BOTH;

    /** Whether a user of this kind ({@code external}: an enterprise user) may see what is meant for this audience. */
    public boolean admits(boolean external) {
        return switch (this) {
            case STAFF -> !external;
            case ENTERPRISE -> external;
            case BOTH -> true;
        };
    }
}
