package cn.gov.laoshan.district.shell.security;

import java.util.Optional;

/**
 * Checks a login name and password. Implemented by the runtime (bootstrap administrator) and later by the
 * identity service. An implementation never says which of the two was wrong.
 */
public interface Authenticator {

    /** The signed-in user, or empty when the login name or the password is wrong or the account may not sign in. */
    Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress);

    /** Told when a user signs out, for the audit log. */
    default void signedOut(SignedInUser user, String remoteAddress) {
    }
}
