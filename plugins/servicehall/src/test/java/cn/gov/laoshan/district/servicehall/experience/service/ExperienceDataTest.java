package cn.gov.laoshan.district.servicehall.experience.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.identity.IndividualAccounts;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceFigures;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceMode;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceTask;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingDeadlines;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerCategory;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerState;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskState;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskSubject;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingAuditLog;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * 政务体验官 on Derby and PostgreSQL: an officer (an individual user) sees and answers only their own tasks and
 * findings, in SQL; the finding goes through the chain with its deadlines on the calendar and is reported back.
 */
class ExperienceDataTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** What the service sent to whom. */
    static final class Sent implements Notifications {
        final List<Map.Entry<Recipient, Message>> messages = new CopyOnWriteArrayList<>();

        @Override
        public long send(Recipient to, Message message) {
            messages.add(Map.entry(to, message));
            return messages.size();
        }

        List<String> titlesTo(Recipient to) {
            return messages.stream().filter(m -> m.getKey().equals(to)).map(m -> m.getValue().title()).toList();
        }
    }

    private record Setup(ExperienceService service, TestAccess access, RecordingAuditLog audit, Sent sent,
            SettableClock clock) {
        void asCentre() {
            access.as("sunli", ServiceHallRoles.DEPARTMENT, ExperienceRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
        }
    }

    private static Setup setup(PluginSchema schema) {
        SettableClock clock = new SettableClock();
        // Thu 2026-09-24, 09:00 in Qingdao: the day before 中秋
        clock.set(Instant.parse("2026-09-24T01:00:00Z"));
        TestAccess access = new TestAccess();
        RecordingAuditLog audit = new RecordingAuditLog(access);
        Sent sent = new Sent();
        ExperienceService service = new ExperienceService(new ExperienceRepository(schema.jdbi()), access, audit,
                new FindingDeadlines(OfficialSchedules.calendar()), () -> Optional.of(sent), clock);
        Setup s = new Setup(service, access, audit, sent, clock);
        s.asCentre();
        service.apply("tiyan-wangfang", "王芳", OfficerCategory.NPC_DEPUTY, "13791820301", "想让办事更方便");
        service.apply("tiyan-liqiang", "李强", OfficerCategory.RESIDENT, null, null);
        service.approve("tiyan-wangfang", "区人大推荐");
        service.approve("tiyan-liqiang", "社区推荐");
        return s;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPersonAppliesOnlineAndTheApprovalMakesTheirIndividualAccount(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            SettableClock clock = new SettableClock();
            clock.set(Instant.parse("2026-09-24T01:00:00Z"));
            TestAccess access = TestAccess.nobody();
            RecordingAuditLog audit = new RecordingAuditLog(access);
            // the platform's account service as identity answers it: the caller's permission, a taken login refused
            List<String> made = new CopyOnWriteArrayList<>();
            IndividualAccounts accounts = (login, name, mobile, permission) -> {
                access.check(IndividualAccounts.CREATE);
                if (login.equals("sunli") || made.contains(login)) {
                    throw new RefusedException("login", "identity.error.login-taken");
                }
                made.add(login + " " + name + " " + mobile + " " + permission);
                return "Fj7#kq2P-first";
            };
            List<String> texts = new CopyOnWriteArrayList<>();
            ExperienceService service = new ExperienceService(new ExperienceRepository(schema.jdbi()), access, audit,
                    new FindingDeadlines(OfficialSchedules.calendar()), Optional::empty, () -> Optional.of(accounts),
                    (mobile, text) -> texts.add(mobile + " " + text), clock);

            // no account needed to apply; the form is checked with nothing stored
            assertEquals("servicehall.experience.error.mobile", refused(() -> service.validateOnline("tiyan-zhouyi",
                    "周毅", OfficerCategory.ENTREPRENEUR, null, null)));
            assertEquals("servicehall.experience.error.login", refused(() -> service.applyOnline("周毅", "周毅",
                    OfficerCategory.ENTREPRENEUR, "13791820303", null)));
            service.applyOnline("tiyan-zhouyi", "周毅", OfficerCategory.ENTREPRENEUR, "13791820303", "想体验开办企业");
            assertEquals("servicehall.experience.error.login-taken", refused(() -> service.applyOnline("tiyan-zhouyi",
                    "另一个人", OfficerCategory.RESIDENT, "13791820309", null)));
            service.applyOnline("sunli", "冒名者", OfficerCategory.RESIDENT, "13791820308", null);
            assertTrue(audit.actions().contains("experience.officer.apply-online"));
            assertTrue(made.isEmpty() && texts.isEmpty(), "no account before the centre approves");

            // the centre approves: without identity's permission nothing is made and the application waits
            access.as("sunli", ServiceHallRoles.DEPARTMENT, ExperienceRoles.MANAGE).within(ServiceHallRoles.DEPARTMENT);
            assertThrows(AccessDeniedException.class, () -> service.approve("tiyan-zhouyi", null));
            assertEquals(OfficerState.APPLIED, state(service, "tiyan-zhouyi"));
            access.hold(ExperienceRoles.MANAGE, IndividualAccounts.CREATE);
            service.approve("tiyan-zhouyi", "企业家代表");
            assertEquals(List.of("tiyan-zhouyi 周毅 13791820303 " + ExperienceRoles.TASK), made);
            assertEquals(1, texts.size());
            assertTrue(texts.get(0).startsWith("13791820303 ") && texts.get(0).contains("tiyan-zhouyi")
                    && texts.get(0).contains("Fj7#kq2P-first"), "the first password by text to the proved mobile");
            assertEquals(OfficerState.ACTIVE, state(service, "tiyan-zhouyi"));
            // an online application naming an existing account never reaches it: the account is refused, nothing
            // changes, the centre rejects it
            assertEquals("identity.error.login-taken", refused(() -> service.approve("sunli", null)));
            assertEquals(OfficerState.APPLIED, state(service, "sunli"));
            assertEquals(1, texts.size());
            service.reject("sunli", "账号已被占用");
            // an application the centre records names an existing account: no account is made for it
            service.apply("tiyan-wangfang", "王芳", OfficerCategory.NPC_DEPUTY, "13791820301", null);
            service.approve("tiyan-wangfang", null);
            assertEquals(1, made.size());
        }
    }

    private static OfficerState state(ExperienceService service, String login) {
        return service.officers().stream().filter(o -> o.login().equals(login)).findFirst().orElseThrow().state();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anOfficerSeesAndAnswersOnlyTheirOwnTasksAndFindings(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            ExperienceService service = s.service();
            LocalDate due = LocalDate.of(2026, 10, 16);
            ExperienceTask wangItem = service.assign("tiyan-wangfang", TaskSubject.ITEM, "CRJ-002", ExperienceMode.ANONYMOUS,
                    "SERVICE", due);
            ExperienceTask wangHall = service.assign("tiyan-wangfang", TaskSubject.HALL, "ZX", ExperienceMode.OBSERVATION,
                    "HALL", due);
            ExperienceTask liTask = service.assign("tiyan-liqiang", TaskSubject.POLICY, "高新技术企业认定奖励",
                    ExperienceMode.OPEN, "POLICY", due);
            assertEquals(List.of("新的体验任务：CRJ-002", "新的体验任务：ZX"),
                    s.sent().titlesTo(Recipient.user("tiyan-wangfang")).stream().filter(t -> t.startsWith("新的")).toList());
            assertEquals(3, service.tasks().size(), "the centre sees every task of its department");

            s.access().asIndividual("tiyan-wangfang", ExperienceRoles.TASK);
            assertEquals(List.of(wangHall.id(), wangItem.id()), service.tasks().stream().map(ExperienceTask::id).toList());
            assertTrue(service.task(liTask.id()).isEmpty(), "another officer's task is unknown to her");
            assertEquals("servicehall.experience.error.task-unknown",
                    refused(() -> service.answer(liTask.id(), Map.of(1, "4", 2, "畅通", 3, "好"))));
            assertEquals("servicehall.experience.error.task-unknown",
                    refused(() -> service.report(liTask.id(), "冒充他人反映问题", null)));
            // every question answered in its kind, or nothing is stored
            assertEquals("servicehall.experience.error.answer-score",
                    refused(() -> service.answer(wangItem.id(), Map.of(1, "9", 2, "是", 3, "一次", 4, "无"))));
            assertEquals(TaskState.ASSIGNED, service.task(wangItem.id()).orElseThrow().state());
            assertTrue(service.answers(wangItem.id()).isEmpty());
            service.answer(wangItem.id(), Map.of(1, "3", 2, "部分", 3, "两次", 4, "材料清单与窗口要求不一致"));
            assertEquals(TaskState.ANSWERED, service.task(wangItem.id()).orElseThrow().state());
            assertEquals("部分", service.answers(wangItem.id()).get(2));
            Finding finding = service.report(wangItem.id(), "网上材料清单缺少户口簿，窗口要求补交", "统一线上线下清单");
            assertEquals(List.of(finding.id()), service.findings().stream().map(Finding::id).toList());
            // an officer takes no step of the chain
            assertThrows(AccessDeniedException.class, () -> service.fire(finding.id(), "verify", "自己核实"));
            assertThrows(AccessDeniedException.class, () -> service.figures(2026));

            s.access().asIndividual("tiyan-liqiang", ExperienceRoles.TASK);
            assertEquals(List.of(liTask.id()), service.tasks().stream().map(ExperienceTask::id).toList());
            assertEquals(List.of(), service.findings(), "her finding is not his");
            assertTrue(service.finding(finding.id()).isEmpty());

            // without the permission: nothing, not even an empty list
            s.access().asIndividual("tiyan-nobody");
            assertThrows(AccessDeniedException.class, service::tasks);
            assertThrows(AccessDeniedException.class, service::findings);
            // staff of another bureau holding the centre's permission elsewhere only see nothing of the centre's
            s.access().as("sunwei", "development", ExperienceRoles.MANAGE).within("development");
            assertEquals(List.of(), service.tasks());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFindingIsVerifiedAssignedFixedRecheckedAndReportedBack(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            ExperienceService service = s.service();
            ExperienceTask task = service.assign("tiyan-wangfang", TaskSubject.ITEM, "SCJ-011", ExperienceMode.REAL_HANDLING,
                    "SERVICE", LocalDate.of(2026, 9, 30));
            s.access().asIndividual("tiyan-wangfang", ExperienceRoles.TASK);
            Finding reported = service.report(task.id(), "食品经营许可续证仍要求到窗口签字", "推行电子签名");
            assertEquals(FindingState.REPORTED, reported.state());
            assertTrue(s.sent().titlesTo(Recipient.permission(ExperienceRoles.MANAGE)).contains("体验官反映问题：SCJ-011"));

            s.asCentre();
            assertEquals("workflow.error.reason-required", refusedStep(() -> service.fire(reported.id(), "verify", " ")));
            service.fire(reported.id(), "verify", "窗口核实属实");
            assertEquals("servicehall.experience.error.unit", refused(() -> service.assign(reported.id(), "", "定责")));
            Finding assigned = service.assign(reported.id(), "market", "市场监管局负责");
            assertEquals(FindingState.ASSIGNED, assigned.state());
            // 10 working days from Thu 9-24 over 中秋 and 国庆 (the 调休 Saturday 10-10 counted)
            assertEquals(LocalDate.of(2026, 10, 15), assigned.fixDue());
            assertTrue(s.sent().titlesTo(Recipient.department("market")).size() == 1);
            // the centre does not record the unit's fix, nor does another bureau's responder
            assertThrows(AccessDeniedException.class, () -> service.fire(reported.id(), "fix", "已改"));
            s.access().as("zhanghua", "housing", ExperienceRoles.FIX).within("housing");
            assertEquals("servicehall.experience.error.finding-unknown",
                    refused(() -> service.fire(reported.id(), "fix", "已改")), "another unit's finding is unknown to it");
            assertEquals(List.of(), service.unitFindings());

            s.access().as("scj-admin", "market", ExperienceRoles.FIX).within("market");
            assertEquals(List.of(reported.id()), service.unitFindings().stream().map(Finding::id).toList());
            s.clock().set(Instant.parse("2026-09-30T02:00:00Z"));
            Finding fixed = service.fire(reported.id(), "fix", "已上线电子签名，续证无需到窗口");
            assertEquals(LocalDate.of(2026, 9, 30), fixed.fixedOn());
            assertEquals(LocalDate.of(2026, 10, 13), fixed.recheckDue());

            s.asCentre();
            // the recheck fails once: back to the unit with a new period from the recheck day
            s.clock().set(Instant.parse("2026-10-09T02:00:00Z"));
            Finding reopened = service.fire(reported.id(), "reopen", "复查发现仍需纸质签字");
            assertEquals(FindingState.ASSIGNED, reopened.state());
            // from Fri 10-9: the 调休 Saturday 10-10 is the first of the ten
            assertEquals(LocalDate.of(2026, 10, 22), reopened.fixDue());
            assertEquals(1, reopened.rechecks());
            s.access().as("scj-admin", "market", ExperienceRoles.FIX).within("market");
            service.fire(reported.id(), "fix", "纸质签字已取消");
            s.asCentre();
            service.fire(reported.id(), "recheck", "复查通过");
            assertEquals("workflow.error.not-allowed", refusedStep(() -> service.fire(reported.id(), "verify", "再核实")));
            Finding closed = service.fire(reported.id(), "report", "问题已整改：续证全程网办，感谢您的反映");
            assertEquals(FindingState.CLOSED, closed.state());
            assertEquals(2, closed.rechecks());

            s.access().asIndividual("tiyan-wangfang", ExperienceRoles.TASK);
            Finding seen = service.findings().get(0);
            assertEquals(FindingState.CLOSED, seen.state());
            assertEquals("问题已整改：续证全程网办，感谢您的反映", seen.reportNote());
            assertTrue(s.sent().titlesTo(Recipient.user("tiyan-wangfang")).contains("您反映的问题已有回复：SCJ-011"));

            s.asCentre();
            ExperienceFigures figures = service.figures(2026);
            assertEquals(new ExperienceFigures(2026, 0, 1, 1, 2), figures, "no questionnaire answered yet; one fixed");
            assertEquals(List.of("experience.officer.apply", "experience.officer.apply", "experience.officer.approve",
                    "experience.officer.approve", "experience.task.assign", "experience.finding.report",
                    "experience.finding.verify", "experience.finding.assign", "experience.finding.fix",
                    "experience.finding.reopen", "experience.finding.fix", "experience.finding.recheck",
                    "experience.finding.report"), s.audit().actions(), "every change audited");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void termsEndAfterAYearAndOpenDaysTakeRegisteredOfficersUpToTheirPlaces(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ServiceHallRoles.PLUGIN, ServicehallPlugin.class)) {
            Setup s = setup(schema);
            ExperienceService service = s.service();
            long day = service.createOpenDay("行政服务主题开放日：走进不动产登记", "一窗受理体验", LocalDate.of(2026, 10, 20),
                    "区政务服务中心三楼", 1).id();
            s.access().asIndividual("tiyan-wangfang", ExperienceRoles.TASK);
            service.register(day);
            assertEquals("servicehall.experience.error.openday-registered", refused(() -> service.register(day)));
            s.access().asIndividual("tiyan-liqiang", ExperienceRoles.TASK);
            assertEquals("servicehall.experience.error.openday-full", refused(() -> service.register(day)));
            s.asCentre();
            assertEquals(List.of("tiyan-wangfang"), service.registered(day));

            // a year on, the term has ended: no new task
            s.clock().set(Instant.parse("2027-09-24T01:00:00Z"));
            service.expireTerms();
            assertEquals(OfficerState.EXPIRED, service.officers().get(0).state());
            assertEquals("servicehall.experience.error.officer-not-serving", refused(() -> service.assign("tiyan-wangfang",
                    TaskSubject.HALL, "ZX", ExperienceMode.OPEN, "HALL", LocalDate.of(2027, 10, 1))));
        }
    }

    private static String refused(Runnable r) {
        return assertThrows(RefusedException.class, r::run).messageKey();
    }

    private static String refusedStep(Runnable r) {
        return assertThrows(TransitionRefusedException.class, r::run).messageKey();
    }
}
