package cn.gov.laoshan.district.shell.security;

import java.util.Optional;

/**
 * Checks a login name and password. Implemented by the runtime (bootstrap administrator) and later by the
 * identity service. An implementation never says which of the two was wrong.
 */
public interface Authenticator {

    /**
     * The signed-in user, or empty when the login name or the password is wrong or the account may not sign in.
     *
     * @throws SignInThrottledException when too many sign-ins are under way (from the address or in all), before
     *                                  anything was checked
     */
    Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress);

    /**
     * Whether the session of {@code user} may go on: asked on every request of a signed-in session. No when the
     * account was disabled, locked or deleted, when its access changed since sign-in (roles, department, a
     * password reset or change elsewhere) or when the session is older than the absolute session lifetime.
     */
    default boolean stillValid(SignedInUser user) {
        return true;
    }

    /** Told when a user signs out, for the audit log. */
    default void signedOut(SignedInUser user, String remoteAddress) {
    }
}
