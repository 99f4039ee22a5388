package cn.gov.laoshan.district.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserKind;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * Individual users (政务体验官, issue 26): a third side of the table. Their roles are theirs only — never a staff or an
 * enterprise role for them, never theirs for staff —, least privilege (OWN, no administration), and their session
 * carries no department and no enterprise.
 */
class IndividualUsersTest {

    private static final DemoRole OFFICER_ROLE = DemoRole.individual("experience-officer", "政务体验官",
            "Service experience officer", Set.of("servicehall.experience.task.read"),
            // a staff account and an enterprise account are left out
            List.of("tiyan-wangfang", "sunli", "hailan-qy"));

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void individualUsersHoldOnlyTheirOwnSidesRoles(TestDatabase test, @TempDir Path home) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_identity",
                    getClass().getClassLoader(), "cn/gov/laoshan/district/identity/db");
            IdentityStore store = new IdentityStore(database.jdbi(Database.PLATFORM_SCHEMA));
            SeedData seed = new SeedData(store, Clock.systemUTC(), PasswordCost.light());
            seed.platformBasics(PasswordHash.hash("bootstrap".toCharArray(), PasswordCost.light()));
            seed.demoCast(home.resolve("demo-accounts.txt"));
            User wangfang = store.user("tiyan-wangfang").orElseThrow();
            assertEquals(UserKind.INDIVIDUAL, wangfang.kind());
            assertNull(wangfang.departmentCode());
            assertNull(wangfang.uscc());

            RecordingAuditLog audit = new RecordingAuditLog(new TestAccess().asAdmin("system"));
            DemoRoleSeeding seeding = new DemoRoleSeeding(store, () -> Optional.of(audit), Clock.systemUTC());
            assertEquals(List.of("experience-officer"), seeding.seed("servicehall", List.of(OFFICER_ROLE)));
            Role officer = store.role("experience-officer").orElseThrow();
            assertEquals(UserKind.INDIVIDUAL, officer.kind());
            assertEquals(List.of("experience-officer"), store.roleCodesOf("tiyan-wangfang"));
            assertEquals(List.of(), store.roleCodesOf("sunli"), "an individual users' role never reaches staff");
            assertFalse(store.roleCodesOf("hailan-qy").contains("experience-officer"));

            // the session: the permission, for no department, no enterprise
            SignedInUser session = new SignIn(store, () -> cn.gov.laoshan.district.identity.domain.PasswordPolicy.DEFAULT,
                    Clock.systemUTC(), Optional::empty, PasswordCost.light()).signedIn(wangfang, false);
            assertTrue(session.individual());
            assertTrue(session.asCurrentUser().individual());
            assertTrue(session.may("servicehall.experience.task.read"));
            assertEquals(DepartmentScope.NONE, session.scope("servicehall.experience.task.read"));
            assertFalse(session.external());

            // the administration: even a platform administrator cannot mix the sides
            TestAccess admin = new TestAccess().asAdmin("admin");
            IdentityService service = new IdentityService(store, admin, () -> Optional.of(audit), Clock.systemUTC(),
                    PasswordCost.light(), Optional::empty);
            assertEquals(List.of("experience-officer"),
                    service.assignableRoles(UserKind.INDIVIDUAL).stream().map(Role::code).toList());
            assertFalse(service.assignableRoles(UserKind.STAFF).stream().anyMatch(r -> r.code().equals("experience-officer")));
            IdentityException staffRole = assertThrows(IdentityException.class,
                    () -> service.createUser(individual("tiyan-zhao"), List.of("department-admin")));
            assertEquals("identity.error.role-not-for-individual", staffRole.messageKey());
            IdentityException enterpriseRole = assertThrows(IdentityException.class,
                    () -> service.createUser(individual("tiyan-zhao"), List.of("enterprise")));
            assertEquals("identity.error.role-not-for-individual", enterpriseRole.messageKey());
            IdentityException forStaff = assertThrows(IdentityException.class, () -> service.createUser(
                    new User("clerk-two", "窗口二", UserKind.STAFF, "approval", null, null, null, UserStatus.ACTIVE, true,
                            null, 0, null), List.of("experience-officer")));
            assertEquals("identity.error.individual-role-for-staff", forStaff.messageKey());
            assertTrue(store.user("tiyan-zhao").isEmpty() && store.user("clerk-two").isEmpty(), "nothing stored");

            // a role for individual users is least privilege, like an enterprise role
            IdentityException wide = assertThrows(IdentityException.class, () -> service.saveRole(new Role("officers-wide",
                    "体验官（全区）", "Officers (district)", RoleScope.ALL, null, false,
                    Set.of("servicehall.experience.task.read"), UserKind.INDIVIDUAL), true));
            assertEquals("identity.error.external-role-rights", wide.messageKey());

            // an individual user is made with their own role, and whatever department or USCC the form held is dropped
            service.createUser(new User("tiyan-zhao", "赵越（政协委员）", UserKind.INDIVIDUAL, "approval",
                    "91370212MA3C4XK2QQ", null, null, UserStatus.ACTIVE, true, null, 0, null), List.of("experience-officer"));
            User zhao = store.user("tiyan-zhao").orElseThrow();
            assertEquals(UserKind.INDIVIDUAL, zhao.kind());
            assertNull(zhao.departmentCode());
            assertNull(zhao.uscc());
            assertEquals(List.of("experience-officer"), store.roleCodesOf("tiyan-zhao"));

            // a plugin makes the account of a person it accepted (an officer approved online): deny by default, the
            // individual roles that grant its permission only, a first password to change, audited as the caller
            TestAccess centre = TestAccess.staff("sunli", "approval", "servicehall.experience.manage");
            IndividualAccountService accounts = new IndividualAccountService(store, centre,
                    () -> Optional.of(audit), Clock.systemUTC(), PasswordCost.light());
            assertThrows(cn.gov.laoshan.district.api.security.AccessDeniedException.class,
                    () -> accounts.create("tiyan-zhou", "周毅", "13791820303", "servicehall.experience.task.read"));
            centre.hold("servicehall.experience.manage", IndividualAccounts.CREATE);
            assertEquals("identity.error.login-taken", assertThrows(IdentityException.class, () -> accounts.create(
                    "sunli", "周毅", "13791820303", "servicehall.experience.task.read")).messageKey());
            assertEquals("identity.error.login-format", assertThrows(IdentityException.class, () -> accounts.create(
                    "周毅", "周毅", "13791820303", "servicehall.experience.task.read")).messageKey());
            assertEquals("identity.error.phone-format", assertThrows(IdentityException.class, () -> accounts.create(
                    "tiyan-zhou", "周毅", "1379182", "servicehall.experience.task.read")).messageKey());
            assertEquals("identity.error.no-individual-role", assertThrows(IdentityException.class,
                    () -> accounts.create("tiyan-zhou", "周毅", "13791820303", "identity.users.manage")).messageKey(),
                    "no individual role grants an administration permission: none is handed out");
            assertTrue(store.user("tiyan-zhou").isEmpty(), "nothing stored");
            int audited = audit.entries().size();
            String first = accounts.create("tiyan-zhou", "周毅", "13791820303", "servicehall.experience.task.read");
            User zhou = store.user("tiyan-zhou").orElseThrow();
            assertEquals(UserKind.INDIVIDUAL, zhou.kind());
            assertNull(zhou.departmentCode());
            assertNull(zhou.uscc());
            assertTrue(zhou.mustChangePassword(), "changed at the first sign-in");
            assertTrue(PasswordHash.verify(first.toCharArray(), store.passwordHash("tiyan-zhou").orElseThrow()));
            assertEquals(List.of("experience-officer"), store.roleCodesOf("tiyan-zhou"));
            assertEquals(audited + 1, audit.entries().size());
            assertEquals("user.create", audit.entries().get(audited).action());
            assertEquals("tiyan-zhou", audit.entries().get(audited).objectId());
            assertEquals("identity.error.login-taken", assertThrows(IdentityException.class, () -> accounts.create(
                    "tiyan-zhou", "周毅", "13791820303", "servicehall.experience.task.read")).messageKey());
        }
    }

    private static User individual(String login) {
        return new User(login, "赵越（政协委员）", UserKind.INDIVIDUAL, null, null, null, null, UserStatus.ACTIVE, true,
                null, 0, null);
    }
}
