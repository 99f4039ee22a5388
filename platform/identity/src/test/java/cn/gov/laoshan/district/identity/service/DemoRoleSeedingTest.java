package cn.gov.laoshan.district.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.security.PasswordCost;
import cn.gov.laoshan.district.core.security.PasswordHash;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.RoleScope;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * A plugin's demo roles come with the plugin: identity's own seed names no plugin's permission, and a plugin's
 * declared roles are made, given to their demo accounts and added to the platform's enterprise role, once.
 */
class DemoRoleSeedingTest {

    /** The platform's modules: the only permission prefixes identity's seed may name. */
    private static final Set<String> PLATFORM = Set.of("identity", "registry", "calendar", "audit", "console", "notify");

    private static final List<DemoRole> PLUGIN = List.of(
            DemoRole.staff("mediator", "调解员", "Mediator", DemoRole.Scope.OWN, null,
                    Set.of("mediation.case.read", "mediation.case.mediate", "registry.enterprise.read"),
                    // an enterprise account and an unknown login are left out
                    List.of("lixiumei", "hailan-qy", "nobody")),
            DemoRole.staff("justice-admin", "司法局业务管理员", "Justice Bureau business administrator",
                    DemoRole.Scope.DEPARTMENT, "justice", Set.of("mediation.group.admin"), List.of("sfj-admin")),
            DemoRole.staff("lighthouse-admin", "灯塔管理员", "Lighthouse administrator", DemoRole.Scope.DEPARTMENT,
                    "lighthouse", Set.of("mediation.case.read"), List.of("sfj-admin")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of("mediation.case.read"), List.of()));

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @Test
    void identitysSeedNamesNoPluginsPermission() {
        for (Role role : SeedData.platformDemoRoles()) {
            for (String permission : role.permissions()) {
                assertTrue(PLATFORM.contains(permission.substring(0, permission.indexOf('.'))),
                        role.code() + " names " + permission + ", which is no platform module's: plugins declare their roles");
            }
        }
        Set<String> codes = new TreeSet<>();
        SeedData.platformDemoRoles().forEach(r -> codes.add(r.code()));
        assertEquals(Set.of("department-admin", "enterprise", "facts-reader", "registry-editor"), codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPluginsRolesAreMadeOnceWithTheirDemoAccounts(TestDatabase test, @TempDir Path home) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_identity",
                    getClass().getClassLoader(), "cn/gov/laoshan/district/identity/db");
            IdentityStore store = new IdentityStore(database.jdbi(Database.PLATFORM_SCHEMA));
            SeedData seed = new SeedData(store, Clock.systemUTC(), PasswordCost.light());
            seed.platformBasics(PasswordHash.hash("bootstrap".toCharArray(), PasswordCost.light()));
            seed.demoCast(home.resolve("demo-accounts.txt"));
            assertTrue(store.role("mediator").isEmpty(), "no plugin role before the plugin");
            assertEquals(List.of(), store.roleCodesOf("lixiumei"));
            assertEquals(Set.of("registry.facts.read"), store.role("enterprise").orElseThrow().permissions());

            RecordingAuditLog audit = new RecordingAuditLog(new TestAccess().asAdmin("system"));
            DemoRoleSeeding seeding = new DemoRoleSeeding(store, () -> Optional.of(audit), Clock.systemUTC());
            assertEquals(List.of("mediator", "justice-admin", "enterprise"), seeding.seed("mediation", PLUGIN));

            Role mediator = store.role("mediator").orElseThrow();
            assertEquals(RoleScope.OWN, mediator.scope());
            assertEquals(Set.of("mediation.case.read", "mediation.case.mediate", "registry.enterprise.read"),
                    mediator.permissions());
            assertEquals(List.of("mediator"), store.roleCodesOf("lixiumei"));
            assertEquals(List.of("enterprise", "enterprise-admin"), store.roleCodesOf("hailan-qy"),
                    "a staff role never reaches an enterprise account");
            Role justice = store.role("justice-admin").orElseThrow();
            assertEquals(RoleScope.DEPARTMENT, justice.scope());
            assertEquals("justice", justice.departmentCode());
            assertEquals(List.of("department-admin", "justice-admin"), store.roleCodesOf("sfj-admin"));
            assertTrue(store.role("lighthouse-admin").isEmpty(), "a role of a department this home lacks is left out");
            // the platform's enterprise role keeps its own permission and gains the plugin's
            assertEquals(Set.of("registry.facts.read", "mediation.case.read"),
                    store.role("enterprise").orElseThrow().permissions());
            assertEquals(List.of("role.create", "role.create", "role.update"), audit.actions());

            // once: what an administrator changed afterwards stays, at every later start
            store.jdbi().useTransaction(h -> {
                store.updateRole(h, new Role("mediator", "调解员", "Mediator", RoleScope.OWN, null, false,
                        Set.of("mediation.case.read")));
                store.setRoles(h, "lixiumei", List.of());
            });
            assertEquals(List.of(), seeding.seed("mediation", PLUGIN));
            assertEquals(Set.of("mediation.case.read"), store.role("mediator").orElseThrow().permissions());
            assertEquals(List.of(), store.roleCodesOf("lixiumei"));
            assertFalse(store.role("lighthouse-admin").isPresent());
            assertEquals(3, audit.actions().size());
        }
    }

    /**
     * A plugin may declare a role twice — the policy plugin's suggestions and drafts each give the enterprise role
     * permissions: one role of each id, carrying the permissions of both.
     */
    @Test
    void twoDeclarationsOfOneRoleAreJoined() {
        List<DemoRole> declared = List.of(
                DemoRole.staff("policy-staff", "政策服务人员", "Policy staff", DemoRole.Scope.DEPARTMENT, "development",
                        Set.of("policy.suggestion.read"), List.of("sunwei")),
                DemoRole.enterprise("enterprise", "企业用户", "Enterprise user",
                        Set.of("policy.suggestion.submit", "policy.suggestion.rate"), List.of()),
                DemoRole.enterprise("enterprise", "企业用户", "Enterprise user",
                        Set.of("policy.draft.comment", "policy.list.read"), List.of()));
        List<DemoRole> roles = DemoRoleSeeding.oneEach(declared);
        assertEquals(roles.stream().map(DemoRole::id).distinct().count(), roles.size(), "one role of each id");
        DemoRole enterprise = roles.stream().filter(r -> r.id().equals("enterprise")).findFirst().orElseThrow();
        assertTrue(enterprise.external());
        assertTrue(enterprise.permissions().containsAll(List.of("policy.suggestion.submit", "policy.suggestion.rate",
                "policy.draft.comment", "policy.list.read")), enterprise.permissions().toString());
        assertTrue(declared.size() > roles.size(), "the two declarations were there to join");
    }
}
