package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityException;
import cn.gov.laoshan.district.identity.service.ColleagueService;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.identity.service.SignInThrottle;
import cn.gov.laoshan.district.shell.security.SignInThrottledException;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;

/**
 * Issue 12 items 2–5 on the identity services over Derby and PostgreSQL: no self-granted roles, no account takeover,
 * sessions that end when access ends, an atomic lockout count, and sign-ins that a flood of made-up logins cannot
 * slow down.
 */
class IdentitySecurityIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** How many audit records mention {@code text} in their action, object or detail. */
    static long count(RecordingAuditLog audit, String text) {
        return texts(audit).stream().filter(r -> r.contains(text)).count();
    }

    private static List<String> texts(RecordingAuditLog audit) {
        return audit.entries().stream().map(e -> e.action() + " " + e.objectId() + " " + e.after()).toList();
    }

    private static IdentityService as(IdentityIT.Fixture f, String login) {
        return as(f, login, Optional::empty);
    }

    private static IdentityService as(IdentityIT.Fixture f, String login, Supplier<Optional<AuditLog>> audit) {
        SignedInUser user = f.signIn().signedIn(f.store().user(login).orElseThrow(), false);
        return new IdentityService(f.store(), new UserAccessControl(user), audit, f.clock(), IdentityIT.ITERATIONS,
                f.registry());
    }

    private static ColleagueService colleaguesAs(IdentityIT.Fixture f, String login) {
        return colleaguesAs(f, login, Optional::empty);
    }

    private static ColleagueService colleaguesAs(IdentityIT.Fixture f, String login,
            Supplier<Optional<AuditLog>> audit) {
        SignedInUser user = f.signIn().signedIn(f.store().user(login).orElseThrow(), false);
        return new ColleagueService(f.store(), new UserAccessControl(user), audit, f.clock(), IdentityIT.ITERATIONS,
                f.registry());
    }

    private static String key(Runnable call) {
        return assertThrows(IdentityException.class, call::run).messageKey();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nobodyGivesThemselvesOrOthersMoreThanTheyHold(TestDatabase test, @TempDir Path home) throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            IdentityService justiceAdmin = as(f, "sfj-admin");
            User self = f.store().user("sfj-admin").orElseThrow();
            // the justice bureau's admin may not give himself (or anyone) housing's project-officer role ...
            assertEquals("identity.error.own-roles", key(() -> justiceAdmin.updateUser(self,
                    List.of(SeedData.DEPARTMENT_ADMIN, "justice-admin", "housing-staff"))));
            User lixiumei = f.store().user("lixiumei").orElseThrow();
            assertEquals("identity.error.role-not-assignable", key(() -> justiceAdmin.updateUser(lixiumei,
                    List.of("mediator", "housing-staff"))));
            User newcomer = new User("wuqiang", "吴强", UserKind.STAFF, "social-governance", null, null, null,
                    UserStatus.ACTIVE, true, null, 0, null);
            assertEquals("identity.error.role-not-assignable", key(() -> justiceAdmin.createUser(newcomer,
                    List.of("housing-staff"))));
            // ... nor a district-wide role, nor the platform administrators'
            assertEquals("identity.error.role-not-assignable", key(() -> justiceAdmin.createUser(newcomer,
                    List.of("legal-reviewer"))));
            assertEquals("identity.error.role-not-assignable", key(() -> justiceAdmin.createUser(newcomer,
                    List.of(SeedData.PLATFORM_ADMIN))));
            // an OWN role carrying another department's permissions is refused as well
            f.store().jdbi().useTransaction(h -> f.store().insertRole(h, new Role("mixed", "混合", "Mixed",
                    RoleScope.OWN, null, false, Set.of("mediation.case.read", "housing.project.view"))));
            assertEquals("identity.error.role-not-assignable", key(() -> justiceAdmin.createUser(newcomer,
                    List.of("mixed"))));
            assertFalse(justiceAdmin.assignableRoles().stream().map(Role::code).toList().contains("housing-staff"));
            assertFalse(justiceAdmin.assignableRoles().stream().map(Role::code).toList().contains("mixed"));
            // what he holds in his department he hands on
            justiceAdmin.createUser(newcomer, List.of("mediator"));
            assertEquals(List.of("mediator"), f.store().roleCodesOf("wuqiang"));

            // an enterprise user gets no administration, even in a role scoped OWN
            f.store().jdbi().useTransaction(h -> f.store().insertRole(h, new Role("ent-admin", "企业+管理",
                    "Enterprise admin", RoleScope.OWN, null, false, Set.of("identity.users.view"), UserKind.EXTERNAL)));
            User external = new User("ent-two", "企业二", UserKind.EXTERNAL, null, "91370212MA3C4XK2QQ", null, null,
                    UserStatus.ACTIVE, true, null, 0, null);
            assertEquals("identity.error.role-not-for-external", key(() -> as(f, "admin").createUser(external,
                    List.of("ent-admin"))));
        }
    }

    /**
     * Issue 16 items 1 and 3: an enterprise account names a registered enterprise by a well-formed code, and holds
     * enterprise roles only; a staff account never holds one; a role stays on its side of the table.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void enterpriseAccountsNeedARegisteredEnterpriseAndRolesOfTheirOwnSide(TestDatabase test, @TempDir Path home)
            throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            IdentityService admin = as(f, "admin");
            java.util.function.Function<String, User> external = uscc -> new User("hailan-xs", "孙海", UserKind.EXTERNAL,
                    null, uscc, null, null, UserStatus.ACTIVE, true, null, 0, null);
            assertEquals("identity.error.uscc-required", key(() -> admin.createUser(external.apply(" "),
                    List.of("enterprise"))));
            assertEquals("identity.error.uscc-format", key(() -> admin.createUser(external.apply("91370212MA3C4XK2Q"),
                    List.of("enterprise"))));
            // one character off: the check character (GB 32100-2015) no longer fits
            assertEquals("identity.error.uscc-check", key(() -> admin.createUser(external.apply("91370212MA3C4XK2QA"),
                    List.of("enterprise"))));
            // well-formed, but no such enterprise in the registry
            String unknown = cn.gov.laoshan.district.api.enterprise.Uscc.withCheck("91370212MA3C4XK2R").value();
            assertEquals("identity.error.uscc-not-registered", key(() -> admin.createUser(external.apply(unknown),
                    List.of("enterprise"))));
            // a staff role is never given to an enterprise user, however harmless it looks
            assertEquals("identity.error.staff-role-for-external", key(() -> admin.createUser(
                    external.apply(SeedData.HAILAN), List.of("enterprise", "mediator"))));
            assertTrue(f.store().user("hailan-xs").isEmpty(), "a refused account is not made at all");
            // lower-case and blanks around the code are the same code
            admin.createUser(external.apply(" " + SeedData.HAILAN.toLowerCase() + " "), List.of("enterprise"));
            assertEquals(SeedData.HAILAN, f.store().user("hailan-xs").orElseThrow().uscc());
            // several people represent one enterprise
            assertEquals(3, f.store().usersOfEnterprise(SeedData.HAILAN).size());

            // an enterprise role is never given to staff; a staff account carries no enterprise code
            User staff = new User("qianwei", "钱伟", UserKind.STAFF, "social-governance", SeedData.HAILAN, null, null,
                    UserStatus.ACTIVE, true, null, 0, null);
            assertEquals("identity.error.external-role-for-staff", key(() -> admin.createUser(staff,
                    List.of("mediator", "enterprise"))));
            admin.createUser(staff, List.of("mediator"));
            assertNull(f.store().user("qianwei").orElseThrow().uscc(), "staff never look like an enterprise's user");
            // and an existing enterprise user cannot be given a staff role later either
            User hailanCw = f.store().user("hailan-cw").orElseThrow();
            assertEquals("identity.error.staff-role-for-external", key(() -> admin.updateUser(hailanCw,
                    List.of("enterprise", "legal-reviewer"))));

            // a role mixing the sides: an enterprise role with administration or a district-wide reach is refused,
            // and a role does not change sides once made
            assertEquals("identity.error.external-role-rights", key(() -> admin.saveRole(new Role("ent-mixed",
                    "企业混合", "Mixed", RoleScope.OWN, null, false, Set.of("policy.result.read", "identity.users.view"),
                    UserKind.EXTERNAL), true)));
            assertEquals("identity.error.external-role-rights", key(() -> admin.saveRole(new Role("ent-wide",
                    "企业全区", "District-wide", RoleScope.ALL, null, false, Set.of("policy.result.read"),
                    UserKind.EXTERNAL), true)));
            Role mediator = f.store().role("mediator").orElseThrow();
            assertEquals("identity.error.role-kind-fixed", key(() -> admin.saveRole(new Role(mediator.code(),
                    mediator.nameZh(), mediator.nameEn(), mediator.scope(), null, false, mediator.permissions(),
                    UserKind.EXTERNAL), false)));
            assertTrue(f.store().role("ent-mixed").isEmpty());
            // what the user dialog offers follows the same rule
            assertTrue(admin.assignableRoles(UserKind.EXTERNAL).stream().allMatch(r -> r.kind() == UserKind.EXTERNAL));
            assertFalse(admin.assignableRoles(UserKind.STAFF).stream().anyMatch(r -> r.code().equals("enterprise")));
        }
    }

    /** Issue 16 item 3: an enterprise's administrator invites and disables colleagues of their own enterprise only. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEnterpriseAdministratorManagesTheColleaguesOfTheirOwnEnterpriseOnly(TestDatabase test, @TempDir Path home)
            throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            RecordingAuditLog audit = new RecordingAuditLog();
            ColleagueService hailanAdmin = colleaguesAs(f, "hailan-qy", () -> Optional.of(audit));
            assertEquals(List.of("hailan-qy", "hailan-cw"), hailanAdmin.colleagues().stream().map(User::login)
                    .sorted(java.util.Comparator.reverseOrder()).toList());

            String password = hailanAdmin.inviteColleague("hailan-xs", "孙海", "13589230000", null, false);
            assertTrue(password.length() >= 16);
            User invited = f.store().user("hailan-xs").orElseThrow();
            assertEquals(SeedData.HAILAN, invited.uscc(), "a colleague represents the inviter's enterprise");
            assertEquals(UserKind.EXTERNAL, invited.kind());
            assertTrue(invited.mustChangePassword());
            assertEquals(List.of("enterprise"), f.store().roleCodesOf("hailan-xs"),
                    "the inviter's own roles, without the administrators' unless asked");
            assertEquals(1, count(audit, "user.invite hailan-xs"));
            hailanAdmin.inviteColleague("hailan-zj", "周婕", null, null, true);
            assertEquals(List.of("enterprise", ColleagueService.ENTERPRISE_ADMIN), f.store().roleCodesOf("hailan-zj"));
            assertEquals("identity.error.login-taken", key(() -> hailanAdmin.inviteColleague("mingde-cw", "赵磊", null,
                    null, false)));

            hailanAdmin.disableColleague("hailan-cw");
            assertEquals(UserStatus.DISABLED, f.store().user("hailan-cw").orElseThrow().status());
            assertEquals(1, count(audit, "user.disable hailan-cw"));
            hailanAdmin.enableColleague("hailan-cw");
            assertEquals(UserStatus.ACTIVE, f.store().user("hailan-cw").orElseThrow().status());
            // another enterprise's people are not there for them, nor is their own account
            assertEquals("identity.error.no-such-user", key(() -> hailanAdmin.disableColleague("mingde-cw")));
            assertEquals("identity.error.no-such-user", key(() -> hailanAdmin.disableColleague("lixiumei")));
            assertEquals(UserStatus.ACTIVE, f.store().user("mingde-cw").orElseThrow().status());
            assertEquals("identity.error.own-account", key(() -> hailanAdmin.disableColleague("hailan-qy")));

            // a colleague who is not an administrator, and staff (a platform administrator included), may not
            assertThrows(AccessDeniedException.class, () -> colleaguesAs(f, "hailan-cw").inviteColleague("x-one", "某", null,
                    null, false));
            assertThrows(AccessDeniedException.class, () -> colleaguesAs(f, "admin").disableColleague("hailan-cw"));
            assertThrows(AccessDeniedException.class, () -> colleaguesAs(f, "admin").colleagues());
            // the other enterprise's administrator sees their own two only
            assertEquals(Set.of("mingde-qy", "mingde-cw"), Set.copyOf(colleaguesAs(f, "mingde-qy").colleagues().stream()
                    .map(User::login).toList()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nobodyTakesOverAnAccountHoldingMoreThanTheyCanGive(TestDatabase test, @TempDir Path home) throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            IdentityService platformAdmin = as(f, "admin");
            User placed = new User("pa-justice", "司法局的平台管理员", UserKind.STAFF, "justice", null, null, null,
                    UserStatus.ACTIVE, true, null, 0, null);
            platformAdmin.createUser(placed, List.of(SeedData.PLATFORM_ADMIN));

            IdentityService justiceAdmin = as(f, "sfj-admin");
            assertEquals("identity.error.account-above-you", key(() -> justiceAdmin.resetPassword("pa-justice")));
            assertEquals("identity.error.account-above-you", key(() -> justiceAdmin.disable("pa-justice")));
            assertEquals("identity.error.account-above-you", key(() -> justiceAdmin.updateUser(
                    f.store().user("pa-justice").orElseThrow(), List.of())));
            // zhaomin (justice) holds the district-wide legal reviewer's role: not the bureau admin's to take over
            assertEquals("identity.error.account-above-you", key(() -> justiceAdmin.resetPassword("zhaomin")));
            assertEquals(UserStatus.ACTIVE, f.store().user("pa-justice").orElseThrow().status());
            // his own mediators he may still reset
            assertTrue(justiceAdmin.resetPassword("lixiumei").length() >= 16);
            // the platform administrator may
            assertTrue(platformAdmin.resetPassword("pa-justice").length() >= 16);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void sessionsEndWhenAccessEnds(TestDatabase test, @TempDir Path home) throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            IdentityService justiceAdmin = as(f, "sfj-admin");
            String password = IdentityIT.demoPassword(home, "lixiumei");

            SignedInUser session = f.signIn().authenticate("lixiumei", password.toCharArray(), "10.0.0.1").orElseThrow();
            assertTrue(f.signIn().stillValid(session));
            justiceAdmin.disable("lixiumei");
            assertFalse(f.signIn().stillValid(session), "disabled");
            justiceAdmin.enable("lixiumei");
            assertFalse(f.signIn().stillValid(session), "enabling again does not bring the old session back");

            session = f.signIn().authenticate("lixiumei", password.toCharArray(), "10.0.0.1").orElseThrow();
            justiceAdmin.updateUser(f.store().user("lixiumei").orElseThrow(), List.of());
            assertFalse(f.signIn().stillValid(session), "role removed");
            justiceAdmin.updateUser(f.store().user("lixiumei").orElseThrow(), List.of("mediator"));

            session = f.signIn().authenticate("lixiumei", password.toCharArray(), "10.0.0.1").orElseThrow();
            String reset = justiceAdmin.resetPassword("lixiumei");
            assertFalse(f.signIn().stillValid(session), "password reset");

            // her own change ends her other sessions, not the one she changes it in
            SignedInUser first = f.signIn().authenticate("lixiumei", reset.toCharArray(), "10.0.0.1").orElseThrow();
            SignedInUser second = f.signIn().authenticate("lixiumei", reset.toCharArray(), "10.0.0.2").orElseThrow();
            assertTrue(first.mustChangePassword());
            assertEquals(List.of(), f.signIn().changePassword("lixiumei", reset.toCharArray(),
                    "Laoshan-mediation-2026".toCharArray()));
            SignedInUser changed = first.withPasswordChanged(f.signIn().accessVersion("lixiumei"));
            assertTrue(f.signIn().stillValid(changed));
            assertFalse(f.signIn().stillValid(second), "the other session of the password change");

            // a role's permissions changed: its holders sign in again
            SignedInUser mediator = f.signIn().authenticate("lixiumei", "Laoshan-mediation-2026".toCharArray(),
                    "10.0.0.1").orElseThrow();
            Role role = f.store().role("mediator").orElseThrow();
            as(f, "admin").saveRole(new Role(role.code(), role.nameZh(), role.nameEn(), role.scope(),
                    role.departmentCode(), false, Set.of("mediation.case.read")), false);
            assertFalse(f.signIn().stillValid(mediator), "role narrowed");

            // absolute lifetime: 12 hours whatever the activity
            SignedInUser morning = f.signIn().authenticate("lixiumei", "Laoshan-mediation-2026".toCharArray(),
                    "10.0.0.1").orElseThrow();
            f.clock().advance(Duration.ofHours(11).plusMinutes(59));
            assertTrue(f.signIn().stillValid(morning));
            f.clock().advance(Duration.ofMinutes(2));
            assertFalse(f.signIn().stillValid(morning), "older than 12 hours");

            // the forced change: nothing may be called before it, not even one's own profile
            assertFalse(first.may(SignIn.PROFILE));
            assertFalse(first.may("mediation.case.read"));
            assertTrue(first.scope("mediation.case.read").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void wrongCurrentPasswordsCountTowardTheLockout(TestDatabase test, @TempDir Path home) throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            String password = IdentityIT.demoPassword(home, "lixiumei");
            SignedInUser session = f.signIn().authenticate("lixiumei", password.toCharArray(), "10.0.0.1").orElseThrow();
            for (int i = 0; i < 5; i++) {
                assertEquals(List.of("identity.password.wrong-current"), f.signIn().changePassword("lixiumei",
                        ("guess-" + i).toCharArray(), "Laoshan-mediation-2026".toCharArray()));
            }
            assertEquals(UserStatus.LOCKED, f.store().user("lixiumei").orElseThrow().status());
            assertFalse(f.signIn().stillValid(session), "the lockout ends the session that guessed");
            assertEquals(List.of("identity.password.wrong-current"), f.signIn().changePassword("lixiumei",
                    password.toCharArray(), "Laoshan-mediation-2026".toCharArray()), "locked: not even the right one");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void parallelWrongAttemptsNeverCheckMorePasswordsThanTheLockoutAllows(TestDatabase test, @TempDir Path home)
            throws Exception {
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            RecordingAuditLog audit = new RecordingAuditLog();
            SignInThrottle throttle = new SignInThrottle(100, 4, 100, Duration.ofSeconds(60));
            SignIn signIn = new SignIn(f.store(), () -> PasswordPolicy.DEFAULT, f.clock(), () -> Optional.of(audit),
                    IdentityIT.ITERATIONS, throttle);
            int attempts = 24;
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<SignedInUser>>> results = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    String guess = "guess-" + i;
                    results.add(pool.submit(() -> {
                        go.await();
                        return signIn.authenticate("lixiumei", guess.toCharArray(), "10.0.1." + guess.length());
                    }));
                }
                go.countDown();
                for (Future<Optional<SignedInUser>> result : results) {
                    assertTrue(result.get(60, TimeUnit.SECONDS).isEmpty());
                }
            } finally {
                pool.shutdownNow();
            }
            long checked = count(audit, "wrong password");
            assertTrue(checked <= PasswordPolicy.DEFAULT.maxFailures(),
                    checked + " passwords checked by " + attempts + " parallel attempts: " + texts(audit));
            assertEquals(PasswordPolicy.DEFAULT.maxFailures(), checked, "the allowance itself is used");
            assertEquals(1, count(audit, "user.lockout"));
            assertEquals(UserStatus.LOCKED, f.store().user("lixiumei").orElseThrow().status());
            // and the right password is no help now
            String password = IdentityIT.demoPassword(home, "lixiumei");
            assertTrue(signIn.authenticate("lixiumei", password.toCharArray(), "10.0.2.1").isEmpty());
        }
    }

    /**
     * 40 strangers' sign-ins with made-up logins, from ten addresses, keep coming while a real user signs in. Made-up
     * logins cost no hash (they wait as long as one, without the CPU) and at most four per address are under way, so
     * the real sign-in waits for its own hash only. Checked against that design (how many hashes the flood cost) and
     * against the 2 s the issue asks for, with the real Argon2id cost.
     */
    @Test
    void aFloodOfUnknownLoginsLeavesARealSignInFast(@TempDir Path home) throws Exception {
        TestDatabase test = TestDatabase.available().get(0);
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            PasswordCost iterations = PasswordCost.OWASP;
            String password = "Laoshan-real-user-2026";
            f.store().jdbi().useTransaction(h -> f.store().updatePassword(h, "zhanghua",
                    PasswordHash.hash(password.toCharArray(), iterations), false, Instant.now()));
            SignInThrottle throttle = SignInThrottle.forThisMachine();
            SignIn signIn = new SignIn(f.store(), () -> PasswordPolicy.DEFAULT, f.clock(), Optional::empty, iterations,
                    throttle);

            long alone = timed(() -> signIn.authenticate("zhanghua", password.toCharArray(), "10.9.9.9"));
            AtomicBoolean flooding = new AtomicBoolean(true);
            AtomicInteger strangers = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(40);
            try {
                for (int i = 0; i < 40; i++) {
                    String address = "203.0.113." + (i % 10);
                    pool.submit(() -> {
                        while (flooding.get()) {
                            try {
                                signIn.authenticate("nobody-" + strangers.incrementAndGet(), "x".toCharArray(), address);
                            } catch (SignInThrottledException e) {
                                refused.incrementAndGet();
                                Thread.onSpinWait();
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(1_500);
                long hashesBefore = throttle.hashes();
                long during = timed(() -> signIn.authenticate("zhanghua", password.toCharArray(), "10.9.9.9"));
                long floodHashes = throttle.hashes() - hashesBefore - 1;
                System.out.printf("real sign-in alone %d ms, during a flood of %d made-up logins %d ms (%d refused)%n",
                        alone, strangers.get(), during, refused.get());
                assertTrue(floodHashes <= 0, "made-up logins cost " + floodHashes + " hashes");
                assertTrue(strangers.get() >= 40, "the flood ran: " + strangers.get());
                assertTrue(during < Math.max(2_000, 3 * alone),
                        "a real sign-in took " + during + " ms during the flood, " + alone + " ms alone");
            } finally {
                flooding.set(false);
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A storm of real sign-ins (issue 22: 300 in 60 s while 300 others navigate; here 16 at once) with the real Argon2id
     * cost: every one signs in, their password checks run on the bounded pool only — never more at once than its
     * threads (one, as on the district's 2-core machine) —, and the check each navigation makes (is the session's
     * account still active, its access unchanged: {@code stillValid}) goes on meanwhile, never waiting for the pool.
     */
    @Test
    void aStormOfRealSignInsHashesOnTheBoundedPoolWhileNavigationGoesOn(@TempDir Path home) throws Exception {
        TestDatabase test = TestDatabase.available().get(0);
        IdentityIT.Fixture f = IdentityIT.fixture(test, home);
        try (test; Database database = f.database()) {
            PasswordCost cost = PasswordCost.OWASP;
            String password = "Laoshan-storm-user-2026";
            // eight people, two sign-ins each: parallel sign-ins of one account beyond the lockout allowance are
            // refused by design (the attempt is reserved before its hash), a storm is of many people
            List<String> people = List.of("zhanghua", "liuyang", "chenjing", "sunwei", "zhaomin", "sunli", "gaoyan",
                    "xuming");
            String hash = PasswordHash.hash(password.toCharArray(), cost);
            f.store().jdbi().useTransaction(h -> {
                for (String login : people) {
                    f.store().updatePassword(h, login, hash, false, Instant.now());
                }
            });
            SignedInUser navigating = f.signIn().authenticate("lixiumei",
                    IdentityIT.demoPassword(home, "lixiumei").toCharArray(), "10.8.0.1").orElseThrow();
            SignInThrottle throttle = new SignInThrottle(4, 1, 64, Duration.ofMinutes(2));
            SignIn signIn = new SignIn(f.store(), () -> PasswordPolicy.DEFAULT, f.clock(), Optional::empty, cost,
                    throttle);

            int storm = 16;
            AtomicInteger signedIn = new AtomicInteger();
            AtomicInteger navigationsWhileSigningIn = new AtomicInteger();
            AtomicBoolean navigationFailed = new AtomicBoolean();
            Thread navigation = new Thread(() -> {
                while (signedIn.get() < storm) {
                    navigationFailed.compareAndSet(false, !signIn.stillValid(navigating));
                    if (signedIn.get() < storm) {
                        navigationsWhileSigningIn.incrementAndGet();
                    }
                }
            }, "navigation");
            ExecutorService pool = Executors.newFixedThreadPool(storm);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<SignedInUser>>> results = new ArrayList<>();
                for (int i = 0; i < storm; i++) {
                    String address = "10.8.1." + i;
                    String login = people.get(i % people.size());
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            return signIn.authenticate(login, password.toCharArray(), address);
                        } finally {
                            signedIn.incrementAndGet();
                        }
                    }));
                }
                navigation.start();
                go.countDown();
                for (Future<Optional<SignedInUser>> result : results) {
                    assertTrue(result.get(2, TimeUnit.MINUTES).isPresent(), "every sign-in of the storm succeeds");
                }
                navigation.join(TimeUnit.MINUTES.toMillis(1));
            } finally {
                pool.shutdownNow();
            }
            System.out.printf("storm of %d sign-ins: %d hashes, at most %d at once (typical %d ms); %d navigation"
                    + " checks meanwhile%n", storm, throttle.hashes(), throttle.peakHashing(),
                    throttle.typicalHash().toMillis(), navigationsWhileSigningIn.get());
            assertEquals(storm, throttle.hashes(), "one check per sign-in");
            assertEquals(1, throttle.peakHashing(), "never more checks at once than the pool's threads");
            assertFalse(navigationFailed.get(), "the navigating user's session stays good");
            assertTrue(navigationsWhileSigningIn.get() > storm,
                    "navigation went on during the storm: " + navigationsWhileSigningIn.get() + " checks");
        }
    }

    private static long timed(java.util.function.Supplier<Optional<SignedInUser>> signIn) {
        long start = System.nanoTime();
        assertTrue(signIn.get().isPresent(), "the real user signs in");
        return (System.nanoTime() - start) / 1_000_000;
    }
}
