package cn.gov.laoshan.district.servicehall.helpdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.domain.IdNumber;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.ConsentForm;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpMode;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpNeed;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpResult;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.service.CatalogueRepository;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * 帮办代办 over the plugin's real migrations on Derby and PostgreSQL: an elderly resident's home-visit request taken
 * by phone, routed by its address, taken on by a community helper, visited; the submission on her behalf refused
 * until her consent is recorded (and nothing changed then), then submitted and completed; who may do what; bad
 * input refused with nothing stored; the figures per level and street; the export masks ID numbers.
 */
class HelpdeskDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private final SettableClock clock = new SettableClock();
    private final TestAccess access = TestAccess.staff("sunli", ServiceHallRoles.DEPARTMENT, HelpdeskWorkflow.READ,
            HelpdeskWorkflow.TAKE, HelpdeskWorkflow.HANDLE, HelpdeskWorkflow.MANAGE, ServiceHallRoles.CATALOGUE_READ)
            .within(ServiceHallRoles.DEPARTMENT);
    private final RecordingAuditLog audit = new RecordingAuditLog(access);
    private final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    private final List<String> posted = new CopyOnWriteArrayList<>();

    private HelpdeskService service(PluginSchema schema) {
        clock.set(Instant.parse("2026-12-07T02:00:00Z"));
        CatalogueService catalogue = new CatalogueService(new CatalogueRepository(schema.jdbi()), access, audit,
                clock);
        RecordEvents events = new RecordEvents("servicehall/helpdesk", () -> new EventAdmin() {
            public void postEvent(Event event) {
                posted.add(event.getTopic());
            }

            public void sendEvent(Event event) {
                posted.add(event.getTopic());
            }
        }, access, clock);
        return new HelpdeskService(new HelpdeskRepository(schema.jdbi()), catalogue, access, audit, timeline, events,
                clock);
    }

    static HelpRequest.Intake grandmother(String address) {
        return new HelpRequest.Intake(HelpChannel.PHONE, HelpMode.HOME_VISIT, "王建华", "13806391234", "刘桂芳",
                idNumber(LocalDate.of(1938, 5, 16), 222), "母亲", HelpNeed.ELDERLY, "HJ-002", address,
                LocalDate.of(2026, 12, 9), "MORNING");
    }

    static String idNumber(LocalDate born, int n) {
        String first17 = String.format("370212%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
                born.getDayOfMonth(), n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anElderlyResidentsHomeVisitIsHandledToTheResultWithHerConsentBeforeTheSubmission(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            helpdesk.addHelper("BB-SZK-01", "maqin");
            HelpRequest taken = helpdesk.take(grandmother("崂山区沙子口街道沙子口社区南姜路12号2单元301"));
            assertEquals(HelpState.ROUTED, taken.state());
            assertEquals("BB-SZK-01", taken.groupCode());
            assertEquals(HallLevel.COMMUNITY, taken.level());
            assertEquals("沙子口街道", taken.street());
            assertEquals("居民身份证换领", taken.itemName());
            assertTrue(taken.number().matches("BB261207-\\d{6}"), taken.number());

            // a helper of another group neither sees it nor takes it on — the groups are a scope, in the SQL (the
            // person's ID number and mobile are for the helpers who serve her) —; the community's helper can
            access.as("zhoujie", ServiceHallRoles.DEPARTMENT, HelpdeskWorkflow.READ, HelpdeskWorkflow.HANDLE)
                    .within(ServiceHallRoles.DEPARTMENT);
            assertTrue(helpdesk.find(taken.id()).isEmpty());
            assertTrue(helpdesk.findByNumber(taken.number()).isEmpty());
            assertTrue(helpdesk.list(null, null, 0, 100).isEmpty());
            assertEquals(0, helpdesk.figures(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).total());
            RefusedException notMember = assertThrows(RefusedException.class,
                    () -> helpdesk.assign(taken.id(), null));
            assertEquals("servicehall.helpdesk.error.not-found", notMember.messageKey());
            access.as("maqin", ServiceHallRoles.DEPARTMENT, HelpdeskWorkflow.READ, HelpdeskWorkflow.HANDLE)
                    .within(ServiceHallRoles.DEPARTMENT);
            assertEquals(List.of(taken.number()), helpdesk.list(null, null, 0, 100).stream().map(HelpRequest::number)
                    .toList(), "her community's helper sees it");
            assertEquals("maqin", helpdesk.assign(taken.id(), null).assignee());
            HelpRequest visited = helpdesk.visit(taken.id(), "居民身份证原件、户口簿、近期免冠照片（上门采集）");
            assertEquals(HelpState.VISITED, visited.state());
            assertNotNull(visited.visitedAt());

            // no consent on record: the submission on her behalf is refused and nothing changes
            int before = timeline.entries().size();
            TransitionRefusedException refused = assertThrows(TransitionRefusedException.class,
                    () -> helpdesk.submit(taken.id(), "SQ20261209-0001"));
            assertEquals("servicehall.helpdesk.error.no-consent", refused.messageKey());
            HelpRequest still = helpdesk.find(taken.id()).orElseThrow();
            assertEquals(HelpState.VISITED, still.state());
            assertNull(still.submissionRef());
            assertNull(still.submittedAt());
            assertEquals(before, timeline.entries().size());

            // consent: who, how, when, by whom — then the submission goes
            clock.set(Instant.parse("2026-12-09T02:30:00Z"));
            HelpRequest consented = helpdesk.recordConsent(taken.id(), "刘桂芳（本人）", ConsentForm.FINGERPRINT);
            assertEquals("刘桂芳（本人）", consented.consentBy());
            assertEquals(ConsentForm.FINGERPRINT, consented.consentHow());
            assertEquals(Instant.parse("2026-12-09T02:30:00Z"), consented.consentAt());
            assertEquals("maqin", consented.consentRecordedBy());
            HelpRequest submitted = helpdesk.submit(taken.id(), "SQ20261209-0001");
            assertEquals(HelpState.SUBMITTED, submitted.state());
            assertTrue(submitted.consentAt().compareTo(submitted.submittedAt()) <= 0);
            HelpRequest done = helpdesk.complete(taken.id(), HelpResult.GRANTED, "新证已送达本人");
            assertEquals(HelpState.COMPLETED, done.state());
            assertEquals(HelpResult.GRANTED, done.result());

            assertEquals(List.of("take", "assign", "visit", "consent", "submit", "complete"), timeline
                    .of(ServiceHallRoles.PLUGIN, HelpdeskWorkflow.TYPE, taken.number()).stream()
                    .map(e -> e.action()).toList());
            assertEquals(List.of("ROUTED", "ASSIGNED", "VISITED", "VISITED", "SUBMITTED", "COMPLETED"), posted
                    .stream().map(t -> t.substring(t.lastIndexOf('/') + 1)).toList());
            // the ID number never goes into a timeline note
            assertTrue(timeline.entries().stream().noneMatch(e -> e.entry().note() != null
                    && e.entry().note().contains(taken.personIdNumber())));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRefusedItemNeedsTheReasonAndCancellingNeedsOne(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            HelpRequest r = helpdesk.take(grandmother("王哥庄街道港东社区55号"));
            assertEquals("BB-WGZ", r.groupCode());
            assertEquals(HallLevel.STREET, r.level());
            assertThrows(TransitionRefusedException.class, () -> helpdesk.cancel(r.id(), " "));
            assertEquals(HelpState.CANCELLED, helpdesk.cancel(r.id(), "家属已自行办理").state());
            // a finished request moves no further
            assertThrows(TransitionRefusedException.class, () -> helpdesk.assign(r.id(), "sunli"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badInputIsRefusedAtItsFieldAndNothingIsStored(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            HelpRequest.Intake good = grandmother("北宅街道北宅社区1号");
            assertEquals("personIdNumber", assertThrows(RefusedException.class, () -> helpdesk.take(
                    new HelpRequest.Intake(good.channel(), good.mode(), good.callerName(), good.callerMobile(),
                            good.personName(), "370212193802302221", good.relation(), good.need(), good.itemCode(),
                            good.address(), good.preferredOn(), good.preferredPeriod()))).field());
            assertEquals("callerMobile", assertThrows(RefusedException.class, () -> helpdesk.take(
                    new HelpRequest.Intake(good.channel(), good.mode(), good.callerName(), "1380639", good
                            .personName(), good.personIdNumber(), good.relation(), good.need(), good.itemCode(),
                            good.address(), good.preferredOn(), good.preferredPeriod()))).field());
            assertEquals("itemCode", assertThrows(RefusedException.class, () -> helpdesk.take(
                    new HelpRequest.Intake(good.channel(), good.mode(), good.callerName(), good.callerMobile(),
                            good.personName(), good.personIdNumber(), good.relation(), good.need(), "NO-999",
                            good.address(), good.preferredOn(), good.preferredPeriod()))).field());
            assertEquals("preferredOn", assertThrows(RefusedException.class, () -> helpdesk.take(
                    new HelpRequest.Intake(good.channel(), good.mode(), good.callerName(), good.callerMobile(),
                            good.personName(), good.personIdNumber(), good.relation(), good.need(), good.itemCode(),
                            good.address(), LocalDate.of(2026, 12, 6), good.preferredPeriod()))).field());
            // staff cannot type an online request in; only the online side makes those
            assertEquals("channel", assertThrows(RefusedException.class, () -> helpdesk.take(
                    new HelpRequest.Intake(HelpChannel.ONLINE, good.mode(), good.callerName(), good.callerMobile(),
                            good.personName(), good.personIdNumber(), good.relation(), good.need(), good.itemCode(),
                            good.address(), good.preferredOn(), good.preferredPeriod()))).field());
            assertEquals(0, helpdesk.list(null, null, 0, 100).size());
            assertTrue(timeline.entries().isEmpty());

            // deny by default: without TAKE no request is taken, without READ none is seen
            access.as("zhaomin", "justice", HelpdeskWorkflow.READ).within("justice");
            assertThrows(AccessDeniedException.class, () -> helpdesk.take(good));
            access.as("sunli", ServiceHallRoles.DEPARTMENT, HelpdeskWorkflow.TAKE, HelpdeskWorkflow.READ)
                    .within(ServiceHallRoles.DEPARTMENT);
            helpdesk.take(good);
            access.as("zhaomin", "justice", HelpdeskWorkflow.READ).within("justice");
            assertEquals(0, helpdesk.list(null, null, 0, 100).size());
            access.as("zhaomin", "justice");
            assertThrows(AccessDeniedException.class, () -> helpdesk.list(null, null, 0, 100));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void figuresPerLevelAndStreetAndTheExportMasksIdNumbers(TestDatabase database) throws Exception {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            helpdesk.take(grandmother("沙子口街道沙子口社区1号"));
            helpdesk.take(grandmother("沙子口街道东麦窑社区2号"));
            helpdesk.take(grandmother("金家岭街道株洲路社区3号"));
            helpdesk.take(grandmother("青岛市市南区香港中路10号"));
            HelpdeskService.Figures f = helpdesk.figures(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
            assertEquals(4, f.total());
            assertEquals(1, f.perLevel().get(HallLevel.DISTRICT));
            assertEquals(1, f.perLevel().get(HallLevel.STREET));
            assertEquals(2, f.perLevel().get(HallLevel.COMMUNITY));
            assertEquals(2, f.perStreet().get("沙子口街道"));
            assertEquals(1, f.perStreet().get("金家岭街道"));
            assertEquals(1, f.perStreet().get("—"));
            assertEquals(0, helpdesk.figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).total());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            helpdesk.exportXlsx(out, Locale.SIMPLIFIED_CHINESE);
            String sheet = xlsxText(out.toByteArray());
            assertTrue(sheet.contains("370212********"), "masked ID numbers");
            assertTrue(!sheet.contains(idNumber(LocalDate.of(1938, 5, 16), 222)), "no whole ID number");
            assertTrue(sheet.contains("138****1234"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aResidentsOnlineRequestIsRoutedLikeOneTakenByPhoneWithoutAnAccount(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            HelpRequest.Intake phone = grandmother("金家岭街道株洲路社区19号楼");
            HelpRequest.Intake online = new HelpRequest.Intake(HelpChannel.ONLINE, phone.mode(), phone.callerName(),
                    phone.callerMobile(), phone.personName(), phone.personIdNumber(), phone.relation(), phone.need(),
                    phone.itemCode(), phone.address(), phone.preferredOn(), phone.preferredPeriod());
            access.signOut();
            // the page checks the form before using up the code; a bad one is refused the same way
            helpdesk.validate(online);
            assertEquals("address", assertThrows(RefusedException.class, () -> helpdesk.validate(
                    new HelpRequest.Intake(HelpChannel.ONLINE, phone.mode(), phone.callerName(), phone.callerMobile(),
                            phone.personName(), phone.personIdNumber(), phone.relation(), phone.need(),
                            phone.itemCode(), " ", phone.preferredOn(), phone.preferredPeriod()))).field());
            HelpRequest r = helpdesk.takeOnline(online);
            assertEquals(HelpChannel.ONLINE, r.channel());
            assertEquals("BB-JJL-01", r.groupCode());
            // the online side makes online requests only
            assertEquals("channel", assertThrows(RefusedException.class, () -> helpdesk.takeOnline(phone)).field());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theRoutingTableIsDataTheCentreChangesAudited(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            HelpdeskService helpdesk = service(schema);
            helpdesk.setRoute("沙子口街道", "东麦窑社区", "BB-SZK-01");
            assertEquals("helpdesk.route", audit.last().action());
            assertEquals("BB-SZK-01", helpdesk.take(grandmother("沙子口街道东麦窑社区2号")).groupCode());
            assertEquals("community", assertThrows(RefusedException.class,
                    () -> helpdesk.setRoute("沙子口街道", "东麦窑村", "BB-SZK")).field());
            access.hold(HelpdeskWorkflow.READ, HelpdeskWorkflow.HANDLE);
            assertThrows(AccessDeniedException.class, () -> helpdesk.setRoute("沙子口街道", "", "BB-ZX"));
        }
    }

    /** The shared strings and the sheet of an .xlsx, as text. */
    static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("helpdesk", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        text.append(new String(zip.getInputStream(e).readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return text.toString();
    }
}
