package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.identity.DirectoryEntry;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.PasswordPolicy;
import cn.gov.laoshan.district.identity.domain.UserStatus;
import cn.gov.laoshan.district.identity.service.IdentityStore;
import cn.gov.laoshan.district.identity.service.SeedData;
import cn.gov.laoshan.district.identity.service.SignIn;
import cn.gov.laoshan.district.identity.service.StaffDirectory;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/**
 * The user directory plugins pick people from, on Derby and PostgreSQL over the demo cast: search by part of a
 * name or of a login (any case), disabled and external users left out, the limit kept, no signed-in staff refused.
 */
class UserDirectoryIT {

    private static final PasswordCost ITERATIONS = PasswordCost.light();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static List<String> logins(List<DirectoryEntry> entries) {
        return entries.stream().map(DirectoryEntry::login).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void staffFindColleaguesByNameOrLogin(TestDatabase test, @TempDir Path home) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_identity", getClass().getClassLoader(),
                    "cn/gov/laoshan/district/identity/db");
            IdentityStore store = new IdentityStore(database.jdbi("platform"));
            MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
            SeedData seed = new SeedData(store, clock, ITERATIONS);
            seed.platformBasics(PasswordHash.hash("bootstrap-secret".toCharArray(), ITERATIONS));
            seed.demoCast(home.resolve("demo-accounts.txt"));
            SignIn signIn = new SignIn(store, () -> PasswordPolicy.DEFAULT, clock, Optional::empty, ITERATIONS);
            UserDirectory asZhanghua = new StaffDirectory(store.jdbi(),
                    new UserAccessControl(signIn.signedIn(store.user("zhanghua").orElseThrow(), false)));

            // part of a name; part of a login in any case
            assertEquals(List.of(new DirectoryEntry("wangjianguo", "王建国", "social-governance", "区社会治理中心",
                    "Social Governance Centre")),
                    asZhanghua.search("建国", 10));
            assertEquals(List.of("sunli", "sunwei"), logins(asZhanghua.search("SUN", 10)).stream().sorted().toList());
            assertEquals(logins(asZhanghua.search("sun", 10)), logins(asZhanghua.search("Sun", 10)));
            // a % is a character, not a wildcard
            assertEquals(List.of(), asZhanghua.search("%", 10));
            // 海 is in 郑海涛 (staff) and 林海澜 (an enterprise's representative): only the staff member is listed
            assertEquals(List.of("zjj-admin"), logins(asZhanghua.search("海", 10)));
            assertEquals(Optional.empty(), asZhanghua.find("hailan-qy"));
            assertEquals("区住房和城乡建设局", asZhanghua.find("zhanghua").orElseThrow().departmentName());
            assertEquals("张华 (Housing and Urban-Rural Development Bureau)",
                    asZhanghua.find("zhanghua").orElseThrow().label(java.util.Locale.ENGLISH));

            // blank text: the first ones by name; the limit is kept and checked
            List<DirectoryEntry> all = asZhanghua.search("  ", 50);
            assertEquals(18, all.size(), "the admin and 17 staff of the demo cast");
            assertEquals(all.subList(0, 3), asZhanghua.search(null, 3));
            assertEquals(1, asZhanghua.search("", 1).size());
            assertThrows(IllegalArgumentException.class, () -> asZhanghua.search("", 0));
            assertThrows(IllegalArgumentException.class, () -> asZhanghua.search("", 51));

            // a disabled user is gone from search and find; one locked out for a while after failures is not
            store.jdbi().useTransaction(h -> {
                store.updateSignInState(h, "lixiumei", UserStatus.DISABLED, 0, null);
                store.updateSignInState(h, "sunli", UserStatus.LOCKED, 5, clock.instant().plusSeconds(900));
            });
            assertEquals(List.of(), asZhanghua.search("李秀", 10));
            assertEquals(Optional.empty(), asZhanghua.find("lixiumei"));
            assertEquals(17, asZhanghua.search(null, 50).size());
            assertEquals("孙丽", asZhanghua.find("sunli").orElseThrow().displayName());
            assertEquals(Optional.empty(), asZhanghua.find("nobody"));

            // no signed-in user, or an enterprise's representative: refused
            UserDirectory anonymous = new StaffDirectory(store.jdbi(), TestAccess.nobody());
            assertThrows(AccessDeniedException.class, () -> anonymous.search("王", 10));
            assertThrows(AccessDeniedException.class, () -> anonymous.find("wangjianguo"));
            UserDirectory asEnterprise = new StaffDirectory(store.jdbi(),
                    new UserAccessControl(signIn.signedIn(store.user("hailan-qy").orElseThrow(), false)));
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> asEnterprise.search("", 5));
            assertEquals("identity.profile", refused.permission());
            assertTrue(asZhanghua.search("王", 10).stream().allMatch(e -> e.displayName().contains("王")));
        }
    }
}
