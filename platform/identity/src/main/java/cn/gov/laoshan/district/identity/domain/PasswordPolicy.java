package cn.gov.laoshan.district.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for passwords and sign-in failures (OWASP ASVS L2, MLPS 2.0 level 3). Defaults: at least 12
 * characters; complexity and rotation are options; lockout after 5 consecutive failures for 15 minutes.
 *
 * @param minLength          minimum length
 * @param requireComplexity  at least three of: lower case, upper case, digit, other
 * @param maxAge             a password older than this must be changed; {@link Duration#ZERO} for never
 * @param maxFailures        consecutive failures that lock the account
 * @param lockout            how long a lockout lasts
 * @param sessionLifetime    a session ends this long after sign-in whatever its activity (besides the idle timeout)
 */
public record PasswordPolicy(int minLength, boolean requireComplexity, Duration maxAge, int maxFailures,
        Duration lockout, Duration sessionLifetime) {

    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(12);
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(12, false, Duration.ZERO, 5, Duration.ofMinutes(15),
            DEFAULT_SESSION_LIFETIME);

    public PasswordPolicy(int minLength, boolean requireComplexity, Duration maxAge, int maxFailures,
            Duration lockout) {
        this(minLength, requireComplexity, maxAge, maxFailures, lockout, DEFAULT_SESSION_LIFETIME);
    }

    /** Message keys of what is wrong with a new password; empty when it is acceptable. */
    public List<String> problems(String login, char[] password) {
        List<String> problems = new ArrayList<>();
        String text = new String(password);
        if (text.length() < minLength) {
            problems.add("identity.password.too-short");
        }
        if (requireComplexity && classes(text) < 3) {
            problems.add("identity.password.not-complex");
        }
        if (login != null && !login.isBlank() && text.toLowerCase().contains(login.toLowerCase())) {
            problems.add("identity.password.contains-login");
        }
        if (!text.isEmpty() && text.chars().distinct().count() <= 2) {
            problems.add("identity.password.repetitive");
        }
        return problems;
    }

    /** Whether a password set at {@code changedAt} has expired at {@code now}. */
    public boolean expired(Instant changedAt, Instant now) {
        return !maxAge.isZero() && changedAt.plus(maxAge).isBefore(now);
    }

    private static int classes(String text) {
        int lower = 0;
        int upper = 0;
        int digit = 0;
        int other = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLowerCase(c)) {
                lower = 1;
            } else if (Character.isUpperCase(c)) {
                upper = 1;
            } else if (Character.isDigit(c)) {
                digit = 1;
            } else {
                other = 1;
            }
        }
        return lower + upper + digit + other;
    }
}
