package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.console.catalogue.ApprovedCatalogue;
import cn.gov.laoshan.district.console.catalogue.CatalogueEntry;
import cn.gov.laoshan.district.console.plugins.ConsoleException;
import cn.gov.laoshan.district.console.plugins.PluginInfo;
import cn.gov.laoshan.district.console.plugins.PluginJar;
import cn.gov.laoshan.district.console.plugins.PluginManager;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.core.runtime.RuntimeFacts;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testkit.PluginJars;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * The approved catalogue on a real platform (Felix, Derby, the audit log and the notify module): the platform
 * administrator approves versions of the hello test plugin (department {@code office}); the office's administrator
 * installs, updates and rolls back; another department's administrator sees and reaches nothing of it, whatever they
 * send; a withdrawn approval can no longer be installed.
 */
class ApprovedCatalogueIT {

    private static final String HELLO = "cn.gov.laoshan.district.test.hello";
    private static TestPlatform platform;
    private static ApprovedCatalogue catalogue;
    private static AccessControl access;
    private static Jdbi platformDb;

    @BeforeAll
    static void start() throws Exception {
        platform = TestPlatform.start();
        catalogue = platform.runtime().service(ApprovedCatalogue.class).orElseThrow();
        access = platform.runtime().service(AccessControl.class).orElseThrow();
        platformDb = platform.runtime().database().jdbi(Database.PLATFORM_SCHEMA);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T asAdmin(Work<T> work) {
        return access.asSystem(() -> {
            try {
                return work.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The catalogue as a member of staff of {@code department} holding {@code permissions} there sees it. */
    private static ApprovedCatalogue catalogueOf(String login, String department, String... permissions) {
        TestAccess staff = TestAccess.staff(login, department, permissions).within(department);
        var runtime = platform.runtime();
        PluginManager manager = new PluginManager(runtime.bundleContext(), runtime.database(), platform.home(), staff,
                () -> runtime.service(AuditLog.class), () -> runtime.service(RuntimeFacts.class),
                Duration.ofSeconds(20));
        return new ApprovedCatalogue(manager, platformDb, platform.home(), staff, () -> runtime.service(AuditLog.class),
                () -> runtime.service(Notifications.class), () -> runtime.service(Reminders.class),
                Clock.systemUTC());
    }

    private static CatalogueEntry approve(String artifact, String department, String notes) {
        return asAdmin(() -> catalogue.approve(catalogue.stage(Files.newInputStream(PluginJars.named(artifact))),
                department, notes));
    }

    private static int count(String sql, Object... args) {
        return platformDb.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Integer.class).one();
        });
    }

    private static String version(String symbolicName) {
        return java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow().getVersion()
                .toString();
    }

    @Test
    void approveInstallUpdateRollBackAndWithdrawWithinTheDepartmentOnly() throws Exception {
        // 1. review and approval: the dry run's verdict; the form's mistakes refused with the staged jar kept
        Path staged = asAdmin(() -> catalogue.stage(Files.newInputStream(PluginJars.named("district-test-plugin-hello"))));
        ApprovedCatalogue.Review review = asAdmin(() -> catalogue.review(staged));
        assertTrue(review.dryRun().resolves());
        assertFalse(review.dryRun().isUpdate());
        assertFalse(review.departmentFixed());
        ConsoleException noDepartment = assertThrows(ConsoleException.class,
                () -> asAdmin(() -> catalogue.approve(staged, " ", "首个版本")));
        assertEquals(ApprovedCatalogue.DEPARTMENT_MISSING, noDepartment.key());
        ConsoleException noNotes = assertThrows(ConsoleException.class,
                () -> asAdmin(() -> catalogue.approve(staged, "office", "  ")));
        assertEquals(ApprovedCatalogue.NOTES_MISSING, noNotes.key());
        assertTrue(Files.exists(staged), "the staged jar is kept to correct the form");
        CatalogueEntry v1 = asAdmin(() -> catalogue.approve(staged, "office", "首个版本：问候页面"));
        assertEquals("1.0.0", v1.version());
        assertEquals(PluginJar.sha256(PluginJars.named("district-test-plugin-hello")), v1.sha256());
        assertFalse(Files.exists(staged), "the staged jar is discarded once approved");
        Path kept = platform.home().resolve("data").resolve("plugin-catalogue").resolve(v1.sha256() + ".jar");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent())));
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.approve' and object_id = ?",
                HELLO + " 1.0.0"));
        assertEquals("console.catalogue.error.already", assertThrows(ConsoleException.class,
                () -> approve("district-test-plugin-hello", "office", "again")).key());

        // 2. another department's administrator sees nothing of it and reaches nothing of it, whatever they send
        ApprovedCatalogue finance = catalogueOf("czj-admin", "finance", PluginManager.SELF_INSTALL);
        assertEquals(List.of(), finance.listings());
        assertEquals("console.catalogue.error.no-such-entry",
                assertThrows(ConsoleException.class, () -> finance.install(v1.sha256())).key());
        assertThrows(AccessDeniedException.class, () -> finance.approve(staged, "finance", "x"));
        assertThrows(AccessDeniedException.class, () -> finance.withdraw(v1.sha256()));
        // nor without the permission at all
        ApprovedCatalogue clerk = catalogueOf("chenjing", "office");
        assertThrows(AccessDeniedException.class, clerk::listings);
        assertThrows(AccessDeniedException.class, () -> clerk.install(v1.sha256()));
        assertTrue(platform.runtime().bundleContext().getBundle(PluginManager.LOCATION_PREFIX + HELLO) == null,
                "nothing installed");

        // 3. the office's administrator installs it in one action
        ApprovedCatalogue office = catalogueOf("office-admin", "office", PluginManager.SELF_INSTALL);
        List<ApprovedCatalogue.Listing> listings = office.listings();
        assertEquals(1, listings.size());
        assertEquals(ApprovedCatalogue.Offer.INSTALL, listings.get(0).offer());
        PluginInfo installed = office.install(v1.sha256());
        assertEquals("ACTIVE", installed.state());
        assertEquals("office", installed.departmentCode());
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.install'"
                + " and actor_login = 'office-admin'"));
        // the plugin manager's own record too (its actor is the calling thread's signed-in user: none in this test)
        assertEquals(1, count("select count(*) from audit_record where action = 'plugin.install' and object_id = ?",
                HELLO));
        assertTrue(count("select count(*) from notification where audience_kind = 'PERMISSION' and audience = ?"
                + " and title like '%hello%'", PluginManager.INSTALL) >= 1, "the platform administrators are told");

        // 4. a newer version approved: its department is the installed plugin's, the office is told once
        ConsoleException otherDepartment = assertThrows(ConsoleException.class,
                () -> approve("district-test-plugin-hello-v2", "finance", "2.0"));
        assertEquals("console.catalogue.error.department-differs", otherDepartment.key());
        CatalogueEntry v2 = approve("district-test-plugin-hello-v2", "office", "新增新闻页面");
        office.listings();
        office.listings();
        assertEquals(1, count("select count(*) from notification where audience_kind = 'PERM_IN_DEPT'"
                + " and audience = ? and title like '%2.0.0%'", PluginManager.SELF_INSTALL + "@office"),
                "told once, to the office's administrators");
        assertEquals(0, count("select count(*) from notification where audience_kind = 'DEPARTMENT'"
                + " and audience = 'office'"), "not to all the office's staff");
        assertEquals(ApprovedCatalogue.Offer.UPDATE, office.listings().stream()
                .filter(l -> l.entry().sha256().equals(v2.sha256())).findFirst().orElseThrow().offer());
        assertEquals("2.0.0", office.install(v2.sha256()).version());
        assertEquals("2.0.0", version(HELLO));
        ApprovedCatalogue.Listing running = office.listings().stream()
                .filter(l -> l.entry().sha256().equals(v2.sha256())).findFirst().orElseThrow();
        assertEquals(ApprovedCatalogue.Offer.INSTALLED, running.offer());
        assertTrue(running.rollback().allowed());
        assertEquals("1.0.0", running.rollback().target().version());

        // 5. another department cannot roll it back either
        assertEquals("console.catalogue.error.no-such-entry",
                assertThrows(ConsoleException.class, () -> finance.rollBack(HELLO)).key());
        // nor reach the plugin manager's door with another department's name
        PluginManager financeManager = new PluginManager(platform.runtime().bundleContext(),
                platform.runtime().database(), platform.home(),
                TestAccess.staff("czj-admin", "finance", PluginManager.SELF_INSTALL).within("finance"),
                () -> platform.runtime().service(AuditLog.class),
                () -> platform.runtime().service(RuntimeFacts.class), Duration.ofSeconds(20));
        Path forged = financeManager.stage(Files.newInputStream(PluginJars.named("district-test-plugin-hello")));
        assertThrows(AccessDeniedException.class, () -> financeManager.installApproved(forged, "office", true));
        Path forged2 = financeManager.stage(Files.newInputStream(PluginJars.named("district-test-plugin-hello")));
        assertThrows(AccessDeniedException.class, () -> financeManager.installApproved(forged2, "finance", true));
        assertEquals("2.0.0", version(HELLO));
        // nor install at that door, in their own department, a jar the catalogue did not approve for it
        PluginManager lighthouseManager = new PluginManager(platform.runtime().bundleContext(),
                platform.runtime().database(), platform.home(),
                TestAccess.staff("lighthouse-admin", "lighthouse", PluginManager.SELF_INSTALL).within("lighthouse"),
                () -> platform.runtime().service(AuditLog.class),
                () -> platform.runtime().service(RuntimeFacts.class), Duration.ofSeconds(20));
        Path unapproved = lighthouseManager.stage(Files.newInputStream(PluginJars.named("district-test-plugin-notes")));
        assertEquals("console.error.not-approved", assertThrows(ConsoleException.class,
                () -> lighthouseManager.installApproved(unapproved, "lighthouse", false)).key());
        assertTrue(java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                .noneMatch(b -> "cn.gov.laoshan.district.test.notes".equals(b.getSymbolicName())), "notes not installed");

        // 6. the office rolls back to 1.0.0; there is nothing before that
        assertEquals("1.0.0", office.rollBack(HELLO).version());
        assertEquals("1.0.0", version(HELLO));
        assertEquals(1, count("select count(*) from audit_record where action = 'plugin.rollback' and object_id = ?",
                HELLO));
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.rollback'"
                + " and actor_login = 'office-admin'"));
        assertEquals("console.catalogue.rollback.none",
                assertThrows(ConsoleException.class, () -> office.rollBack(HELLO)).key());

        // 7. withdrawn: no longer offered to the department, not installable by anyone
        asAdmin(() -> catalogue.withdraw(v2.sha256()));
        assertEquals(1, count("select count(*) from audit_record where action = 'catalogue.withdraw'"));
        assertTrue(office.listings().stream().noneMatch(l -> l.entry().sha256().equals(v2.sha256())));
        assertEquals("console.catalogue.error.no-such-entry",
                assertThrows(ConsoleException.class, () -> office.install(v2.sha256())).key());
        assertEquals("console.catalogue.error.withdrawn",
                assertThrows(ConsoleException.class, () -> asAdmin(() -> catalogue.install(v2.sha256()))).key());
        assertEquals("1.0.0", version(HELLO));
    }

    /**
     * An approved entry that would no longer be installed (here: an allow-list written since, without its digest) is
     * marked with the reason at each listing, and its install is refused with nothing changed.
     */
    @Test
    void anApprovedEntryThatWouldNoLongerBeInstalledIsMarkedWithTheReason() throws Exception {
        CatalogueEntry failing = approve("district-test-plugin-failing", "lighthouse", "for the allow-list check");
        ApprovedCatalogue lighthouse = catalogueOf("lighthouse-admin", "lighthouse", PluginManager.SELF_INSTALL);
        assertEquals("", lighthouse.listings().get(0).missing());
        Path allowList = platform.home().resolve("conf").resolve("plugin-allowlist.txt");
        Files.writeString(allowList, "0".repeat(64) + "  # nothing of the catalogue\n");
        try {
            ApprovedCatalogue.Listing listing = lighthouse.listings().get(0);
            assertFalse(listing.resolves());
            assertTrue(listing.missing().contains(failing.sha256()), listing.missing());
            assertEquals("console.error.not-allowed",
                    assertThrows(ConsoleException.class, () -> lighthouse.install(failing.sha256())).key());
            assertTrue(java.util.Arrays.stream(platform.runtime().bundleContext().getBundles())
                    .noneMatch(b -> "cn.gov.laoshan.district.test.failing".equals(b.getSymbolicName())));
        } finally {
            Files.delete(allowList);
        }
    }

    /** A plugin not installed yet names its department in its manifest: the review proposes it, not fixed. */
    @Test
    void theReviewProposesTheDepartmentOfTheManifest() throws Exception {
        Path source = PluginJars.named("district-test-plugin-notes");
        Path withHeader = Files.createTempFile("notes-with-department", ".jar");
        try (var in = new java.util.jar.JarInputStream(Files.newInputStream(source));
                var out = new java.util.jar.JarOutputStream(Files.newOutputStream(withHeader), withDepartment(
                        in.getManifest(), "lighthouse"))) {
            for (var entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        ApprovedCatalogue.Review review = asAdmin(() -> {
            Path staged = catalogue.stage(Files.newInputStream(withHeader));
            try {
                return catalogue.review(staged);
            } finally {
                catalogue.discard(staged);
            }
        });
        assertEquals("lighthouse", review.department());
        assertFalse(review.departmentFixed());
    }

    private static java.util.jar.Manifest withDepartment(java.util.jar.Manifest manifest, String department) {
        manifest.getMainAttributes().putValue(ApprovedCatalogue.DEPARTMENT_HEADER, department);
        return manifest;
    }

    @Test
    void anEntryThatWouldNotResolveIsRefusedWithTheReason() {
        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> approve("district-test-plugin-unresolved", "office", "needs gson"));
        assertEquals("console.error.unresolved", refused.key());
        assertTrue(refused.getMessage().contains("com.google.gson"), refused.getMessage());
    }
}
