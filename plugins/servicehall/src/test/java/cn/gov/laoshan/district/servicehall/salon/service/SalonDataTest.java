package cn.gov.laoshan.district.servicehall.salon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.attachment.AttachedTo;
import cn.gov.laoshan.district.api.project.ProjectSummary;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonRegistration;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/** 会客厅 on Derby and PostgreSQL: no room is booked twice at once, registrations and the year's figures. */
class SalonDataTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 20);
    private static final String HAILAN = "91370212MA3C4XK2QQ";
    private static final String MINGDE = "91370212MA3D0WPHWP";

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static SalonService service(PluginSchema schema, TestAccess access) {
        return service(schema, access, new SettableClock());
    }

    private static SalonService service(PluginSchema schema, TestAccess access, SettableClock clock) {
        clock.set(Instant.parse("2026-10-12T01:00:00Z"));
        return new SalonService(schema.jdbi(), access, new RecordingAuditLog(access), clock);
    }

    private static TestAccess centre() {
        return TestAccess.staff("sunli", ServiceHallRoles.DEPARTMENT, SalonRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRoomIsNeverBookedTwiceAtOnce(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            SalonService salon = service(schema, centre());
            salon.book("XM", DAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "歌尔二期模拟审批");
            assertEquals("servicehall.salon.error.room-taken", refused(() -> salon.book("XM", DAY, LocalTime.of(10, 30),
                    LocalTime.of(12, 0), "重叠")));
            assertEquals("servicehall.salon.error.room-taken", refused(() -> salon.book("XM", DAY, LocalTime.of(8, 0),
                    LocalTime.of(12, 0), "包含")));
            // back to back is fine, and another room at the same hour
            salon.book("XM", DAY, LocalTime.of(11, 0), LocalTime.of(12, 0), "紧接着");
            salon.book("YS", DAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "另一间");
            assertEquals("servicehall.salon.error.period", refused(() -> salon.book("YS", DAY, LocalTime.of(14, 0),
                    LocalTime.of(14, 0), "零时长")));
            assertEquals("servicehall.salon.error.hours", refused(() -> salon.book("YS", DAY, LocalTime.of(20, 0),
                    LocalTime.of(22, 0), "太晚")));
            assertEquals("servicehall.salon.error.room-unknown", refused(() -> salon.book("NOPE", DAY, LocalTime.of(14, 0),
                    LocalTime.of(15, 0), "没有这间")));

            // eight bookings of the same afternoon at once: exactly one gets the room
            ExecutorService pool = Executors.newFixedThreadPool(8);
            AtomicInteger refusedCount = new AtomicInteger();
            try {
                List<Future<?>> all = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    int n = i;
                    all.add(pool.submit(() -> {
                        try {
                            salon.book("YS", DAY, LocalTime.of(14, 0).plusMinutes(n), LocalTime.of(16, 0), "并发" + n);
                        } catch (RefusedException e) {
                            assertEquals("servicehall.salon.error.room-taken", e.messageKey());
                            refusedCount.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : all) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(7, refusedCount.get());
            assertEquals(1, salon.bookings(DAY, DAY).stream().filter(b -> b.roomCode().equals("YS")
                    && b.starts().isAfter(LocalTime.of(13, 0))).count());

            // a cancelled booking frees the hour
            long cancelled = salon.bookings(DAY, DAY).stream().filter(b -> b.purpose().equals("紧接着")).findFirst()
                    .orElseThrow().id();
            salon.cancelBooking(cancelled);
            salon.book("XM", DAY, LocalTime.of(11, 0), LocalTime.of(12, 0), "取消后再订");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void enterprisesRegisterTheirOwnAttendanceIsTickedAtTheDoorAndTheYearIsCountedFromIt(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            TestAccess access = centre();
            SettableClock clock = new SettableClock();
            SalonService salon = service(schema, access, clock);
            assertEquals("servicehall.salon.error.project-kind", refused(() -> salon.plan("YS", DAY, LocalTime.of(9, 0),
                    LocalTime.of(10, 0), EventKind.ROADSHOW, "路演", null, "ZJ-2026-001", 20)));
            SalonEvent briefing = salon.plan("YS", DAY, LocalTime.of(14, 0), LocalTime.of(16, 0),
                    EventKind.POLICY_BRIEFING, "高新技术企业认定政策宣讲", "申报要点", null, 5);
            // a housing project picked from the housing plugin's directory keeps its name beside its code
            SalonEvent consultation = salon.planWithProject("XM", DAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                    EventKind.JOINT_CONSULTATION, "歌尔科技产业项目二期联合会商", null,
                    new ProjectSummary("崂住项〔2026〕001号", "歌尔科技产业项目二期", null, "housing/projects/1"), 10);
            assertEquals("崂住项〔2026〕001号", consultation.housingProject());
            assertEquals("歌尔科技产业项目二期", consultation.housingProjectName());

            access.asEnterprise("hailan-qy", HAILAN, SalonRoles.REGISTER);
            salon.register(briefing.id(), 3, "海澜智能终端项目");
            assertEquals("servicehall.salon.error.registered", refused(() -> salon.register(briefing.id(), 1, null)));
            assertThrows(AccessDeniedException.class, () -> salon.figures(2026));
            assertThrows(AccessDeniedException.class, () -> salon.registrations(briefing.id()));
            assertThrows(AccessDeniedException.class, () -> salon.checkIn(briefing.id(), HAILAN, 3));
            assertThrows(AccessDeniedException.class, () -> salon.book("XM", DAY, LocalTime.of(17, 0),
                    LocalTime.of(18, 0), "企业不能订"));
            access.asEnterprise("mingde-qy", MINGDE, SalonRoles.REGISTER);
            assertEquals("servicehall.salon.error.full", refused(() -> salon.register(briefing.id(), 3, null)));
            salon.register(briefing.id(), 2, "明德中试基地");
            assertEquals(2, salon.events(2026).size());
            // staff hold no enterprise: they do not register
            TestAccess staff = centre().hold(SalonRoles.MANAGE, SalonRoles.REGISTER);
            assertEquals("servicehall.salon.error.enterprise-only",
                    refused(() -> service(schema, staff).register(consultation.id(), 1, null)));

            access.as("sunli", ServiceHallRoles.DEPARTMENT, SalonRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
            // the door opens on the event's day, not before
            assertEquals("servicehall.salon.error.not-yet", refused(() -> salon.checkIn(briefing.id(), HAILAN, 3)));
            assertEquals("servicehall.salon.error.not-yet", refused(() -> salon.held(briefing.id())));
            clock.set(DAY.atTime(13, 50).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
            assertEquals("servicehall.salon.error.not-registered",
                    refused(() -> salon.checkIn(briefing.id(), "91370212MA3G2DB107", 1)));
            assertEquals("servicehall.salon.error.check-in-people", refused(() -> salon.checkIn(briefing.id(), HAILAN, 11)));
            SalonRegistration hailan = salon.checkIn(briefing.id(), HAILAN, 3);
            assertEquals(true, hailan.attended());
            assertEquals("sunli", hailan.checkedInBy());
            salon.checkIn(briefing.id(), MINGDE, 2);
            // ticked by mistake: taken back, 明德 did not come
            salon.checkIn(briefing.id(), MINGDE, 0);
            salon.walkIns(briefing.id(), 4);
            assertEquals(List.of("91370212MA3C4XK2QQ true 3", "91370212MA3D0WPHWP false 0"),
                    salon.registrations(briefing.id()).stream().map(r -> r.uscc() + " " + r.attended() + " "
                            + r.attendedPeople()).toList());
            // minutes are written for a held event only
            assertEquals("servicehall.salon.error.minutes-not-held", refused(() -> salon.minutes(briefing.id(), "纪要")));
            SalonEvent held = salon.held(briefing.id());
            assertEquals(7, held.peopleServed(), "three of 海澜 ticked at the door and four walk-ins");
            assertEquals("servicehall.salon.error.event-done", refused(() -> salon.checkIn(briefing.id(), MINGDE, 2)));
            assertEquals("servicehall.salon.error.event-done", refused(() -> salon.walkIns(briefing.id(), 40)));
            assertEquals("servicehall.salon.error.event-done", refused(() -> salon.held(briefing.id())));
            assertEquals(7, salon.event(briefing.id()).orElseThrow().peopleServed(), "nothing changed");
            assertEquals(2, held.registered());
            salon.walkIns(consultation.id(), 12);
            salon.held(consultation.id());
            assertEquals(new SalonFigures(2026, 2, 2, 1, 19), salon.figures(2026),
                    "two events; the project of 海澜, who came, and the housing project — not 明德's, who did not "
                            + "come; one enterprise; 3 + 4 + 12 people");
            assertEquals(new SalonFigures(2025, 0, 0, 0, 0), salon.figures(2025));

            // the minutes and who reads their files: the centre, and the enterprises that came
            assertEquals("servicehall.salon.error.minutes", refused(() -> salon.minutes(briefing.id(), " ")));
            salon.minutes(briefing.id(), "一、宣讲高新技术企业认定要点；二、海澜提出研发费用归集问题，会后由区科技局答复。");
            assertEquals("sunli", salon.event(briefing.id()).orElseThrow().minutesBy());
            SalonMinutesFiles files = new SalonMinutesFiles(salon, access);
            AttachedTo minutes = SalonMinutesFiles.of(briefing.id());
            assertTrue(files.mayRead(minutes) && files.mayAdd(minutes));
            access.asEnterprise("hailan-qy", HAILAN, SalonRoles.REGISTER);
            assertTrue(files.mayRead(minutes), "海澜 came: it reads the minutes' files");
            assertFalse(files.mayAdd(minutes), "but adds none");
            assertTrue(salon.minutesOf(briefing.id()).orElseThrow().minutes().startsWith("一、"));
            assertEquals(List.of(briefing.id()), salon.attendedEvents().stream().map(SalonEvent::id).toList());
            access.asEnterprise("mingde-qy", MINGDE, SalonRoles.REGISTER);
            assertFalse(files.mayRead(minutes), "明德 registered but did not come");
            assertTrue(salon.minutesOf(briefing.id()).isEmpty());
            assertTrue(salon.attendedEvents().isEmpty(), "明德 came to none");
            access.asEnterprise("hailan-qy", HAILAN, SalonRoles.REGISTER);
            assertFalse(files.mayRead(SalonMinutesFiles.of(consultation.id())), "not registered for that one");
            // another department's staff holding the permission: not theirs
            access.as("liuyang", "market", SalonRoles.MANAGE).within("market");
            assertFalse(files.mayRead(minutes));
        }
    }

    private static String refused(Runnable r) {
        return assertThrows(RefusedException.class, r::run).messageKey();
    }
}
