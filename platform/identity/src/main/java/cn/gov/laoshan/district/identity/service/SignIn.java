package cn.gov.laoshan.district.identity.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.shell.security.SignInThrottledException;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * Sign-in against the identity tables: Argon2id hashes (older PBKDF2 ones replaced at the next sign-in), lockout after repeated failures (the same answer whether the
 * user exists, is locked or typed a wrong password), forced password change, audit of every attempt.
 */
public final class SignIn implements Authenticator, PasswordChanger {

    /** Every signed-in user holds this one: their own profile. */
    public static final String PROFILE = "identity.profile";
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final IdentityStore store;
    private final Supplier<PasswordPolicy> policy;
    private final Clock clock;
    private final Supplier<Optional<AuditLog>> audit;
    private final PasswordCost cost;
    private final SignInThrottle throttle;
    private volatile String decoy;

    public SignIn(IdentityStore store, Supplier<PasswordPolicy> policy, Clock clock, Supplier<Optional<AuditLog>> audit,
            PasswordCost cost) {
        this(store, policy, clock, audit, cost, SignInThrottle.forThisMachine());
    }

    public SignIn(IdentityStore store, Supplier<PasswordPolicy> policy, Clock clock, Supplier<Optional<AuditLog>> audit,
            PasswordCost cost, SignInThrottle throttle) {
        this.throttle = throttle;
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
        this.cost = cost;
    }

