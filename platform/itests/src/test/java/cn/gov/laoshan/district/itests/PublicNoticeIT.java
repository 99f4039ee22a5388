package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import cn.gov.laoshan.district.api.notice.NoticeEvents;
import cn.gov.laoshan.district.api.notice.NoticeOutcome;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.audit.domain.AuditFilter;
import cn.gov.laoshan.district.audit.service.AuditQuery;
import cn.gov.laoshan.district.core.jobs.JobSchedule;
import cn.gov.laoshan.district.runtime.RuntimeOptions;
import cn.gov.laoshan.district.shell.security.SignedInUser;
import cn.gov.laoshan.district.testkit.TestPlatform;

/**
 * A public notice (公示) in the real platform, whose clock the test moves: market's simple deregistration is made
 * public for 5 working days from 29 September 2026, over the National Day holiday, to the 调休 Saturday 10 October;
 * an enterprise's user objects; when the clock passes 00:10 of 11 October the platform's own daily job closes it
 * (no call from the test) with "objections received", and a plugin's EventHandler hears every step. A notice nobody
 * objected to closes with "no objection". Every change is in the audit log.
 */
class PublicNoticeIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String MANAGE = "market.deregistration.manage";
    static final String HAILAN = "91370212MA3C4XK2QQ";

    /** The real time shifted by an offset the test sets: time flows, and jumps when the test says. */
    static final class ShiftedClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void jumpTo(LocalDateTime beijing) {
            offset.set(Duration.between(Instant.now(), beijing.atZone(BEIJING).toInstant()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        /** The same moved time in {@code zone}: a plugin's "today" in Beijing must be Beijing's day, not UTC's. */
        @Override
        public Clock withZone(ZoneId zone) {
            ShiftedClock shifted = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return shifted.withZone(other);
                }

                @Override
                public Instant instant() {
                    return shifted.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    @Test
    void aNoticeOverAHolidayTakesAnObjectionAndIsClosedByTheDailyJob() throws Throwable {
        ShiftedClock clock = new ShiftedClock();
        clock.jumpTo(LocalDateTime.of(2026, 9, 29, 9, 0));
        try (TestPlatform platform = TestPlatform.start(
                RuntimeOptions.forHome(Files.createTempDirectory("district-notice-home")), clock)) {
            var context = platform.runtime().bundleContext();
            List<Event> heard = new CopyOnWriteArrayList<>();
            Dictionary<String, Object> subscription = new Hashtable<>();
            subscription.put(EventConstants.EVENT_TOPIC, NoticeEvents.ALL);
            subscription.put(EventConstants.EVENT_FILTER, "(plugin=market)");
            context.registerService(EventHandler.class, heard::add, subscription);
            PublicNotices notices = platform.runtime().service(PublicNotices.class).orElseThrow();

            SignedInUser officer = new SignedInUser("wangli", "王丽", "market", null, false,
                    Map.of(MANAGE, DepartmentScope.of(Set.of("market"))), false);
            SignedInUser enterprise = new SignedInUser("hailan-cw", "海澜财务", null, HAILAN, false, Map.of(), false);
            AtomicReference<PublicNotice> opened = new AtomicReference<>();
            AtomicReference<PublicNotice> quiet = new AtomicReference<>();
            HousingIT.asUser(officer, () -> {
                opened.set(notices.open(new NoticeRequest("market", "Deregistration", "D-2026-0117",
                        "简易注销公告：青岛海澜科技有限公司", "全体投资人承诺：企业不存在未结清的清偿费用、职工工资、社会保险费用……",
                        NoticePeriod.workingDays(5), null, MANAGE, "market")));
                quiet.set(notices.open(new NoticeRequest("market", "Deregistration", "D-2026-0118",
                        "简易注销公告：青岛明德餐饮有限公司", "……", NoticePeriod.calendarDays(5), null, MANAGE, "market")));
                return null;
            });
            PublicNotice notice = opened.get();
            assertEquals(LocalDate.of(2026, 9, 29), notice.startDate());
            assertEquals(LocalDate.of(2026, 10, 10), notice.endDate(), "5 working days over the National Day holiday");
            assertEquals(LocalDate.of(2026, 10, 3), quiet.get().endDate());

            HousingIT.asUser(enterprise, () -> notices.object(notice.id(), "本公司尚有未结清的货款，请暂缓注销。"));
            assertThrows(AccessDeniedException.class, () -> notices.object(notice.id(), "无人登录"),
                    "objecting needs a signed-in user");
            HousingIT.asUser(enterprise, () -> assertThrows(AccessDeniedException.class,
                    () -> notices.withdraw(notice.id(), "不是我的"), "withdrawing needs the notice's permission"));

            JobSchedule.Job close = platform.runtime().service(JobSchedule.class).orElseThrow().jobs().stream()
                    .filter(j -> j.id().equals("notice/close")).findFirst().orElseThrow();
            assertEquals(LocalTime.of(0, 10), close.dailyAt());
            assertEquals(LocalDateTime.of(2026, 9, 30, 0, 10).atZone(BEIJING).toInstant(), close.nextRun());

            // the night after the last day: the platform's scheduler runs the close job by itself
            clock.jumpTo(LocalDateTime.of(2026, 10, 11, 0, 10, 30));
            TestPlatform.await(() -> heard.stream().filter(e -> e.getTopic().equals(NoticeEvents.CLOSED)).count() == 2,
                    Duration.ofSeconds(30), "the daily job to close both notices");
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            PublicNotice closed = access.asSystem(() -> notices.find(notice.id())).orElseThrow();
            assertEquals(NoticeState.CLOSED, closed.state());
            assertEquals(NoticeOutcome.OBJECTIONS_RECEIVED, closed.outcome());
            assertEquals(NoticeOutcome.NO_OBJECTION,
                    access.asSystem(() -> notices.find(quiet.get().id())).orElseThrow().outcome());

            assertEquals(List.of(NoticeEvents.OPENED, NoticeEvents.OPENED, NoticeEvents.OBJECTED, NoticeEvents.CLOSED,
                    NoticeEvents.CLOSED), heard.stream().map(Event::getTopic).toList());
            Event outcome = heard.stream().filter(e -> e.getTopic().equals(NoticeEvents.CLOSED)
                    && e.getProperty(NoticeEvents.RECORD_ID).equals("D-2026-0117")).findFirst().orElseThrow();
            assertEquals("OBJECTIONS_RECEIVED", outcome.getProperty(NoticeEvents.OUTCOME));
            assertEquals(1, outcome.getProperty(NoticeEvents.OBJECTIONS));

            AuditQuery audit = platform.runtime().service(AuditQuery.class).orElseThrow();
            List<AuditEntry> entries = access.asSystem(() -> audit.find(new AuditFilter(null, "notice", null, null,
                    null), 0, 100));
            assertEquals(Set.of("notice.open", "notice.object", "notice.close"),
                    Set.copyOf(entries.stream().map(AuditEntry::action).toList()));
            assertEquals(5, entries.size(), entries.toString());
            assertTrue(entries.stream().anyMatch(e -> e.action().equals("notice.object") && e.actorLogin().equals("hailan-cw")),
                    entries.toString());
        }
    }
}
