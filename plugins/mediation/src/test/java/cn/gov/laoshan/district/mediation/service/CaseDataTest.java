package cn.gov.laoshan.district.mediation.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.DepartmentScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.attachment.Attachment;
import cn.gov.laoshan.district.api.attachment.AttachmentRefusedException;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.attachments.AttachmentsModule;
import cn.gov.laoshan.district.core.db.Database;
import cn.gov.laoshan.district.mediation.MediationPlugin;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;
import cn.gov.laoshan.district.mediation.domain.Relation;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The mediation plugin's services over its real migrations (applied as the platform applies them) on Derby and, when
 * configured, PostgreSQL: attachments stored and streamed back as BLOB/bytea, refused files change nothing,
 * case-level department scoping in every read (lists, counts, detail, figures, attachment download), an enterprise
 * user's own enterprise's cases only, declared relationships refusing an assignment (回避) with the reason, search
 * order, inbox and notices. No running framework: the services are made as {@code MediationPlugin} makes them.
 */
class CaseDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    private static final String READ = CaseWorkflow.READ;
    private static final String REGISTER = CaseWorkflow.REGISTER;
    private static final String MEDIATE = CaseWorkflow.MEDIATE;
    private static final String ASSIGN = CaseWorkflow.ASSIGN;
    private static final String GROUP_ADMIN = CaseWorkflow.GROUP_ADMIN;

    /** What the plugin planned and sent: reminders (key, recipient, title, body) and notifications. */
    static final class Notices implements Reminders, Notifications {
        final List<String[]> scheduled = new CopyOnWriteArrayList<>();
        final List<String> cancelled = new CopyOnWriteArrayList<>();
        final List<String[]> sent = new CopyOnWriteArrayList<>();

        public void schedule(String key, Instant at, Recipient to, Message message) {
            scheduled.add(new String[] {key, to.value(), message.title(), message.body()});
        }

        public void cancel(String source, String key) {
            cancelled.add(key);
        }

        public Optional<Instant> dueAt(String source, String key) {
            return Optional.empty();
        }

        public long send(Recipient to, Message message) {
            sent.add(new String[] {to.value(), message.title(), message.body(), message.link()});
            return sent.size();
        }
    }

    /** The plugin's services, made as MediationPlugin makes them, over one test database. */
    static final class Plugin implements AutoCloseable {
        final PluginSchema schema;
        final Jdbi jdbi;
        final TestAccess access = new TestAccess();
        final RecordingTimeline timeline;
        final RecordingAuditLog audit = new RecordingAuditLog(access);
        final Notices notices = new Notices();
        /** What the services posted to Event Admin. */
        final List<org.osgi.service.event.Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CaseRepository repository;
        final CaseService cases;
        final GroupService groups;
        final Database platform;
        final Attachments store;
        final CaseAttachments rules;
        final RelationService relations;
        volatile int maxMb = 10;

        Plugin(TestDatabase test) {
            schema = PluginSchema.migrate(test, "mediation", MediationPlugin.class);
            jdbi = schema.jdbi();
            repository = new CaseRepository(jdbi);
            MediationSettings settings = settings();
            Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
            timeline = new RecordingTimeline(access, clock);
            cases = new CaseService(repository, access, stub(WorkingDayCalendar.class), stub(EnterpriseRegistry.class),
                    timeline, () -> Optional.of(notices), () -> Optional.of(notices),
                    new RecordEvents("mediation", () -> new org.osgi.service.event.EventAdmin() {
                        public void postEvent(org.osgi.service.event.Event event) {
                            events.add(event);
                        }

                        public void sendEvent(org.osgi.service.event.Event event) {
                            throw new AssertionError("posted, not sent");
                        }
                    }, access, clock), () -> settings, clock);
            groups = new GroupService(repository, access, () -> audit);
            try {
                platform = Database.open(test.settings());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            AttachmentsModule.migrate(platform);
            store = AttachmentsModule.attachments(platform, access, () -> Optional.of(audit), clock);
            rules = new CaseAttachments(cases, access, timeline, () -> settings);
            relations = new RelationService(repository, access, stub(EnterpriseRegistry.class), () -> audit,
                    stub(Masking.class), clock);
        }

        private MediationSettings settings() {
            return (MediationSettings) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MediationSettings.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "attachment_max_mb" -> maxMb;
                        case "annotationType" -> MediationSettings.class;
                        case "hashCode" -> 0;
                        case "equals" -> proxy == args[0];
                        case "toString" -> "settings";
                        default -> method.getDefaultValue();
                    });
        }

        @Override
        public void close() {
            platform.close();
            schema.close();
        }
    }

    /** Calendar: every day a working day; registry: knows nobody; masking: 370212********1234. */
    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type) {
        return (T) Proxy.newProxyInstance(CaseDataTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "deadline", "addWorkingDays" -> ((LocalDate) args[0]).plusDays((Integer) args[1]);
                    case "isWorkingDay" -> true;
                    case "find" -> Optional.empty();
                    case "idCard" -> ((String) args[0]).substring(0, 6) + "********" + ((String) args[0]).substring(14);
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A valid ID number (GB 11643 check character) from 17 digits. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static MediationCase register(Plugin p, String applicant, String applicantId) {
        return p.cases.register(new CaseService.NewCase(CaseType.LABOUR, IntakeChannel.WALK_IN, LocalDate.of(2026, 11, 18),
                List.of(Party.person(PartyRole.APPLICANT, applicant, applicantId, "13800001111"),
                        Party.person(PartyRole.RESPONDENT, "李四", idNumber("37021219800202123"), null)),
                "拖欠工资", "支付工资", new BigDecimal("24000.00")));
    }

    static byte[] pdf(String text) {
        StringBuilder body = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < 2000; i++) {
            body.append("% ").append(text).append(' ').append(i).append('\n');
        }
        return body.append("%%EOF\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] download(Plugin p, long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store.download(p.rules, id, out);
        return out.toByteArray();
    }

    static Attachment upload(Plugin p, long caseId, String name, byte[] content) {
        return p.store.add(p.rules, CaseAttachments.of(caseId), name, new ByteArrayInputStream(content));
    }

    static List<Attachment> list(Plugin p, long caseId) {
        return p.store.list(p.rules, CaseAttachments.of(caseId));
    }

    /** The case's rules (permission and department scope through the case's scoped read) on the platform's store. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void attachmentsUpAndDownRefusedFilesAndTheirPermissions(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            DepartmentScope socialGovernance = DepartmentScope.of(Set.of("social-governance"));
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE).within(socialGovernance);
            MediationCase c = register(p, "张三", idNumber("37021219900101123"));

            byte[] content = pdf("调解申请书");
            Attachment stored = upload(p, c.id(), "C:\\扫描件\\调解申请书（张三）.pdf", content);
            assertEquals("调解申请书（张三）.pdf", stored.fileName(), "the directory part is dropped, Chinese kept");
            assertEquals("PDF", stored.kind());
            assertEquals(content.length, stored.sizeBytes());
            assertEquals("lixiumei", stored.uploadedBy());
            assertArrayEquals(content, download(p, stored.id()), "the bytes come back unchanged");
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
            Attachment photo = upload(p, c.id(), "现场照片.png", png);
            assertEquals(List.of("调解申请书（张三）.pdf", "现场照片.png"),
                    list(p, c.id()).stream().map(Attachment::fileName).toList());
            assertTrue(p.timeline.entries().stream().anyMatch(e -> e.entry().action().equals("attach")
                    && e.entry().note().equals("现场照片.png")), "the upload is on the case's timeline");
            assertTrue(p.audit.actions().contains("attachment.add"), "and audited");

            // the plugin's limit (attachment.max.mb) holds; refused files change nothing
            p.maxMb = 1;
            byte[] big = new byte[1024 * 1024 + 1];
            System.arraycopy(content, 0, big, 0, 8);
            assertEquals("shell.attachment.error.too-large", assertThrows(AttachmentRefusedException.class,
                    () -> upload(p, c.id(), "big.pdf", big)).messageKey());
            p.maxMb = 10;
            assertEquals(2, list(p, c.id()).size(), "nothing stored by the refusal");

            // staff of another department see neither the case nor its files, whatever id they guess
            p.access.as("liuyang", "market-shazikou", READ, REGISTER, MEDIATE).within(DepartmentScope.of(Set.of("market-shazikou")));
            assertTrue(p.cases.find(c.id()).isEmpty());
            assertEquals(0, p.cases.count(CaseFilter.all(p.cases.today())));
            assertEquals(0, p.cases.list(CaseFilter.all(p.cases.today()), "deadline", true, 0, 50).size());
            assertEquals(0, p.cases.figures().open(), "the widget's figures are scoped too");
            assertThrows(AccessDeniedException.class, () -> download(p, stored.id()));
            assertThrows(AccessDeniedException.class, () -> list(p, c.id()));
            assertThrows(AccessDeniedException.class, () -> upload(p, c.id(), "x.pdf", content));
            assertThrows(AccessDeniedException.class, () -> p.store.delete(p.rules, stored.id()));
            // without the read permission at all: denied
            p.access.as("sunli", "approval", "policy.evaluate").within(DepartmentScope.ALL);
            assertThrows(AccessDeniedException.class, () -> p.cases.find(c.id()));
            assertThrows(AccessDeniedException.class, () -> download(p, stored.id()));

            // the department above (identity expands a department to its sub-departments) sees it
            p.access.as("sfj-lead", "justice", READ).within(DepartmentScope.of(Set.of("justice", "social-governance")));
            assertTrue(p.cases.find(c.id()).isPresent());
            assertArrayEquals(content, download(p, stored.id()));
            assertEquals(1, p.cases.figures().open());
            assertFalse(p.rules.mayAdd(CaseAttachments.of(c.id())), "reading is not uploading");
            assertThrows(AccessDeniedException.class, () -> upload(p, c.id(), "x.pdf", content));

            // a colleague who did not upload it may not delete it; a lead may
            p.access.as("zhaoqiang", "social-governance", READ, MEDIATE).within(socialGovernance);
            assertEquals("shell.attachment.error.delete-denied", assertThrows(AttachmentRefusedException.class,
                    () -> p.store.delete(p.rules, photo.id())).messageKey());
            p.access.as("wangjianguo", "social-governance", READ, ASSIGN, MEDIATE).within(socialGovernance);
            p.store.delete(p.rules, photo.id());
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE).within(socialGovernance);
            p.store.delete(p.rules, stored.id());
            assertEquals(0, list(p, c.id()).size());
            assertTrue(p.timeline.entries().stream().filter(e -> e.entry().action().equals("detach")).count() == 2,
                    "both deletions are on the timeline");
        }
    }

    /** Files the plugin kept in its own table before 0.2 move into the platform's store once, unchanged. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void filesKeptBeforeMoveIntoThePlatformOnce(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE)
                    .within(DepartmentScope.of(Set.of("social-governance")));
            MediationCase c = register(p, "张三", idNumber("37021219900101123"));
            byte[] content = pdf("旧附件");
            Instant then = Instant.parse("2026-05-01T01:00:00Z");
            for (String name : List.of("申请书.pdf", "old-without-kind.pdf")) {
                p.jdbi.useHandle(h -> h.createUpdate("insert into attachment (case_id, file_name, content_type, kind, "
                        + "size_bytes, content, uploaded_at, uploaded_by, uploader_name) values (:case, :name, "
                        + "'application/pdf', :kind, :size, :content, :at, 'lixiumei', '李秀梅')")
                        .bind("case", c.id()).bind("name", name).bind("kind", name.startsWith("old") ? null : "PDF")
                        .bind("size", content.length)
                        .bindBinaryStream("content", new ByteArrayInputStream(content), content.length)
                        .bind("at", java.sql.Timestamp.from(then)).execute());
            }
            assertEquals(2, p.access.asSystem(() -> CaseAttachments.moveKeptFiles(p.jdbi, p.store)));
            List<Attachment> moved = list(p, c.id());
            assertEquals(List.of("申请书.pdf", "old-without-kind.pdf"), moved.stream().map(Attachment::fileName).toList());
            assertEquals(then, moved.get(0).uploadedAt());
            assertEquals("李秀梅", moved.get(0).uploaderName());
            assertArrayEquals(content, download(p, moved.get(1).id()));
            assertEquals(0, (int) p.jdbi.withHandle(h -> h.createQuery("select count(*) from attachment")
                    .mapTo(Integer.class).one()), "the plugin's copies are gone");
            assertEquals(0, p.access.asSystem(() -> CaseAttachments.moveKeptFiles(p.jdbi, p.store)));
            assertEquals(2, list(p, c.id()).size(), "a second start moves nothing again");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void departmentAndOwnScopeInListsCountsAndDetail(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            DepartmentScope socialGovernance = DepartmentScope.of(Set.of("social-governance"));
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE).within(socialGovernance);
            MediationCase ours = register(p, "张三", idNumber("37021219900101123"));
            p.access.as("chenjing", "finance", READ, REGISTER).within(DepartmentScope.of(Set.of("finance")));
            MediationCase finance = register(p, "王五", idNumber("37021219850505123"));
            // a case the system registers belongs to the default department
            MediationCase system = p.access.asSystem(() -> register(p, "赵六", idNumber("37021219700707123")));
            assertEquals(Optional.of("social-governance"), p.repository.department(system.id()));
            assertEquals(Optional.of("finance"), p.repository.department(finance.id()));

            LocalDate today = p.cases.today();
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE).within(socialGovernance);
            assertEquals(Set.of(ours.number(), system.number()), numbers(p, today));
            assertEquals(2, p.cases.count(CaseFilter.all(today)));
            assertTrue(p.cases.find(finance.id()).isEmpty());

            p.access.as("chenjing", "finance", READ, REGISTER).within(DepartmentScope.of(Set.of("finance")));
            assertEquals(Set.of(finance.number()), numbers(p, today));

            // OWN: a holder of the permission whose scope names no department sees what they registered or mediate
            p.access.as("lixiumei", null, READ, REGISTER, MEDIATE).within(DepartmentScope.NONE);
            assertEquals(Set.of(ours.number()), numbers(p, today));

            // assigned to mediate the finance case, she sees it too (and only then)
            p.access.asSystem(() -> {
                p.groups.save(new MediationGroup(0, "劳动争议调解组", "Labour group", CaseType.LABOUR, true,
                        List.of(new MediationGroup.Member("lixiumei", "李秀梅", false, null))));
                long group = p.repository.groups().all().get(0).id();
                p.cases.accept(finance.id());
                return p.cases.assign(finance.id(), group, "lixiumei");
            });
            assertEquals(Set.of(ours.number(), finance.number()), numbers(p, today));
            assertEquals(1, p.cases.countMine());

            // ALL
            p.access.as("leader", "laoshan", READ).within(DepartmentScope.ALL);
            assertEquals(3, p.cases.count(CaseFilter.all(today)));
            assertEquals(3, p.cases.figures().open());
        }
    }

    /** Issue 16: an enterprise user sees the cases their own enterprise is a party to, in every read, and no other. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void enterpriseUsersSeeTheirOwnEnterprisesCasesOnly(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            String hailan = "91370212MA3C4XK2QQ";
            String mingde = "91370212MA3D0WPHWP";
            p.access.as("lixiumei", "social-governance", READ, REGISTER).within(DepartmentScope.of(Set.of("social-governance")));
            MediationCase againstHailan = register(p, "张三", idNumber("37021219900101123"));
            MediationCase againstMingde = register(p, "王五", idNumber("37021219850505123"));
            MediationCase noEnterprise = register(p, "赵六", idNumber("37021219700707123"));
            // the registry stub knows no enterprise: the enterprise parties go straight into the table
            p.jdbi.useHandle(h -> {
                h.execute("insert into party (case_id, role, is_enterprise, name, id_number, uscc, phone) values "
                        + "(?, 'RESPONDENT', true, '青岛海澜智联科技有限公司', null, ?, null)", againstHailan.id(), hailan);
                h.execute("insert into party (case_id, role, is_enterprise, name, id_number, uscc, phone) values "
                        + "(?, 'RESPONDENT', true, '青岛明德长青海洋生物科技有限公司', null, ?, null)", againstMingde.id(), mingde);
            });
            LocalDate today = p.cases.today();

            p.access.asEnterprise("hailan-qy", hailan, READ);
            assertEquals(Set.of(againstHailan.number()), numbers(p, today));
            assertEquals(1, p.cases.count(CaseFilter.all(today)));
            assertTrue(p.cases.find(againstHailan.id()).isPresent());
            assertTrue(p.cases.find(againstMingde.id()).isEmpty(), "another enterprise's case, whatever id they guess");
            assertTrue(p.cases.find(noEnterprise.id()).isEmpty());
            assertEquals(1, p.cases.figures().open(), "the figures are scoped too");

            p.access.asEnterprise("mingde-qy", mingde, READ);
            assertEquals(Set.of(againstMingde.number()), numbers(p, today));
            // without the permission: refused, as for staff
            p.access.asEnterprise("hailan-cw", hailan);
            assertThrows(AccessDeniedException.class, () -> p.cases.find(againstHailan.id()));
            // staff with the read permission everywhere still see all three
            p.access.as("leader", "laoshan", READ).within(DepartmentScope.ALL);
            assertEquals(3, p.cases.count(CaseFilter.all(today)));
        }
    }

    /**
     * The enterprise page's filter: the cases an enterprise is a party to, by its exact code, as applicant or
     * respondent — not a case whose party's name merely carries the code (the search text finds that one too) —, within
     * the reader's scope: an enterprise user asking for another enterprise's cases gets none, and so does staff of
     * another department.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePartyFilterFindsAnEnterprisesCasesByItsExactCode(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            String hailan = "91370212MA3C4XK2QQ";
            String mingde = "91370212MA3D0WPHWP";
            p.access.as("lixiumei", "social-governance", READ, REGISTER).within(DepartmentScope.of(Set.of("social-governance")));
            MediationCase hailanApplies = register(p, "张三", idNumber("37021219900101123"));
            MediationCase mingdeResponds = register(p, "王五", idNumber("37021219850505123"));
            // a person whose name was typed in with the enterprise's code in it
            MediationCase mentionsHailan = register(p, "李娜（" + hailan + "）", null);
            p.jdbi.useHandle(h -> {
                h.execute("insert into party (case_id, role, is_enterprise, name, id_number, uscc, phone) values "
                        + "(?, 'APPLICANT', true, '青岛海澜智联科技有限公司', null, ?, null)", hailanApplies.id(), hailan);
                h.execute("insert into party (case_id, role, is_enterprise, name, id_number, uscc, phone) values "
                        + "(?, 'RESPONDENT', true, '青岛明德长青海洋生物科技有限公司', null, ?, null)", mingdeResponds.id(), mingde);
            });
            LocalDate today = p.cases.today();

            p.access.as("leader", "laoshan", READ).within(DepartmentScope.ALL);
            assertEquals(List.of(hailanApplies.number()), party(p, CaseFilter.party(hailan, today)));
            assertEquals(List.of(mingdeResponds.number()), party(p, CaseFilter.party(mingde, today)));
            assertEquals(Set.of(hailanApplies.number(), mentionsHailan.number()), Set.copyOf(search(p, today, hailan)),
                    "the search text also finds the name carrying the code: the page's section must not use it");
            assertEquals(List.of(), party(p, CaseFilter.party(hailan.toLowerCase(java.util.Locale.ROOT), today)),
                    "exact: the code as the registry writes it");

            p.access.asEnterprise("hailan-qy", hailan, READ);
            assertEquals(List.of(hailanApplies.number()), party(p, CaseFilter.party(hailan, today)));
            assertEquals(List.of(), party(p, CaseFilter.party(mingde, today)), "another enterprise's cases: none");

            p.access.as("market-officer", "market", READ).within(DepartmentScope.of(Set.of("market")));
            assertEquals(List.of(), party(p, CaseFilter.party(hailan, today)), "another department's cases: none");
        }
    }

    /** The numbers of the cases the filter gives, in the list's order; the count agrees. */
    private static List<String> party(Plugin p, CaseFilter filter) {
        List<String> numbers = p.cases.list(filter, CaseRepository.DEFAULT_ORDER, true, 0, 50).stream()
                .map(MediationCase::number).toList();
        assertEquals(numbers.size(), p.cases.count(filter));
        return numbers;
    }

    /**
     * The case list's search (number, party; a % is a character) and default order (open first, the most overdue on
     * top, then the rest), the mediator's inbox with an agreement awaiting its follow-up visit, the notice of an
     * assignment and the deadline reminders in words (an overdue case is not "due soon"; a declined one has none).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void searchOrderInboxAndNotices(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE, ASSIGN).within(DepartmentScope.ALL);
            // the clock says 2026-11-20; the stub calendar's deadline is the application day + 15
            MediationCase overdue = registerOn(p, "欧阳明远", LocalDate.of(2026, 10, 1));
            MediationCase open = registerOn(p, "张三", LocalDate.of(2026, 11, 18));
            MediationCase declined = registerOn(p, "王五", LocalDate.of(2026, 11, 10));
            p.cases.decline(declined.id(), "不属于受理范围");
            assertTrue(p.notices.cancelled.contains("case-" + declined.number() + "/deadline-assign"), "a declined case's reminder goes");
            // announced for other plugins, with the platform's record properties beside mediation's own
            assertEquals(List.of("district/mediation/REGISTERED"), p.events.stream().map(e -> e.getTopic()).distinct()
                    .toList());
            org.osgi.service.event.Event first = p.events.get(0);
            assertEquals(overdue.number(), first.getProperty(RecordEvents.RECORD_ID));
            assertEquals(overdue.number(), first.getProperty("caseNumber"));
            assertEquals("lixiumei", first.getProperty(RecordEvents.ACTOR));
            assertEquals("social-governance", first.getProperty(RecordEvents.DEPARTMENT));
            assertEquals("LABOUR", first.getProperty("caseType"));
            assertEquals(0, ((String[]) first.getProperty("usccs")).length, "two persons, no enterprise");
            LocalDate today = p.cases.today();

            assertEquals(List.of(overdue.number(), open.number(), declined.number()),
                    p.cases.list(CaseFilter.all(today), CaseRepository.DEFAULT_ORDER, true, 0, 50).stream()
                            .map(MediationCase::number).toList(), "open first, the most overdue on top");
            assertEquals(List.of(overdue.number()), search(p, today, "欧阳"));
            assertEquals(List.of(open.number()), search(p, today, open.number().substring(3, 12)));
            assertEquals(List.of(), search(p, today, "%"));
            assertEquals(List.of(), search(p, today, "_"));
            assertEquals(3, search(p, today, "  ").size(), "blank: no search");

            // reminders speak the truth and in words
            String[] overdueNotice = p.notices.scheduled.stream().filter(r -> r[0].equals("case-" + overdue.number() + "/deadline-assign"))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(overdueNotice[2].startsWith("调解案件已超期"), overdueNotice[2]);
            String[] openNotice = p.notices.scheduled.stream().filter(r -> r[0].equals("case-" + open.number() + "/deadline-assign"))
                    .reduce((a, b) -> b).orElseThrow();
            assertTrue(openNotice[2].startsWith("调解案件即将到期"), openNotice[2]);
            assertEquals("劳动争议 · 期限 2026年12月3日", openNotice[3]);

            // assigned: she is told at once, and the case stays hers while the follow-up visit is pending
            p.access.asSystem(() -> {
                p.groups.save(new MediationGroup(0, "劳动争议调解组", "Labour group", CaseType.LABOUR, true,
                        List.of(new MediationGroup.Member("lixiumei", "李秀梅", false, null))));
                return null;
            });
            long group = p.repository.groups().all().get(0).id();
            p.cases.accept(open.id());
            p.cases.assign(open.id(), group, "lixiumei");
            assertEquals(1, p.notices.sent.size());
            assertTrue(p.notices.cancelled.contains("case-" + open.number() + "/deadline-assign"),
                    "the assigners' reminder goes");
            assertEquals("lixiumei", p.notices.scheduled.stream()
                    .filter(r -> r[0].equals("case-" + open.number() + "/deadline-lixiumei")).reduce((a, b) -> b)
                    .orElseThrow()[1], "the mediator's is a step of its own");
            assertArrayEquals(new String[] {"lixiumei", "新案件已分派给您：" + open.number(), "劳动争议 · 期限 2026年12月3日",
                    "mediation/cases/" + open.id()}, p.notices.sent.get(0));
            p.cases.recordSession(open.id(), java.time.LocalDateTime.of(2026, 11, 20, 9, 0), "调解室", false, "双方", null);
            p.cases.recordSession(open.id(), java.time.LocalDateTime.of(2026, 11, 20, 14, 30), "第二调解室", false, "双方",
                    "再次调解");
            // each session is on the case's timeline (and so audited), the second as much as the first that started it
            assertEquals(List.of("ASSIGNED 调解室", "IN_MEDIATION 第二调解室"),
                    p.timeline.entries().stream().filter(e -> e.entry().action().equals("session"))
                            .map(e -> e.entry().to() + " " + e.entry().note()).toList());
            p.cases.agree(open.id(), "一次性支付", null, LocalDate.of(2026, 12, 31), false);
            assertEquals(List.of(open.number()), p.cases.mine(0, 10).stream().map(MediationCase::number).toList());
            assertEquals(1, p.cases.countMine());
            p.cases.followUp(open.id(), true, "已履行");
            assertEquals(0, p.cases.countMine(), "followed up: nothing left for her");

            for (String[] r : p.notices.scheduled) {
                assertFalse(String.join(" ", r).matches(".*\\b(LABOUR|WALK_IN|[A-Z]{2,}_[A-Z]+)\\b.*"), String.join(" ", r));
            }
        }
    }

    private static MediationCase registerOn(Plugin p, String applicant, LocalDate appliedOn) {
        return p.cases.register(new CaseService.NewCase(CaseType.LABOUR, IntakeChannel.WALK_IN, appliedOn,
                List.of(Party.person(PartyRole.APPLICANT, applicant, null, null),
                        Party.person(PartyRole.RESPONDENT, "李四", null, null)), "拖欠工资", null, null));
    }

    private static List<String> search(Plugin p, LocalDate today, String text) {
        CaseFilter filter = new CaseFilter(null, null, null, null, null, null, false, false, today, text, false, null);
        assertEquals(p.cases.count(filter), p.cases.list(filter, CaseRepository.DEFAULT_ORDER, true, 0, 50).size());
        return p.cases.list(filter, CaseRepository.DEFAULT_ORDER, true, 0, 50).stream().map(MediationCase::number).toList();
    }

    private static Set<String> numbers(Plugin p, LocalDate today) {
        return Set.copyOf(p.cases.list(CaseFilter.all(today), "deadline", true, 0, 50).stream()
                .map(MediationCase::number).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDeclaredRelationshipRefusesTheAssignmentWithTheReason(TestDatabase test) throws Exception {
        try (Plugin p = new Plugin(test)) {
            String cousin = idNumber("37021219900101123");
            p.access.asSystem(() -> {
                p.groups.save(new MediationGroup(0, "劳动争议调解组", "Labour group", CaseType.LABOUR, true,
                        List.of(new MediationGroup.Member("wangjianguo", "王建国", true, null),
                                new MediationGroup.Member("lixiumei", "李秀梅", false, null))));
                return null;
            });
            long group = p.repository.groups().all().get(0).id();
            DepartmentScope socialGovernance = DepartmentScope.of(Set.of("social-governance"));

            // the mediator declares her cousin
            p.access.as("lixiumei", "social-governance", READ, REGISTER, MEDIATE).within(socialGovernance);
            assertEquals("mediation.error.id-number", assertThrows(RefusedException.class,
                    () -> p.relations.declare(null, false, "370212199001011230", "张三", "表兄")).messageKey(),
                    "a wrong check character is refused");
            assertEquals("mediation.relation.error.description", assertThrows(RefusedException.class,
                    () -> p.relations.declare(null, false, cousin, "张三", " ")).messageKey());
            assertEquals("mediation.error.uscc-invalid", assertThrows(RefusedException.class,
                    () -> p.relations.declare(null, true, "91370212MA3C4XK2Q0", null, "曾任法律顾问")).messageKey(),
                    "an enterprise's credit code is checked");
            assertEquals("mediation.error.uscc-unknown", assertThrows(RefusedException.class,
                    () -> p.relations.declare(null, true, "91370212MA3C4XK2QQ", null, "曾任法律顾问")).messageKey(),
                    "and must be in the registry");
            Relation declared = p.relations.declare(null, false, cousin, "张三", "表兄");
            assertEquals("lixiumei", declared.login());
            assertEquals("370212********" + cousin.substring(14), p.relations.shown(declared), "shown masked");
            assertEquals(List.of(declared.id()), p.relations.mine().stream().map(Relation::id).toList());
            assertEquals("mediation.relation.error.twice", assertThrows(RefusedException.class,
                    () -> p.relations.declare(null, false, cousin, "张三", "又一次")).messageKey());
            assertTrue(p.audit.entries().stream().anyMatch(a -> a.action().equals("relation.declare")
                    && a.after().contains("370212********")
                    && !a.after().contains(cousin)), "audited, the ID number masked");
            // nobody but a group administrator declares for someone else, or sees everyone's
            assertThrows(AccessDeniedException.class, () -> p.relations.declare("wangjianguo", false,
                    idNumber("37021219800202999"), "某人", "同学"));
            assertThrows(AccessDeniedException.class, () -> p.relations.all());

            MediationCase c = register(p, "张三", cousin);
            p.access.as("wangjianguo", "social-governance", READ, ASSIGN, MEDIATE).within(socialGovernance);
            p.cases.accept(c.id());
            RefusedException refused = assertThrows(RefusedException.class, () -> p.cases.assign(c.id(), group, "lixiumei"));
            assertEquals("mediation.recusal.declared", refused.messageKey());
            assertEquals(List.of("李秀梅", "张三", "表兄"), List.of(refused.parameters()),
                    "the refusal names the mediator, the party and the declared relationship");
            assertEquals("ACCEPTED", p.cases.find(c.id()).orElseThrow().state().name(), "nothing changed");

            // the permission held in another department (a housing role carrying it) reaches neither the
            // declarations nor the groups; the refusals change nothing
            p.access.as("zjj-admin", "housing", GROUP_ADMIN, MEDIATE).within(DepartmentScope.of(Set.of("housing")));
            assertThrows(AccessDeniedException.class, () -> p.relations.all());
            assertThrows(AccessDeniedException.class, () -> p.relations.remove(declared.id()));
            assertThrows(AccessDeniedException.class, () -> p.relations.declare("lixiumei", false,
                    idNumber("37021219800202999"), "某人", "同学"));
            MediationGroup own = p.groups.all().stream().filter(g -> g.id() == group).findFirst().orElseThrow();
            List<MediationGroup.Member> withHim = new java.util.ArrayList<>(own.members());
            withHim.add(new MediationGroup.Member("zjj-admin", "郑海涛", false, null));
            MediationGroup joined = new MediationGroup(own.id(), own.nameZh(), own.nameEn(), own.speciality(),
                    own.active(), withHim);
            assertThrows(AccessDeniedException.class, () -> p.groups.save(joined));
            assertFalse(p.repository.groups().all().stream().flatMap(g -> g.members().stream())
                    .anyMatch(m -> m.login().equals("zjj-admin")), "he did not join the group");
            assertEquals(1, p.repository.groups().relations("lixiumei").size(), "the declaration stays");

            // the group administrator sees everyone's, withdraws it; then the assignment goes through
            p.access.as("sfj-admin", "justice", GROUP_ADMIN).within(DepartmentScope.of(Set.of("justice", "social-governance")));
            assertEquals(1, p.relations.all().size());
            p.relations.remove(declared.id());
            assertTrue(p.audit.entries().stream().anyMatch(a -> a.action().equals("relation.remove")));
            // a change of a group is audited with before and after
            p.groups.save(joined);
            assertTrue(p.audit.entries().stream().anyMatch(a -> a.action().equals("group.update") && a.before() != null
                    && !a.before().contains("zjj-admin") && a.after().contains("zjj-admin")), "the group change is audited");
            p.groups.save(own);
            p.access.as("wangjianguo", "social-governance", READ, ASSIGN, MEDIATE).within(socialGovernance);
            assertEquals("ASSIGNED", p.cases.assign(c.id(), group, "lixiumei").state().name());
        }
    }
}
