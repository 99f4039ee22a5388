package cn.gov.laoshan.district.api.identity;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes the account of a person a plugin has accepted who represents no organisation (an individual account: a
 * 政务体验官 whose online application the service centre approved) — an OSGi service of the platform, provided by the
 * identity module. The account is the same as one an administrator makes on 用户管理: a random first password, to
 * be changed at the first sign-in, and the account written to the audit log as made by the caller.
 *
 * <p><b>Access.</b> The caller holds {@link #CREATE} (deny by default: without it an
 * {@link cn.gov.laoshan.district.api.security.AccessDeniedException}, nothing made). The account gets the
 * platform's <em>individual</em> roles that grant the plugin's {@code permission} — never a staff or enterprise
 * role, and never a role the administrators did not make (or the demo seeded) for individual users.
 *
 * @since 1.2.0
 */
@ProviderType
public interface IndividualAccounts {

    /** The permission to make individual accounts (the service centre's, for the officers it approves). */
    String CREATE = "identity.individuals.create";

    /**
     * Makes an individual account holding the individual roles that grant {@code permission}.
     *
     * @param login       the login (the identity module's form: a lower-case letter, then 2–39 of {@code a-z 0-9 . _ -})
     * @param displayName the person's name
     * @param mobile      their mobile, or {@code null}
     * @param permission  the plugin's permission the account is for (e.g. {@code servicehall.experience.task})
     * @return the first password, to give the person once (by text to a mobile they proved); never stored in clear
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException without {@link #CREATE}
     * @throws cn.gov.laoshan.district.api.validation.RefusedException a login taken or malformed, a name missing,
     *                                                                 a malformed mobile, or no individual role grants
     *                                                                 {@code permission} (field and message key)
     */
    String create(String login, String displayName, String mobile, String permission);
}
