package cn.gov.laoshan.district.shell.security;

/**
 * A sign-in refused before any check because too many are under way, from the caller's address or in all: the
 * password hash is bounded work on a bounded pool, and a flood must not starve real sign-ins. The user is told to
 * try again shortly; nothing was counted against any account.
 */
public final class SignInThrottledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInThrottledException(String reason) {
        super(reason);
    }
}
