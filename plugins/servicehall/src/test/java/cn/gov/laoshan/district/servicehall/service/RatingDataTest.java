package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Rating;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.servicehall.domain.Rectification;
import cn.gov.laoshan.district.servicehall.domain.RectificationState;
import cn.gov.laoshan.district.servicehall.domain.Satisfaction;
import cn.gov.laoshan.district.servicehall.domain.Visit;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/** 好差评 and rectifications over the real migrations on Derby and, when configured, PostgreSQL. */
class RatingDataTest {

    /** Thursday before the Mid-Autumn and National Day holidays. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 9, 24);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private record Setup(Fixture f, QueueService queue, RatingService ratings) {
        /** A walk-in served today at window 5; {@code mobile} null for an anonymous one. */
        Visit served(String mobile) {
            f.clock.set(f.clock.instant().plusSeconds(60));
            Visit v = queue.walkIn("ZX", "CRJ-002", mobile == null ? null : "王芳", mobile);
            Visit called = queue.callNext("ZX", 5).orElseThrow();
            assertEquals(v.id(), called.id());
            queue.start(v.id());
            return queue.finish(v.id());
        }
    }

    private static Setup setup(PluginSchema schema) {
        Fixture f = new Fixture(schema, "2026-09-24T01:00:00Z");
        f.access.as("zhongxin-admin", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.CATALOGUE_READ,
                ServiceHallRoles.HALL_MANAGE, ServiceHallRoles.BOOKING_MANAGE, ServiceHallRoles.RATING_RESPOND,
                ServiceHallRoles.RATING_REVIEW).within(ServiceHallRoles.DEPARTMENT);
        QueueRepository visits = new QueueRepository(schema.jdbi());
        QueueService queue = new QueueService(visits, f.bookings, f.catalogue, f.halls, f.access, f.audit,
                new QueueSignals(), f.clock);
        RatingService ratings = new RatingService(new RatingRepository(schema.jdbi()), visits, f.catalogue, f.access,
                f.audit, OfficialSchedules.calendar(), f.clock);
        return new Setup(f, queue, ratings);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDissatisfiedRealNameRatingIsRectifiedCalledBackAndReportedWithinFifteenWorkingDays(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            Visit visit = s.served("13912345678");
            Rating rating = s.ratings.rate(visit.id(), RatingLevel.DISSATISFIED, "等候时间过长");
            assertTrue(rating.realName());
            Rectification r = s.ratings.rectificationOfRating(rating.id()).orElseThrow();
            // 15 working days from Thu 9-24 over 中秋 (9-25..27), 国庆 (10-1..7) and the 调休 Saturday 10-10
            assertEquals(LocalDate.of(2026, 10, 22), r.dueOn());
            assertEquals(RectificationState.OPEN, r.state());
            assertEquals("servicehall.error.rated", refused(() -> s.ratings.rate(visit.id(), RatingLevel.SATISFIED,
                    null)).messageKey());

            assertEquals(List.of("appeal", "verify"), s.ratings.actions(r).stream().map(t -> t.action()).sorted().toList());
            s.ratings.fire(r.id(), "verify", "窗口高峰时段叫号慢，属实");
            s.ratings.fire(r.id(), "assign", "出入境窗口");
            s.ratings.fire(r.id(), "fix", "高峰时段增开一个窗口");
            RefusedException noCallback = refused(() -> s.ratings.fire(r.id(), "report", "已反馈"));
            assertEquals("servicehall.error.callback-missing", noCallback.messageKey());
            s.ratings.callback(r.id(), "已电话回访，群众表示认可");
            Rectification closed = s.ratings.fire(r.id(), "report", "已反馈评价人");
            assertEquals(RectificationState.CLOSED, closed.state());
            assertFalse(closed.overdue(LocalDate.of(2026, 11, 1)));
            assertEquals("rectification.report", s.f.audit.last().action());
            assertTrue(s.ratings.rectifications(true).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAppealIsReviewedByTheCentreAndOverdueOnesStandOut(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            Rating anonymous = s.ratings.rate(s.served(null).id(), RatingLevel.VERY_DISSATISFIED, null);
            assertFalse(anonymous.realName());
            Rectification r = s.ratings.rectificationOfRating(anonymous.id()).orElseThrow();
            assertTrue(r.overdue(LocalDate.of(2026, 10, 23)));
            assertFalse(r.overdue(LocalDate.of(2026, 10, 22)));
            s.ratings.fire(r.id(), "appeal", "评价人误选，监控显示已按时办结");
            s.f.access.as("responder", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.RATING_RESPOND)
                    .within(ServiceHallRoles.DEPARTMENT);
            assertThrows(AccessDeniedException.class, () -> s.ratings.fire(r.id(), "uphold", "成立"));
            s.f.access.as("zhongxin-admin", ServiceHallRoles.DEPARTMENT, ServiceHallRoles.RATING_RESPOND,
                    ServiceHallRoles.RATING_REVIEW).within(ServiceHallRoles.DEPARTMENT);
            assertEquals(RectificationState.DISMISSED, s.ratings.fire(r.id(), "uphold", "核实申诉成立").state());
            assertFalse(s.ratings.rectification(r.id()).orElseThrow().overdue(LocalDate.of(2026, 12, 1)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void lateRatingsAreTakenMarkedLateExportedAndTheFiguresArePublished(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            Visit first = s.served("13912345671");
            s.ratings.rate(s.served(null).id(), RatingLevel.VERY_SATISFIED, null);
            s.ratings.rate(s.served(null).id(), RatingLevel.SATISFIED, null);
            s.ratings.rate(s.served(null).id(), RatingLevel.BASICALLY_SATISFIED, null);
            s.ratings.rate(s.served(null).id(), RatingLevel.DISSATISFIED, null);
            assertTrue(s.ratings.rectificationOfRating(999).isEmpty());
            // Thu 9-24 plus 5 working days is Fri 10-9 (holidays between); the rating pad closes after it
            s.f.clock.set(LocalDate.of(2026, 10, 10).atTime(LocalTime.of(10, 0)).atZone(BookingService.BEIJING).toInstant());
            // Shandong takes it still (补评): counted, marked late
            assertTrue(s.ratings.rate(first.id(), RatingLevel.SATISFIED, null).late());
            assertTrue(s.ratings.rectifications(false).stream().noneMatch(r -> r.rating().late()),
                    "the ratings in time are not late");
            // the period's ratings as Excel: a header and five rows, the late one marked
            java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
            s.ratings.exportXlsx(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 10), xlsx);
            String sheet = sheetText(xlsx.toByteArray());
            assertEquals(6, sheet.split("<row", -1).length - 1, sheet);
            assertTrue(sheet.contains("补评") && sheet.contains("不满意") && sheet.contains("区公安分局出入境管理大队"));
            assertEquals("to", refused(() -> s.ratings.exportXlsx(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 1),
                    new java.io.ByteArrayOutputStream())).field());
            List<Satisfaction> byHall = s.ratings.satisfaction(Satisfaction.By.HALL, LocalDate.of(2026, 9, 1),
                    LocalDate.of(2026, 9, 30));
            assertEquals(1, byHall.size());
            assertEquals("ZX", byHall.get(0).key());
            assertEquals(4, byHall.get(0).total());
            assertEquals(75.0, byHall.get(0).rate(), 0.001);
            assertEquals(List.of("区公安分局出入境管理大队"), s.ratings.satisfaction(Satisfaction.By.DEPARTMENT,
                    LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).stream().map(Satisfaction::key).toList());
            // the late rating counts in the month it was given
            assertEquals(List.of("2026-09", "2026-10"), s.ratings.satisfaction(Satisfaction.By.MONTH, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31)).stream().map(Satisfaction::key).toList());
        }
    }

    /** The sheets' XML with the shared strings, as one text (read by the zip's central directory). */
    private static String sheetText(byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ratings", ".xlsx");
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                        text.append(new String(zip.getInputStream(e).readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        // fastexcel writes every character beyond ASCII as a character reference
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
