package cn.gov.laoshan.district.servicehall.salon.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.salon.domain.EventKind;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonEvent;
import cn.gov.laoshan.district.servicehall.salon.domain.SalonFigures;
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
        SettableClock clock = new SettableClock();
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
    void enterprisesRegisterTheirOwnAndTheYearIsCounted(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            TestAccess access = centre();
            SalonService salon = service(schema, access);
            assertEquals("servicehall.salon.error.project-kind", refused(() -> salon.plan("YS", DAY, LocalTime.of(9, 0),
                    LocalTime.of(10, 0), EventKind.ROADSHOW, "路演", null, "ZJ-2026-001", 20)));
            SalonEvent briefing = salon.plan("YS", DAY, LocalTime.of(14, 0), LocalTime.of(16, 0),
                    EventKind.POLICY_BRIEFING, "高新技术企业认定政策宣讲", "申报要点", null, 5);
            SalonEvent consultation = salon.plan("XM", DAY, LocalTime.of(9, 0), LocalTime.of(11, 0),
                    EventKind.JOINT_CONSULTATION, "歌尔科技产业项目二期联合会商", null, "ZJ-2026-001", 10);

            access.asEnterprise("hailan-qy", HAILAN, SalonRoles.REGISTER);
            salon.register(briefing.id(), 3, "海澜智能终端项目");
            assertEquals("servicehall.salon.error.registered", refused(() -> salon.register(briefing.id(), 1, null)));
            assertThrows(AccessDeniedException.class, () -> salon.figures(2026));
            assertThrows(AccessDeniedException.class, () -> salon.book("XM", DAY, LocalTime.of(17, 0),
                    LocalTime.of(18, 0), "企业不能订"));
            access.asEnterprise("mingde-qy", MINGDE, SalonRoles.REGISTER);
            assertEquals("servicehall.salon.error.full", refused(() -> salon.register(briefing.id(), 3, null)));
            salon.register(briefing.id(), 2, null);
            assertEquals(2, salon.events(2026).size());
            // staff hold no enterprise: they do not register
            TestAccess staff = centre().hold(SalonRoles.MANAGE, SalonRoles.REGISTER);
            assertEquals("servicehall.salon.error.enterprise-only",
                    refused(() -> service(schema, staff).register(consultation.id(), 1, null)));

            access.as("sunli", ServiceHallRoles.DEPARTMENT, SalonRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
            salon.held(briefing.id(), 6, List.of(HAILAN, MINGDE));
            salon.held(consultation.id(), 12, List.of());
            SalonEvent held = salon.event(briefing.id()).orElseThrow();
            assertEquals(2, held.registered());
            assertEquals(1, held.projects());
            assertEquals(new SalonFigures(2026, 2, 2, 2, 18), salon.figures(2026),
                    "two events, the enterprise's project and the housing project, two enterprises, 18 people");
            assertEquals(new SalonFigures(2025, 0, 0, 0, 0), salon.figures(2025));
        }
    }

    private static String refused(Runnable r) {
        return assertThrows(RefusedException.class, r::run).messageKey();
    }
}
