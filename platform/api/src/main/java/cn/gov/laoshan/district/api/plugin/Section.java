package cn.gov.laoshan.district.api.plugin;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A section a plugin adds to a page the platform owns, shown as one of the page's tabs: mediation's cases of an
 * enterprise, housing's projects it invests in, on the enterprise page ({@link #ENTERPRISE}: the registry's
 * {@code registry/enterprises/:uscc} for staff, 我的企业 for an enterprise user, scoped to their own enterprise).
 * Sections come and go with their plugin, as screens do.
 *
 * <p>The shell shows a section to users of its {@link #audience()} who hold {@link #permission()} (administrators
 * only when {@code null}: deny by default), checked on the server before the factory is called; the plugin's
 * services still check their own permissions and scope (an enterprise user reads their own enterprise's rows only)
 * when the section reads its data.
 *
 * @param target     the page: {@link #ENTERPRISE}
 * @param id         unique inside the plugin and target
 * @param titleKey   message key of the tab's title, in the plugin's messages
 * @param order      position among the page's tabs (ascending); the page's own tabs come first
 * @param permission permission id needed to see it, or {@code null} for administrators only
 * @param audience   who sees it: staff on the registry's page, enterprise users on 我的企业, or both
 * @param factory    makes the section's content for one enterprise, anew every time the page is built
 * @since 1.4.0
 */
public record Section(String target, String id, String titleKey, int order, String permission, Audience audience,
        SectionFactory factory) {

    /** The enterprise page: the factory is given the enterprise's unified social credit code. */
    public static final String ENTERPRISE = "enterprise";

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public Section {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(factory, "factory");
        audience = audience == null ? Audience.STAFF : audience;
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("section id must be lower-case letters, digits and '-': " + id);
        }
    }

    /** A section of the enterprise page. */
    public static Section enterprise(String id, String titleKey, int order, String permission, Audience audience,
            SectionFactory factory) {
        return new Section(ENTERPRISE, id, titleKey, order, permission, audience, factory);
    }
}
