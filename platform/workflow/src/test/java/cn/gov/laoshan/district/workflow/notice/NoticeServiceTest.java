package cn.gov.laoshan.district.workflow.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.service.event.Event;

import cn.gov.laoshan.district.api.notice.NoticeEvents;
import cn.gov.laoshan.district.api.notice.NoticeOutcome;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRefusedException;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.calendar.domain.CalendarRules;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;
import cn.gov.laoshan.district.workflow.WorkflowModule;

/**
 * Public notices on Derby and PostgreSQL with the official 2026 calendar and a clock the test moves: a simple
 * deregistration's 5-working-day notice opened on 29 September runs over the National Day holiday to the 调休
 * Saturday 10 October; objections are taken within the period only, from signed-in people only; the close job
 * decides the outcome the day after the end; permissions are checked; every change is audited and posted.
 */
class NoticeServiceTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String MANAGE = "market.deregistration.manage";
    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final CalendarRules CALENDAR = OfficialSchedules.calendar();

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }


    static void set(SettableClock clock, LocalDateTime beijing) {
        clock.set(beijing.atZone(BEIJING).toInstant());
    }

    static NoticeRequest deregistration(String id, NoticePeriod period) {
        return new NoticeRequest("market", "Deregistration", id, "简易注销公告：青岛海澜科技有限公司",
                "全体投资人承诺企业不存在未结清清偿费用、职工工资、社会保险费用、法定补偿金……", period, null, MANAGE, "market");
    }

    @Test
    void datesCountTheFirstDayAndFollowTheOfficialCalendar() {
        LocalDate sep29 = LocalDate.of(2026, 9, 29);
        assertEquals(LocalDate.of(2026, 10, 10), NoticeDates.end(sep29, NoticePeriod.workingDays(5), CALENDAR),
                "29, 30 September, (National Day 1-7 October), 8, 9 and the 调休 Saturday 10 October");
        assertEquals(LocalDate.of(2026, 10, 3), NoticeDates.end(sep29, NoticePeriod.calendarDays(5), CALENDAR));
        assertEquals(sep29, NoticeDates.end(sep29, NoticePeriod.workingDays(1), CALENDAR), "one day: the first");
        assertEquals(LocalDate.of(2026, 10, 9), NoticeDates.end(LocalDate.of(2026, 10, 3),
                NoticePeriod.workingDays(2), CALENDAR), "opened on a holiday: the next working days");
        assertThrows(IllegalArgumentException.class, () -> NoticePeriod.workingDays(0));
        assertThrows(IllegalArgumentException.class, () -> deregistration(" ", NoticePeriod.workingDays(5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNoticeRunsItsPeriodTakesObjectionsAndIsClosedWithItsOutcome(TestDatabase test) throws Exception {
        try (test; Database database = Database.open(test.settings())) {
            database.migrateFromClassPath(Database.PLATFORM_SCHEMA, "migrations_workflow",
                    WorkflowModule.class.getClassLoader(), "cn/gov/laoshan/district/workflow/db");
            SettableClock clock = new SettableClock(); // in UTC, as a server may be: the day must be Beijing's
            set(clock, LocalDateTime.of(2026, 9, 29, 0, 30)); // 28 September 16:30 UTC
            TestAccess access = TestAccess.staff("wangli", "market", MANAGE).within("market");
            RecordingAuditLog audit = new RecordingAuditLog(access);
            List<Event> events = new CopyOnWriteArrayList<>();
            NoticeService notices = new NoticeService(database.jdbi(Database.PLATFORM_SCHEMA), access, CALENDAR,
                    () -> java.util.Optional.of(audit), events::add, clock);

            // only a holder of the plugin's permission, in the record's department, opens
            access.as("zhaolei", "finance", MANAGE).within("finance");
            assertThrows(AccessDeniedException.class,
                    () -> notices.open(deregistration("D-1", NoticePeriod.workingDays(5))));
            access.as("wangli", "market", MANAGE).within("market");
            PublicNotice notice = notices.open(deregistration("D-1", NoticePeriod.workingDays(5)));
            assertEquals(LocalDate.of(2026, 9, 29), notice.startDate(), "today in Beijing, not in UTC");
            assertEquals(LocalDate.of(2026, 10, 10), notice.endDate());
            assertEquals(NoticeState.OPEN, notice.state());
            assertEquals("wangli", notice.openedBy());
            PublicNotice quiet = notices.open(deregistration("D-2", NoticePeriod.calendarDays(5)));
            assertEquals(LocalDate.of(2026, 10, 3), quiet.endDate());
            PublicNotice later = notices.open(new NoticeRequest("market", "Deregistration", "D-3", "简易注销公告", "……",
                    NoticePeriod.workingDays(5), LocalDate.of(2026, 10, 12), MANAGE, "market"));
            assertEquals(LocalDate.of(2026, 10, 16), later.endDate());
            assertEquals("notice.error.already-open", assertThrows(NoticeRefusedException.class,
                    () -> notices.open(deregistration("D-1", NoticePeriod.workingDays(5)))).messageKey());
            assertEquals("notice.error.start-past", assertThrows(NoticeRefusedException.class,
                    () -> notices.open(new NoticeRequest("market", "Deregistration", "D-4", "简易注销公告", "……",
                            NoticePeriod.workingDays(5), LocalDate.of(2026, 9, 28), MANAGE, null))).messageKey());
            assertEquals(List.of("D-2", "D-1"), notices.current("market").stream().map(PublicNotice::recordId).toList(),
                    "by end date; D-3 is not public before its start");

            // objections: an enterprise's user, a member of staff; never nobody, never the system, never empty
            access.asEnterprise("hailan-cw", HAILAN);
            Objection fromEnterprise = notices.object(notice.id(), "  本公司尚有未结清的货款，请暂缓注销。 ");
            assertEquals("本公司尚有未结清的货款，请暂缓注销。", fromEnterprise.text());
            assertEquals(HAILAN, fromEnterprise.uscc());
            assertEquals("notice.error.not-started", assertThrows(NoticeRefusedException.class,
                    () -> notices.object(later.id(), "异议")).messageKey());
            assertEquals("text", assertThrows(NoticeRefusedException.class,
                    () -> notices.object(notice.id(), "   ")).field());
            assertThrows(AccessDeniedException.class, () -> notices.objections(notice.id()),
                    "objections are read by the holders of the notice's permission only");
            access.signOut();
            assertThrows(AccessDeniedException.class, () -> notices.object(notice.id(), "匿名"));
            assertThrows(AccessDeniedException.class, () -> notices.find(notice.id()));
            assertThrows(AccessDeniedException.class, () -> access.asSystem(() -> notices.object(notice.id(), "系统")));

            // the last day still takes objections (until its end, Beijing time); the close job leaves it open
            set(clock, LocalDateTime.of(2026, 10, 10, 23, 59));
            access.as("liuyang", "tax");
            notices.object(notice.id(), "该企业尚欠税款。");
            assertEquals(1, access.asSystem(() -> notices.closeDue()), "only D-2 (ended 3 October) closes");
            access.as("wangli", "market", MANAGE).within("market");
            assertEquals(List.of("hailan-cw", "liuyang"),
                    notices.objections(notice.id()).stream().map(Objection::login).toList());
            assertEquals(NoticeOutcome.NO_OBJECTION, notices.find(quiet.id()).orElseThrow().outcome());

            // the next day: no more objections; the close job closes it with its outcome, once
            set(clock, LocalDateTime.of(2026, 10, 11, 0, 10));
            access.asEnterprise("hailan-cw", HAILAN);
            assertEquals("notice.error.ended", assertThrows(NoticeRefusedException.class,
                    () -> notices.object(notice.id(), "迟到的异议")).messageKey());
            assertEquals(1, access.asSystem(() -> notices.closeDue()));
            assertEquals(0, access.asSystem(() -> notices.closeDue()), "closed once");
            PublicNotice closed = notices.find(notice.id()).orElseThrow();
            assertEquals(NoticeState.CLOSED, closed.state());
            assertEquals(NoticeOutcome.OBJECTIONS_RECEIVED, closed.outcome());
            assertEquals(2, closed.objections());
            assertEquals("notice.error.not-open", assertThrows(NoticeRefusedException.class,
                    () -> notices.object(notice.id(), "异议")).messageKey());

            // withdrawn before its end, with a reason, by a holder of its permission only
            assertThrows(AccessDeniedException.class, () -> notices.withdraw(later.id(), "材料有误"));
            access.as("wangli", "market", MANAGE).within("market");
            assertEquals("reason", assertThrows(NoticeRefusedException.class,
                    () -> notices.withdraw(later.id(), " ")).field());
            PublicNotice withdrawn = notices.withdraw(later.id(), "申请人撤回注销申请");
            assertEquals(NoticeState.WITHDRAWN, withdrawn.state());
            assertNull(withdrawn.outcome());
            assertEquals("notice.error.not-open", assertThrows(NoticeRefusedException.class,
                    () -> notices.withdraw(closed.id(), "太迟")).messageKey());
            assertEquals(List.of(closed.id(), 0L), List.of(notices.of("market", "Deregistration", "D-1").get(0).id(),
                    (long) notices.current(null).size()));

            // every change audited; every change posted, with what a plugin needs to react
            assertEquals(List.of("notice.open", "notice.open", "notice.open", "notice.object", "notice.object",
                    "notice.close", "notice.close", "notice.withdraw"), audit.actions());
            assertEquals(List.of(NoticeEvents.OPENED, NoticeEvents.OPENED, NoticeEvents.OPENED, NoticeEvents.OBJECTED,
                    NoticeEvents.OBJECTED, NoticeEvents.CLOSED, NoticeEvents.CLOSED, NoticeEvents.WITHDRAWN),
                    events.stream().map(Event::getTopic).toList());
            Event closedEvent = events.get(6);
            assertEquals("OBJECTIONS_RECEIVED", closedEvent.getProperty(NoticeEvents.OUTCOME));
            assertEquals("market", closedEvent.getProperty(NoticeEvents.PLUGIN));
            assertEquals("D-1", closedEvent.getProperty(NoticeEvents.RECORD_ID));
            assertEquals(notice.id(), closedEvent.getProperty(NoticeEvents.NOTICE_ID));
            assertEquals("NO_OBJECTION", events.get(5).getProperty(NoticeEvents.OUTCOME));
            assertTrue(audit.entries().get(3).after().contains(HAILAN), audit.entries().get(3).after());

            // a closed record may be made public again; two nodes opening it at the same moment open it once
            List<Object> outcomes = new CopyOnWriteArrayList<>();
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            NoticeService otherNode = new NoticeService(database.jdbi(Database.PLATFORM_SCHEMA), access, CALENDAR,
                    java.util.Optional::empty, e -> { }, clock);
            List<Thread> nodes = List.of(notices, otherNode).stream().map(service -> new Thread(() -> {
                try {
                    together.await();
                    outcomes.add(service.open(deregistration("D-1", NoticePeriod.workingDays(20))));
                } catch (NoticeRefusedException refused) {
                    outcomes.add(refused.messageKey());
                } catch (Exception e) {
                    outcomes.add(e);
                }
            })).toList();
            nodes.forEach(Thread::start);
            for (Thread t : nodes) {
                t.join(60_000);
            }
            assertEquals(1, outcomes.stream().filter(PublicNotice.class::isInstance).count(), outcomes.toString());
            assertEquals(List.of("notice.error.already-open"),
                    outcomes.stream().filter(String.class::isInstance).toList(), outcomes.toString());
            assertEquals(2, notices.of("market", "Deregistration", "D-1").size());
        }
    }
}
