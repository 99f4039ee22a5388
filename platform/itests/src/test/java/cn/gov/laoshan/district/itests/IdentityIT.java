package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityException;
import cn.gov.laoshan.district.identity.service.IdentityService;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.DemoRoleSeeding;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.registry.RegistryModule;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.JdbiEnterpriseRegistry;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** Identity on Derby and PostgreSQL: lockout with a moved clock, forced password change, department scopes. */
class IdentityIT {

    /** A light Argon2id cost keeps the test fast; the platform uses {@link PasswordCost#OWASP}. */
    static final PasswordCost ITERATIONS = PasswordCost.light();
    private static final Instant START = Instant.parse("2026-11-27T01:00:00Z");

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** @param registry the real registry on the same database, holding the demo users' two enterprises */
    record Fixture(Database database, IdentityStore store, MutableClock clock, SignIn signIn,
            Supplier<Optional<EnterpriseRegistry>> registry) {
    }

    static Fixture fixture(TestDatabase test, Path home) throws Exception {
        Database database = Database.open(test.settings());
        database.migrateFromClassPath("platform", "migrations_identity", IdentityIT.class.getClassLoader(),
                "cn/gov/laoshan/district/identity/db");
        IdentityStore store = new IdentityStore(database.jdbi("platform"));
        MutableClock clock = new MutableClock(START);
        SeedData seed = new SeedData(store, clock, ITERATIONS);
        seed.platformBasics(PasswordHash.hash("bootstrap-secret".toCharArray(), ITERATIONS));
        seed.demoCast(home.resolve("demo-accounts.txt"));
        // the roles mediation and housing bring, as when they start on a home with demo data
        DemoRoleSeeding plugins = new DemoRoleSeeding(store, Optional::empty, clock);
        plugins.seed("mediation", declaredDemoRoles("mediation", "cn.gov.laoshan.district.mediation.service.MediationRoles"));
        plugins.seed("housing", declaredDemoRoles("housing", "cn.gov.laoshan.district.housing.service.HousingRoles"));
        // and a district-wide role, as a policy plugin would bring it (one a bureau's administrator cannot give)
        plugins.seed("policy", List.of(DemoRole.staff("legal-reviewer", "合法性审查员", "Legal reviewer",
                DemoRole.Scope.ALL, null, Set.of("policy.draft.review"), List.of("zhaomin"))));
        SignIn signIn = new SignIn(store, () -> PasswordPolicy.DEFAULT, clock, Optional::empty, ITERATIONS);
        RegistryModule.migrate(database);
        JdbiEnterpriseRegistry registry = new JdbiEnterpriseRegistry(database.jdbi(Database.PLATFORM_SCHEMA),
                new TestAccess().as("system", null, EnterpriseRegistry.PERMISSION_READ), Optional::empty,
                new EventPublisher(null), clock, new cn.gov.laoshan.district.registry.ui.XlsxTables());
        registry.save(List.of(enterprise(SeedData.HAILAN, "青岛海澜智联科技有限公司"),
                enterprise(SeedData.MINGDE, "青岛明德长青海洋生物科技有限公司")));
        return new Fixture(database, store, clock, signIn, () -> Optional.of(registry));
    }

