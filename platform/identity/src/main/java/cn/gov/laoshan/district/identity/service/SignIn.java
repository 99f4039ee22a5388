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
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.shell.security.Authenticator;
import cn.gov.laoshan.district.shell.security.PasswordChanger;
import cn.gov.laoshan.district.shell.security.SignedInUser;

/**
 * Sign-in against the identity tables: PBKDF2 hashes, lockout after repeated failures (the same answer whether the
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
    private final int iterations;
    private volatile String decoy;

    public SignIn(IdentityStore store, Supplier<PasswordPolicy> policy, Clock clock, Supplier<Optional<AuditLog>> audit,
            int iterations) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.audit = audit;
        this.iterations = iterations;
    }

    @Override
    public Optional<SignedInUser> authenticate(String login, char[] password, String remoteAddress) {
        String name = login == null ? "" : login.trim();
        Instant now = clock.instant();
        Optional<User> found = store.user(name);
        Optional<String> hash = found.flatMap(u -> store.passwordHash(u.login()));
        // verify even for unknown users, so that the answer takes as long either way
        boolean matches = PasswordHash.verify(password, hash.orElseGet(this::decoy));
        if (found.isEmpty() || hash.isEmpty()) {
            record("sign-in.failed", name, "unknown login");
            return Optional.empty();
        }
        User user = found.get();
        PasswordPolicy rules = policy.get();
        if (user.status() == UserStatus.DISABLED) {
            record("sign-in.failed", name, "disabled");
            return Optional.empty();
        }
        if (user.lockedAt(now)) {
            record("sign-in.failed", name, "locked until " + user.lockedUntil());
            return Optional.empty();
        }
        if (!matches) {
            int failures = user.failedAttempts() + 1;
            boolean lock = failures >= rules.maxFailures();
            Instant until = lock ? now.plus(rules.lockout()) : null;
            store.jdbi().useTransaction(h -> store.updateSignInState(h, name, lock ? UserStatus.LOCKED : UserStatus.ACTIVE,
                    lock ? 0 : failures, until));
            record("sign-in.failed", name, "wrong password (" + failures + ")");
            if (lock) {
                record("user.lockout", name, "locked until " + until);
                LOG.warn("user {} locked until {} after {} failures", name, until, failures);
            }
            return Optional.empty();
        }
        store.jdbi().useTransaction(h -> store.updateSignInState(h, name, UserStatus.ACTIVE, 0, null));
        boolean expired = rules.expired(user.passwordChangedAt(), now);
        SignedInUser signedIn = signedIn(user, user.mustChangePassword() || expired);
        // the session does not hold the user yet: the record names the person signing in, not "anonymous"
        audit.get().ifPresent(log -> log.record(signedIn.asCurrentUser(), "identity", "sign-in", "User", name, null,
                null));
        return Optional.of(signedIn);
    }

    /** The session user of an account, with what its roles grant. */
    public SignedInUser signedIn(User user, boolean mustChangePassword) {
        List<String> codes = store.roleCodesOf(user.login());
        List<Role> roles = store.roles().stream().filter(r -> codes.contains(r.code())).toList();
        Grants grants = new Grants(store.departments());
        Map<String, DepartmentScope> granted = new java.util.HashMap<>(grants.of(user, roles));
        granted.put(PROFILE, DepartmentScope.ALL);
        return new SignedInUser(user.login(), user.displayName(), user.departmentCode(), user.uscc(),
                grants.platformAdmin(roles), granted, mustChangePassword);
    }

    @Override
    public void signedOut(SignedInUser user, String remoteAddress) {
        record("sign-out", user.login(), null);
    }

    @Override
    public List<String> changePassword(String login, char[] current, char[] next) {
        Optional<String> hash = store.passwordHash(login);
        if (hash.isEmpty() || !PasswordHash.verify(current.clone(), hash.get())) {
            record("password.change-failed", login, "wrong current password");
            return List.of("identity.password.wrong-current");
        }
        List<String> problems = policy.get().problems(login, next);
        if (PasswordHash.verify(next.clone(), hash.get())) {
            problems = new java.util.ArrayList<>(problems);
            problems.add("identity.password.same-as-before");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String newHash = PasswordHash.hash(next, iterations);
        store.jdbi().useTransaction(h -> store.updatePassword(h, login, newHash, false, clock.instant()));
        record("password.change", login, null);
        return List.of();
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
            decoy = PasswordHash.hash(PasswordHash.randomPassword(20).toCharArray(), iterations);
        }
        return decoy;
    }

    private void record(String action, String login, String detail) {
        audit.get().ifPresent(log -> log.record("identity", action, "User", login, null,
                detail == null ? null : "{\"detail\":\"" + detail.replace("\"", "'") + "\"}"));
    }
}
