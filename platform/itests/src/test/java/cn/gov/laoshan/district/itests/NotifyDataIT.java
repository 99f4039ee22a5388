package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notification;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.notify.scheduler.JobLeases;
import cn.gov.laoshan.district.notify.scheduler.JobScheduler;
import cn.gov.laoshan.district.notify.service.InboxListeners;
import cn.gov.laoshan.district.notify.service.NotificationService;
import cn.gov.laoshan.district.notify.service.ReminderService;
import cn.gov.laoshan.district.testkit.TestDatabase;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** Notifications, reminders and the job lease on Derby and PostgreSQL. */
class NotifyDataIT {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static void migrate(Database database) {
        database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                "cn/gov/laoshan/district/notify/db");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void inboxesOfUsersPermissionsAndDepartments(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            migrate(database);
            TestAccess access = new TestAccess();
            InboxListeners listeners = new InboxListeners();
            NotificationService service = new NotificationService(database.jdbi("platform"), access,
                    Clock.systemDefaultZone(), listeners);
            AtomicInteger zhangBell = new AtomicInteger();
            Runnable remove = listeners.add(new InboxListeners.Listener("zhang", "justice", null,
                    p -> p.equals("mediation.case.read"), zhangBell::incrementAndGet));

            service.send(Recipient.user("zhang"), new Message("mediation", "新案件已分派", "崂调〔2026〕0001号", "mediation/cases/1",
                    Severity.INFO));
            service.send(Recipient.permission("mediation.case.read"), Message.info("mediation", "案件即将超期", "3 件"));
            service.send(Recipient.department("justice"), Message.info("notify", "司法所例会", "周五 9:00"));
            service.send(Recipient.user("li"), Message.info("market", "给李的", ""));
            service.send(Recipient.permission("market.licence.read"), Message.info("market", "许可证到期", ""));
            assertEquals(3, zhangBell.get(), "zhang's bell heard his three");

            access.as("zhang", "justice", "mediation.case.read");
            assertEquals(3, service.count());
            assertEquals(3, service.unreadCount());
            List<Notification> page = service.list(0, 2);
            assertEquals(List.of("司法所例会", "案件即将超期"), page.stream().map(n -> n.message().title()).toList(),
                    "newest first");
            assertEquals("新案件已分派", service.list(2, 2).get(0).message().title());
            assertEquals("mediation/cases/1", service.list(2, 2).get(0).message().link());

            service.markRead(page.get(0).id());
            service.markRead(page.get(0).id()); // again: nothing changes
            assertEquals(2, service.unreadCount());
            assertTrue(service.list(0, 1).get(0).read());
            assertEquals(4, zhangBell.get(), "marking read updates his other tabs");

            // li cannot mark zhang's notification read: it is not in his inbox
            access.as("li", "market");
            service.markRead(service.list(0, 10).get(0).id() + 1000);
            long zhangs = page.get(1).id();
            service.markRead(zhangs);
            assertEquals(1, service.unreadCount(), "li sees only his own");
            access.as("zhang", "justice", "mediation.case.read");
            assertEquals(2, service.unreadCount(), "li's attempt did not touch zhang's state");

            service.markAllRead();
            assertEquals(0, service.unreadCount());
            access.as("wang", "justice");
            assertEquals(1, service.unreadCount(), "the department notice is unread for another member");
            access.signOut();
            assertThrows(AccessDeniedException.class, service::unreadCount);
            remove.run();
            assertEquals(0, listeners.size());
        }
    }

    /**
     * The holders of a permission for one department (api.notify 1.4.0): the department's administrators get it, its
     * other staff and the administrators of another department do not — neither in the inbox nor at the bell.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPermissionForOneDepartmentReachesItsHoldersThereOnly(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            migrate(database);
            TestAccess access = new TestAccess();
            InboxListeners listeners = new InboxListeners();
            NotificationService service = new NotificationService(database.jdbi("platform"), access,
                    Clock.systemDefaultZone(), listeners);
            String selfInstall = "console.plugins.self-install";
            AtomicInteger adminBell = new AtomicInteger();
            AtomicInteger staffBell = new AtomicInteger();
            AtomicInteger otherAdminBell = new AtomicInteger();
            listeners.add(new InboxListeners.Listener("fgj-admin", "development", null, selfInstall::equals,
                    (p, d) -> p.equals(selfInstall) && d.equals("development"), adminBell::incrementAndGet));
            listeners.add(new InboxListeners.Listener("sunwei", "development", null, p -> false, (p, d) -> false,
                    staffBell::incrementAndGet));
            listeners.add(new InboxListeners.Listener("czj-admin", "finance", null, selfInstall::equals,
                    (p, d) -> p.equals(selfInstall) && d.equals("finance"), otherAdminBell::incrementAndGet));

            Recipient admins = Recipient.permissionIn(selfInstall, "development");
            assertEquals(selfInstall, admins.permission());
            assertEquals("development", admins.departmentCode());
            service.send(admins, Message.info("console", "插件有新版本可安装：政策服务 2.0.0", ""));
            assertEquals(List.of(1, 0, 0), List.of(adminBell.get(), staffBell.get(), otherAdminBell.get()));

            access.as("fgj-admin", "development", selfInstall).within("development");
            assertEquals(List.of("插件有新版本可安装：政策服务 2.0.0"),
                    service.list(0, 10).stream().map(n -> n.message().title()).toList());
            assertEquals(admins, service.list(0, 1).get(0).recipient());
            access.as("sunwei", "development", "policy.suggestion.read");
            assertEquals(0, service.count(), "the department's staff without the permission do not get it");
            access.as("czj-admin", "finance", selfInstall).within("finance");
            assertEquals(0, service.count(), "another department's administrator does not get it");
            access.asEnterprise("hailan-qy", "91370212MA3C4XK2QQ", selfInstall);
            assertEquals(0, service.count(), "never an enterprise user");
            assertThrows(IllegalArgumentException.class, () -> new Recipient(Recipient.Kind.PERM_IN_DEPT, "nodept"));
            assertThrows(IllegalArgumentException.class, () -> Recipient.permissionIn(selfInstall, ""));
        }
    }

    /** Every user of an enterprise gets what is sent to it; staff business never reaches an enterprise user. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void enterpriseAudiencesReachTheEnterpriseAndPermissionAudiencesOnlyStaff(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            migrate(database);
            TestAccess access = new TestAccess();
            InboxListeners listeners = new InboxListeners();
            NotificationService service = new NotificationService(database.jdbi("platform"), access,
                    Clock.systemDefaultZone(), listeners);
            String hailan = "91370212MA3C4XK2QQ";
            String other = "91370212MA3D0WPHWP";
            AtomicInteger linBell = new AtomicInteger();
            // an enterprise user given a staff permission by mistake
            listeners.add(new InboxListeners.Listener("hailan-qy", null, hailan,
                    p -> p.equals("mediation.case.read"), linBell::incrementAndGet));

            service.send(Recipient.enterprise(hailan), Message.info("market", "食品经营许可证30天后到期", ""));
            service.send(Recipient.enterprise(other), Message.info("market", "另一家企业的提醒", ""));
            service.send(Recipient.permission("mediation.case.read"), Message.info("mediation", "案件即将超期", "3 件"));
            assertEquals(1, linBell.get(), "the enterprise's bell heard its own only");

            access.asEnterprise("hailan-qy", hailan, "mediation.case.read");
            assertEquals(List.of("食品经营许可证30天后到期"),
                    service.list(0, 10).stream().map(n -> n.message().title()).toList());
            access.asEnterprise("hailan-cw", hailan);
            assertEquals(1, service.count(), "a colleague of the same enterprise sees it too");
            access.as("zhang", "justice", "mediation.case.read");
            assertEquals(List.of("案件即将超期"), service.list(0, 10).stream().map(n -> n.message().title()).toList(),
                    "staff do not see enterprises' notifications");
            assertThrows(IllegalArgumentException.class, () -> Recipient.enterprise("91370212MA3C4XK2QA"),
                    "a code with a wrong check character is refused");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void remindersArePlannedReplannedCancelledAndDeliveredOnce(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            migrate(database);
            TestAccess access = new TestAccess();
            NotificationService service = new NotificationService(database.jdbi("platform"), access,
                    Clock.systemDefaultZone(), new InboxListeners());
            ReminderService reminders = new ReminderService(database.jdbi("platform"), Clock.systemDefaultZone(), service);
            ReminderService otherNode = new ReminderService(database.jdbi("platform"), Clock.systemDefaultZone(), service);
            Instant future = Instant.now().plus(Duration.ofDays(30));
            Message expiry = new Message("market", "许可证将于30天后到期", "鲁青食许-0042", "market/licences/42", Severity.WARNING);

            reminders.schedule("licence/42/expiry-30", future, Recipient.user("zhang"), expiry);
            reminders.schedule("licence/42/expiry-30", future.plusSeconds(60), Recipient.user("zhang"), expiry);
            assertEquals(future.plusSeconds(60).toEpochMilli(), reminders.dueAt("market", "licence/42/expiry-30")
                    .orElseThrow().toEpochMilli(), "re-planned, not duplicated");
            assertEquals(0, reminders.deliverDue(), "not due yet");

            Instant past = Instant.now().minusSeconds(1);
            reminders.schedule("licence/42/expiry-30", past, Recipient.user("zhang"), expiry);
            reminders.schedule("licence/43/expiry-30", Instant.now().minusSeconds(1), Recipient.user("zhang"), expiry);
            reminders.cancel("market", "licence/43/expiry-30");
            reminders.cancel("market", "licence/43/expiry-30"); // idempotent
            reminders.cancel("market", "no-such-key");
            assertEquals(1, reminders.deliverDue() + otherNode.deliverDue(), "delivered once by two nodes");
            assertEquals(0, reminders.deliverDue());
            assertFalse(reminders.dueAt("market", "licence/42/expiry-30").isPresent());

            access.as("zhang", "justice");
            assertEquals(1, service.count());
            assertEquals("许可证将于30天后到期", service.list(0, 5).get(0).message().title());
            assertEquals(Severity.WARNING, service.list(0, 5).get(0).message().severity());

            // re-planned for the time it was delivered at, or another past time (a job re-planning an overdue
            // item every run): not delivered again
            reminders.schedule("licence/42/expiry-30", past, Recipient.user("zhang"), expiry);
            reminders.schedule("licence/42/expiry-30", past.plusMillis(500), Recipient.user("zhang"), expiry);
            assertEquals(0, reminders.deliverDue() + otherNode.deliverDue(), "no duplicate reminder");
            assertEquals(1, service.count());
            // re-planning a delivered reminder for a time ahead plans it again
            Instant soon = Instant.now().plusMillis(300);
            reminders.schedule("licence/42/expiry-30", soon, Recipient.user("zhang"), expiry);
            assertEquals(soon.toEpochMilli(), reminders.dueAt("market", "licence/42/expiry-30").orElseThrow().toEpochMilli());
            while (Instant.now().isBefore(soon.plusMillis(50))) {
                Thread.sleep(50);
            }
            assertEquals(1, otherNode.deliverDue());
            assertEquals(2, service.count());
            assertThrows(IllegalArgumentException.class,
                    () -> reminders.schedule(" ", future, Recipient.user("zhang"), expiry));
        }
    }

    /**
     * Two schedulers ("nodes") on one database run the same job: each run happens once, runs never overlap, and
     * the next starts no earlier than an interval after the previous one ended. A failing job runs again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesRunEachJobOncePerInterval(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            migrate(database);
            Duration interval = Duration.ofMillis(400);
            List<long[]> runs = Collections.synchronizedList(new ArrayList<>());
            List<String> who = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger failures = new AtomicInteger();
            JobLeases leases = new JobLeases(database.jdbi("platform"));
            try (JobScheduler node1 = new JobScheduler(leases, "node-1", Clock.systemUTC(), r -> r, Duration.ofSeconds(5));
                    JobScheduler node2 = new JobScheduler(new JobLeases(database.jdbi("platform")), "node-2",
                            Clock.systemUTC(), r -> r, Duration.ofSeconds(5))) {
                for (JobScheduler node : List.of(node1, node2)) {
                    node.register("test/count", interval, () -> {
                        long start = System.currentTimeMillis();
                        who.add(node.nodeId());
                        sleep(60);
                        runs.add(new long[] {start, System.currentTimeMillis()});
                    });
                    node.register("test/fail", interval, () -> {
                        failures.incrementAndGet();
                        throw new IllegalStateException("boom");
                    });
                }
                sleep(4_000);
            }
            List<long[]> sorted = new ArrayList<>(runs);
            sorted.sort((a, b) -> Long.compare(a[0], b[0]));
            // 4 s / (400 ms + 60 ms) ≈ 8 runs at most; at least 4 even on a slow machine
            assertTrue(sorted.size() >= 4 && sorted.size() <= 10, "runs: " + sorted.size());
            for (int i = 1; i < sorted.size(); i++) {
                long gap = sorted.get(i)[0] - sorted.get(i - 1)[1];
                assertTrue(gap >= interval.toMillis() - 5, "run " + i + " started " + gap + " ms after the previous ended");
            }
            assertEquals(sorted.size(), leases.lease("test/count").orElseThrow().runs(), "the table counted each run once");
            assertTrue(failures.get() >= 4, "the failing job kept running: " + failures.get());
            assertEquals("java.lang.IllegalStateException: boom", leases.lease("test/fail").orElseThrow().lastError());
            System.out.printf("%s: %d runs, node-1 %d, node-2 %d%n", test, sorted.size(),
                    who.stream().filter("node-1"::equals).count(), who.stream().filter("node-2"::equals).count());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