    /**
     * The demo roles a plugin declares (its {@code DEMO} list), read from its built jar: the plugins are not on this
     * module's test class path (they run as bundles in the platforms the tests start).
     */
    @SuppressWarnings("unchecked")
    static List<DemoRole> declaredDemoRoles(String plugin, String declaringClass) throws Exception {
        java.net.URL jar = PluginJars.named("district-plugin-" + plugin).toUri().toURL();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar},
                IdentityIT.class.getClassLoader())) {
            return (List<DemoRole>) loader.loadClass(declaringClass).getField("DEMO").get(null);
        }
    }

    static Enterprise enterprise(String uscc, String name) {
        return new Enterprise(Uscc.parse(uscc), name, "有限责任公司", "林海澜", new java.math.BigDecimal("5000000"),
                java.time.LocalDate.of(2018, 5, 8), "青岛市崂山区株洲路 151 号", "I6513", EnterpriseStatus.OPERATING,
                CreditGrade.A, EnterpriseSize.SMALL);
    }

    static String demoPassword(Path home, String login) throws Exception {
        return Files.readAllLines(home.resolve("demo-accounts.txt")).stream().filter(l -> l.startsWith(login + "\t"))
                .findFirst().orElseThrow().split("\t")[1];
    }

    /**
     * A hash stored before Argon2id (PBKDF2) still lets its owner in, and that sign-in replaces it by an Argon2id
     * hash; a wrong password changes nothing, and the password's age and the other sessions stay as they were.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOlderPasswordHashIsReplacedAtTheNextSignIn(TestDatabase test, @TempDir Path home) throws Exception {
        Fixture f = fixture(test, home);
        try (test; Database database = f.database()) {
            String password = demoPassword(home, "lixiumei");
            String legacy = PasswordHash.legacyPbkdf2(password.toCharArray(), 1_000);
            Instant changed = START.minus(Duration.ofDays(20));
            f.store().jdbi().useTransaction(h -> f.store().updatePassword(h, "lixiumei", legacy, false, changed));

            assertTrue(f.signIn().authenticate("lixiumei", "wrong".toCharArray(), "127.0.0.1").isEmpty());
            assertEquals(legacy, f.store().passwordHash("lixiumei").orElseThrow(), "a wrong password upgrades nothing");

            assertTrue(f.signIn().authenticate("lixiumei", password.toCharArray(), "127.0.0.1").isPresent());
            String upgraded = f.store().passwordHash("lixiumei").orElseThrow();
            assertTrue(upgraded.startsWith("$argon2id$v=19$m=" + ITERATIONS.memoryKiB() + ","), upgraded);
            assertFalse(PasswordHash.needsUpgrade(upgraded, ITERATIONS));
            assertEquals(changed, f.store().user("lixiumei").orElseThrow().passwordChangedAt(),
                    "the same password: its age is kept");

            assertTrue(f.signIn().authenticate("lixiumei", password.toCharArray(), "127.0.0.1").isPresent());
            assertEquals(upgraded, f.store().passwordHash("lixiumei").orElseThrow(), "upgraded once");
            assertTrue(f.signIn().authenticate("lixiumei", "wrong".toCharArray(), "127.0.0.1").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fiveFailuresLockForFifteenMinutesWithTheSameAnswer(TestDatabase test, @TempDir Path home) throws Exception {
        Fixture f = fixture(test, home);
        try (test; Database database = f.database()) {
            String password = demoPassword(home, "lixiumei");
            for (int i = 0; i < 4; i++) {
                assertTrue(f.signIn().authenticate("lixiumei", "wrong".toCharArray(), "127.0.0.1").isEmpty());
            }
            assertEquals(UserStatus.ACTIVE, f.store().user("lixiumei").orElseThrow().status());
            assertTrue(f.signIn().authenticate("lixiumei", "wrong".toCharArray(), "127.0.0.1").isEmpty());
            User locked = f.store().user("lixiumei").orElseThrow();
            assertEquals(UserStatus.LOCKED, locked.status());
            assertEquals(START.plus(Duration.ofMinutes(15)), locked.lockedUntil());

            // the right password does not help while locked, and the answer is the same "no"
            assertTrue(f.signIn().authenticate("lixiumei", password.toCharArray(), "127.0.0.1").isEmpty());
            f.clock().advance(Duration.ofMinutes(14));
            assertTrue(f.signIn().authenticate("lixiumei", password.toCharArray(), "127.0.0.1").isEmpty());
            f.clock().advance(Duration.ofMinutes(2));
            SignedInUser user = f.signIn().authenticate("lixiumei", password.toCharArray(), "127.0.0.1").orElseThrow();
            assertEquals("李秀梅", user.displayName());
            assertTrue(user.may("mediation.case.register"));
            assertFalse(user.may("mediation.case.assign"));
            assertEquals(0, f.store().user("lixiumei").orElseThrow().failedAttempts());
            assertTrue(f.signIn().authenticate("nobody", "x".toCharArray(), "127.0.0.1").isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theBootstrapAdministratorMustChooseAPasswordFirst(TestDatabase test, @TempDir Path home) throws Exception {
        Fixture f = fixture(test, home);
        try (test; Database database = f.database()) {
            SignedInUser admin = f.signIn().authenticate("admin", "bootstrap-secret".toCharArray(), null).orElseThrow();
            assertTrue(admin.mustChangePassword());
            assertTrue(admin.platformAdmin());
            assertEquals(List.of("identity.password.too-short"),
                    f.signIn().changePassword("admin", "bootstrap-secret".toCharArray(), "short".toCharArray()));
            assertEquals(List.of("identity.password.wrong-current"),
                    f.signIn().changePassword("admin", "not-it".toCharArray(), "Laoshan-district-2026".toCharArray()));
            assertEquals(List.of(), f.signIn().changePassword("admin", "bootstrap-secret".toCharArray(),
                    "Laoshan-district-2026".toCharArray()));
            SignedInUser again = f.signIn().authenticate("admin", "Laoshan-district-2026".toCharArray(), null)
                    .orElseThrow();
            assertFalse(again.mustChangePassword());
            assertTrue(f.signIn().authenticate("admin", "bootstrap-secret".toCharArray(), null).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void departmentAdministratorsManageTheirOwnDepartmentOnly(TestDatabase test, @TempDir Path home) throws Exception {
        Fixture f = fixture(test, home);
        try (test; Database database = f.database()) {
            SignedInUser marketAdmin = f.signIn().signedIn(f.store().user("scj-admin").orElseThrow(), false);
            IdentityService asMarketAdmin = new IdentityService(f.store(), new UserAccessControl(marketAdmin),
                    Optional::empty, f.clock(), ITERATIONS, f.registry());

            List<String> visible = asMarketAdmin.users(null, "login", true, 0, 100).stream().map(User::login).toList();
            assertEquals(List.of("liuyang", "scj-admin"), visible);
            assertEquals(2, asMarketAdmin.countUsers(null));
            assertTrue(asMarketAdmin.user("wangjianguo").isEmpty(), "a user of another department stays invisible");

            User inShazikou = new User("zhouqiang", "周强", UserKind.STAFF, "market-shazikou", null, "13800000000", null,
                    UserStatus.ACTIVE, true, null, 0, null);
            String initial = asMarketAdmin.createUser(inShazikou, Set.of(SeedData.REGISTRY_EDITOR));
            assertTrue(initial.length() >= 16);
            assertTrue(f.store().user("zhouqiang").orElseThrow().mustChangePassword());

            User inJustice = new User("qianli", "钱力", UserKind.STAFF, "justice", null, null, null, UserStatus.ACTIVE,
                    true, null, 0, null);
            assertEquals("identity.error.department-out-of-scope", assertThrows(IdentityException.class,
                    () -> asMarketAdmin.createUser(inJustice, Set.of())).messageKey());
            User another = new User("zhaolei", "赵磊", UserKind.STAFF, "market", null, null, null, UserStatus.ACTIVE, true,
                    null, 0, null);
            assertEquals("identity.error.role-not-assignable", assertThrows(IdentityException.class,
                    () -> asMarketAdmin.createUser(another, Set.of(SeedData.PLATFORM_ADMIN))).messageKey());
            assertThrows(AccessDeniedException.class, () -> asMarketAdmin.saveRole(f.store().role("mediator")
                    .orElseThrow(), false));

            SignedInUser staff = f.signIn().signedIn(f.store().user("liuyang").orElseThrow(), false);
            IdentityService asStaff = new IdentityService(f.store(), new UserAccessControl(staff), Optional::empty,
                    f.clock(), ITERATIONS, f.registry());
            assertThrows(AccessDeniedException.class, () -> asStaff.users(null, "login", true, 0, 10));
            assertThrows(AccessDeniedException.class, () -> asStaff.resetPassword("scj-admin"));
            assertThrows(AccessDeniedException.class, () -> asStaff.disable("scj-admin"));
        }
    }
}
