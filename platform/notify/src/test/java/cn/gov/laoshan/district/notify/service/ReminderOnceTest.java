package cn.gov.laoshan.district.notify.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.notify.NotifyModule;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Reminders of a record's step are sent at most once, even by two nodes at once: two "nodes" (services of their own,
 * each on its own thread and connections) plan, re-plan, deliver and send the same steps of the same records
 * concurrently on one database, Derby and PostgreSQL; every step reaches the inbox exactly once.
 */
class ReminderOnceTest {

    static final int RECORDS = 60;

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }


    record Node(ReminderService reminders, NotificationService notifications) {
    }

    private static Node node(Jdbi jdbi, Clock clock) {
        NotificationService notifications = new NotificationService(jdbi, new TestAccess(), clock, new InboxListeners());
        return new Node(new ReminderService(jdbi, clock, notifications), notifications);
    }

    private static Message expiry(int licence) {
        return new Message("market", "食品经营许可证30天后到期", "鲁青食许-" + licence, "market/licences/" + licence,
                Severity.WARNING);
    }

    /** Runs the same work on both nodes at the same moment; returns what each returned. */
    private static List<Integer> together(ExecutorService threads, Node a, Node b,
            java.util.function.Function<Node, Integer> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (Node n : List.of(a, b)) {
            Callable<Integer> task = () -> {
                start.await(30, TimeUnit.SECONDS);
                return work.apply(n);
            };
            results.add(threads.submit(task));
        }
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : results) {
            out.add(f.get(120, TimeUnit.SECONDS));
        }
        return out;
    }

    private static int notifications(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from notification").mapTo(Integer.class).one());
    }

    private static int perStepMaximum(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select max(n) from (select body, title, count(*) as n "
                + "from notification group by body, title) t").mapTo(Integer.class).findOne().orElse(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoNodesSendEachStepOfEachRecordOnce(TestDatabase test) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath("platform", "migrations_notify", NotifyModule.class.getClassLoader(),
                    "cn/gov/laoshan/district/notify/db");
            Jdbi jdbi = database.jdbi("platform");
            SettableClock clock = new SettableClock();
            clock.set(Instant.parse("2026-12-07T01:00:00Z"));
            Node a = node(jdbi, clock);
            Node b = node(jdbi, clock);
            Recipient zhang = Recipient.user("zhang");

            // both nodes' daily jobs plan the 30-days notice of every licence, at times a little apart
            Instant base = clock.instant();
            together(threads, a, b, n -> {
                for (int i = 0; i < RECORDS; i++) {
                    n.reminders().scheduleOnce("licence-" + i, "expiry-30",
                            base.plus(Duration.ofMinutes(n == a ? 10 : 11)), zhang, expiry(i));
                }
                return 0;
            });
            clock.set(base.plus(Duration.ofHours(1)));
            List<Integer> delivered = together(threads, a, b, n -> n.reminders().deliverDue());
            assertEquals(RECORDS, delivered.get(0) + delivered.get(1), "delivered once by two nodes: " + delivered);
            assertEquals(RECORDS, notifications(jdbi));

            // next day both plan again — the forecast moved, so for a later time (a plain reminder would be
            // re-armed and sent again) — and deliver concurrently: nothing more is sent
            together(threads, a, b, n -> {
                for (int i = 0; i < RECORDS; i++) {
                    n.reminders().scheduleOnce("licence-" + i, "expiry-30", clock.instant().plus(Duration.ofHours(2)), zhang,
                            expiry(i));
                }
                return 0;
            });
            clock.set(clock.instant().plus(Duration.ofDays(1)));
            delivered = together(threads, a, b, n -> n.reminders().deliverDue());
            assertEquals(List.of(0, 0), delivered);
            assertEquals(RECORDS, notifications(jdbi), "no step sent twice");

            // immediate sends of a new step (7 days before expiry) by both nodes at the same moment: one each
            List<Integer> sent = together(threads, a, b, n -> {
                int mine = 0;
                for (int i = 0; i < RECORDS; i++) {
                    if (n.reminders().sendOnce("licence-" + i, "expiry-7", zhang,
                            new Message("market", "食品经营许可证7天后到期", "鲁青食许-" + i, null, Severity.WARNING))) {
                        mine++;
                    }
                }
                return mine;
            });
            assertEquals(RECORDS, sent.get(0) + sent.get(1), "each sent by exactly one node: " + sent);
            assertEquals(2 * RECORDS, notifications(jdbi));
            assertEquals(1, perStepMaximum(jdbi), "no (record, step) in the inbox twice");

            // a step sent at once is not sent again by a plan of it, nor by a plan that raced the send
            assertFalse(a.reminders().sendOnce("licence-0", "expiry-30", zhang, expiry(0)));
            a.reminders().scheduleOnce("licence-0", "expiry-7", clock.instant().minusSeconds(1), zhang, expiry(0));
            assertTrue(a.reminders().dueAt("market", "licence-0/expiry-7").isEmpty(), "a sent step is not planned");
            // a row re-armed behind the service's back (a node that re-planned between the check and the plan)
            jdbi.useHandle(h -> h.execute("insert into reminder (source, reminder_key, due_at, audience_kind, audience, "
                    + "title, body, severity, record_key, step) values ('market', 'licence-1/expiry-7', 0, 'USER', "
                    + "'zhang', '重复', '', 'INFO', 'licence-1', 'expiry-7')"));
            assertEquals(0, a.reminders().deliverDue() + b.reminders().deliverDue(), "the unique key skipped it");
            assertEquals(2 * RECORDS, notifications(jdbi));
            assertTrue(a.reminders().sentAt("market", "licence-1", "expiry-7").isPresent());

            // cancelled before it was sent: never sent; planned again later: sent once
            a.reminders().scheduleOnce("licence-x", "expiry-30", clock.instant().plusSeconds(60), zhang, expiry(99));
            a.reminders().cancelOnce("market", "licence-x", "expiry-30");
            clock.set(clock.instant().plusSeconds(120));
            assertEquals(0, a.reminders().deliverDue());
            a.reminders().scheduleOnce("licence-x", "expiry-30", clock.instant(), zhang, expiry(99));
            assertEquals(1, a.reminders().deliverDue() + b.reminders().deliverDue());
        } finally {
            threads.shutdownNow();
        }
    }
}
