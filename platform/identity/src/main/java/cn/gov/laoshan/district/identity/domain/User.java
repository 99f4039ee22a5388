package cn.gov.laoshan.district.identity.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A user account. The password hash never leaves the identity module.
 *
 * @param lockedUntil end of a lockout after repeated sign-in failures, or {@code null}
 */
public record User(String login, String displayName, UserKind kind, String departmentCode, String uscc, String phone,
        String email, UserStatus status, boolean mustChangePassword, Instant passwordChangedAt, int failedAttempts,
        Instant lockedUntil) {

    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /** Whether a lockout is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