    @Override
    public Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress) {
        try (AutoCloseable underWay = throttle.enter(remoteAddress)) {
            return check(login == null ? "" : login.trim(), password);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<SignedInUser> check(String name, char[] password) {
        Instant now = clock.instant();
        PasswordPolicy rules = policy.get();
        Optional<User> found = store.user(name);
        Optional<String> hash = found.flatMap(u -> store.passwordHash(u.login()));
        if (found.isEmpty() || hash.isEmpty()) {
            // no hash to check: wait as long as one takes, without the CPU (a flood of made-up logins costs nothing)
            throttle.pause(() -> PasswordHash.verify(password, decoy()));
            record("sign-in.failed", name, "unknown login");
            return Optional.empty();
        }
        User user = found.get();
        if (user.status() == UserStatus.DISABLED) {
            throttle.pause(() -> PasswordHash.verify(password, hash.get()));
            record("sign-in.failed", name, "disabled");
            return Optional.empty();
        }
        // the attempt is taken from the allowance before the hash, in one statement: parallel guesses can never
        // check more passwords than the lockout allows
        if (!store.reserveAttempt(name, rules.maxFailures(), now)) {
            throttle.pause(() -> PasswordHash.verify(password, hash.get()));
            record("sign-in.failed", name, "locked");
            return Optional.empty();
        }
        boolean matches;
        boolean upgrade = PasswordHash.needsUpgrade(hash.get(), cost);
        // the check wipes what it is given: a copy is kept only while an older hash waits to be replaced
        char[] forUpgrade = upgrade ? password.clone() : null;
        try {
            matches = throttle.hash(() -> PasswordHash.verify(password, hash.get()));
        } catch (SignInThrottledException e) {
            store.releaseAttempt(name);
            wipe(forUpgrade);
            throw e;
        }
        if (!matches) {
            wipe(forUpgrade);
            failed(name, "wrong password", now, rules);
            return Optional.empty();
        }
        store.signInSucceeded(name);
        if (upgrade) {
            upgradeHash(name, hash.get(), forUpgrade);
        }
        boolean expired = rules.expired(user.passwordChangedAt(), now);
        SignedInUser signedIn = signedIn(user, user.mustChangePassword() || expired);
        // the session does not hold the user yet: the record names the person signing in, not "anonymous"
        audit.get().ifPresent(log -> log.record(signedIn.asCurrentUser(), "identity", "sign-in", "User", name, null,
                null));
        return Optional.of(signedIn);
    }

    /**
     * Replaces a hash made before Argon2id (or with a lower cost) by one of today's cost, now that the password is
     * proven: done by the same bounded pool as the checks, and only if no one changed the password meanwhile. A busy
     * pool leaves the old hash for the next sign-in rather than make this one wait.
     */
    private void upgradeHash(String login, String old, char[] password) {
        try {
            String[] upgraded = new String[1];
            throttle.hash(() -> (upgraded[0] = PasswordHash.hash(password, cost)) != null);
            if (store.replaceHash(login, old, upgraded[0])) {
                record("password.rehash", login, "argon2id m=" + cost.memoryKiB() + " KiB t=" + cost.passes()
                        + " p=" + cost.parallelism());
            }
        } catch (SignInThrottledException e) {
            LOG.info("password hash of {} left for a later sign-in: {}", login, e.getMessage());
        } finally {
            wipe(password);
        }
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /** A reserved attempt failed: it may have used up the allowance, which locks the account and ends its sessions. */
    private void failed(String name, String why, Instant now, PasswordPolicy rules) {
        Instant until = now.plus(rules.lockout());
        boolean locked = store.lockIfExhausted(name, rules.maxFailures(), until);
        record("sign-in.failed", name, why);
        if (locked) {
            record("user.lockout", name, "locked until " + until);
            LOG.warn("user {} locked until {} after {} failures", name, until, rules.maxFailures());
        }
    }

    /** The session user of an account, with what its roles grant. */
    public SignedInUser signedIn(User user, boolean mustChangePassword) {
        List<String> codes = store.roleCodesOf(user.login());
        List<Role> roles = store.roles().stream().filter(r -> codes.contains(r.code())).toList();
        Grants grants = new Grants(store.departments());
        Map<String, DepartmentScope> granted = new java.util.HashMap<>(grants.of(user, roles));
        granted.put(PROFILE, DepartmentScope.ALL);
        return new SignedInUser(user.login(), user.displayName(), user.departmentCode(), user.uscc(),
                grants.platformAdmin(roles), granted, mustChangePassword, accessVersion(user.login()), clock.instant(),
                user.kind() == UserKind.INDIVIDUAL);
    }

    @Override
    public void signedOut(SignedInUser user, String remoteAddress) {
        record("sign-out", user.login(), null);
    }

    /**
     * The user's own change. A wrong current password counts toward the lockout like a wrong sign-in (a session
     * left open must not be a way to guess the password), and a change ends the user's other sessions.
     */
    @Override
    public List<String> changePassword(String login, char[] current, char[] next) {
        Optional<String> hash = store.passwordHash(login);
        Instant now = clock.instant();
        PasswordPolicy rules = policy.get();
        if (hash.isEmpty() || !store.reserveAttempt(login, rules.maxFailures(), now)) {
            record("password.change-failed", login, "locked");
            return List.of("identity.password.wrong-current");
        }
        boolean matches;
        try {
            matches = throttle.hash(() -> PasswordHash.verify(current.clone(), hash.get()));
        } catch (SignInThrottledException e) {
            store.releaseAttempt(login);
            throw e;
        }
        if (!matches) {
            record("password.change-failed", login, "wrong current password");
            failed(login, "wrong current password", now, rules);
            return List.of("identity.password.wrong-current");
        }
        store.signInSucceeded(login);
        List<String> problems = new java.util.ArrayList<>(rules.problems(login, next));
        if (throttle.hash(() -> PasswordHash.verify(next.clone(), hash.get()))) {
            problems.add("identity.password.same-as-before");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String newHash = PasswordHash.hash(next, cost);
        store.jdbi().useTransaction(h -> {
            store.updatePassword(h, login, newHash, false, clock.instant());
            store.endSessions(h, login);
        });
        record("password.change", login, null);
        return List.of();
    }

    @Override
    public int accessVersion(String login) {
        return store.accessState(login).map(IdentityStore.AccessState::accessVersion).orElse(-1);
    }

    /**
     * A session goes on while its account is active, not locked, its access version unchanged since sign-in and the
     * session younger than the absolute lifetime. One query by primary key per request.
     */
    @Override
    public boolean stillValid(SignedInUser user) {
        Instant now = clock.instant();
        if (!user.signedInAt().plus(policy.get().sessionLifetime()).isAfter(now)) {
            return false;
        }
        return store.accessState(user.login())
                .filter(state -> state.status() != UserStatus.DISABLED)
                .filter(state -> state.lockedUntil() == null || !state.lockedUntil().isAfter(now))
                .filter(state -> state.accessVersion() == user.accessVersion())
                .isPresent();
    }

    @Override
    public String policyKey() {
        PasswordPolicy rules = policy.get();
        return rules.requireComplexity() ? "identity.password.policy-complex" : "identity.password.policy";
    }

    @Override
    public int minLength() {
        return policy.get().minLength();
    }

    private String decoy() {
        if (decoy == null) {
            decoy = PasswordHash.hash(PasswordHash.randomPassword(20).toCharArray(), cost);
        }
        return decoy;
    }

    private void record(String action, String login, String detail) {
        audit.get().ifPresent(log -> log.record("identity", action, "User", login, null,
                IdentityAudit.detail(detail)));
    }
}
