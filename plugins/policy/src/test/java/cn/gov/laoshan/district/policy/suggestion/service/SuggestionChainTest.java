package cn.gov.laoshan.district.policy.suggestion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.policy.suggestion.domain.Channel;
import cn.gov.laoshan.district.policy.suggestion.domain.Meeting;
import cn.gov.laoshan.district.policy.suggestion.domain.MeetingKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The answer chain 收到→已分析→已答复→反馈 on Derby (and PostgreSQL when configured): deadlines in working days
 * across the 2026 Mid-Autumn/National Day and Spring Festival holidays, the overdue notice once per round, a
 * dissatisfied rating reopening it with a new deadline, the categoriser's topic and a staff override kept as
 * training data, refusals that change nothing, and every step on the timeline and announced.
 */
class SuggestionChainTest {

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSuggestionIsAnsweredWithinTenWorkingDaysAcrossNationalDayAndOverdueIsNoticedOnce(TestDatabase database) {
        // received on Wednesday 23 September 2026: 24 Sep, 28-30 Sep, 8-9 Oct, Saturday 10 Oct (调休上班), 12-14 Oct
        try (Fixture f = new Fixture(database, LocalDate.of(2026, 9, 23))) {
            Suggestion s = f.visit(Fixture.HAILAN, "希望区里为科技型中小企业提供知识产权质押融资贴息，降低贷款成本。",
                    LocalDate.of(2026, 9, 23));
            assertEquals(SuggestionState.RECEIVED, s.state());
            assertEquals(LocalDate.of(2026, 10, 14), s.deadline());
            assertEquals(Fixture.POLICY, s.departmentCode());
            assertEquals("青岛海澜智联科技有限公司", s.enterpriseName());
            assertEquals(Channel.VISIT, s.channel());
            assertEquals(Topic.FINANCING, s.topic());
            assertNotNull(s.topicConfidence());
            assertTrue(s.topicConfidence() > 0.3 && s.topicConfidence() <= 1.0, "confidence " + s.topicConfidence());
            // the overdue notice is planned for 9:00 the morning after the deadline, to the policy staff
            assertEquals(Instant.parse("2026-10-15T01:00:00Z"), f.reminders.planned.get("suggestion-" + s.id()
                    + "/overdue-1"));

            Suggestion analysed = f.suggestions.analyse(s.id(), Topic.FINANCING, "finance");
            assertEquals(SuggestionState.ANALYSED, analysed.state());
            assertEquals("finance", analysed.departmentCode());
            assertEquals(LocalDate.of(2026, 10, 14), analysed.deadline());

            f.clock.set(LocalDate.of(2026, 10, 14));
            assertEquals(0, f.suggestions.count(SuggestionFilter.ALL.withOverdue(true)));
            assertEquals(0, f.suggestions.sendOverdueNotices());
            f.clock.set(LocalDate.of(2026, 10, 15));
            assertTrue(f.suggestions.find(s.id()).orElseThrow().overdue(f.suggestions.today()));
            assertEquals(1, f.suggestions.count(SuggestionFilter.ALL.withOverdue(true)));
            assertEquals(1, f.suggestions.sendOverdueNotices());
            assertEquals(0, f.suggestions.sendOverdueNotices(), "reminded once");
            assertEquals(List.of(Recipient.department("finance")), f.reminders.sentTo);

            // a responder of the finance bureau answers; the plan goes
            f.asResponder("chenjing", "finance");
            Suggestion answered = f.suggestions.respond(s.id(),
                    SuggestionService.Response.answer("已纳入区科技金融贴息政策，请于每季度末申报。"));
            assertEquals(SuggestionState.RESPONDED, answered.state());
            assertEquals(ResponseKind.ANSWER, answered.responseKind());
            assertEquals("chenjing", answered.answeredBy());
            assertFalse(f.reminders.planned.containsKey("suggestion-" + s.id() + "/overdue-1"));
            assertEquals(0, f.suggestions.count(SuggestionFilter.ALL.withOverdue(true)));

            // the enterprise rates it: 满意 closes it
            f.asEnterprise("hailan-qy", Fixture.HAILAN);
            Suggestion rated = f.suggestions.rate(s.id(), Rating.SATISFIED, null);
            assertEquals(SuggestionState.CLOSED, rated.state());
            assertEquals(Rating.SATISFIED, rated.rating());

            assertEquals(List.of("receive", "analyse", "respond", "rate"),
                    f.timeline.actions());
            f.asPolicyStaff();
            assertEquals(List.of("receive", "analyse", "respond", "rate"),
                    f.suggestions.history(s.id()).stream().map(TimelineEntry::action).toList());
            assertEquals(List.of("district/policy/RECEIVED", "district/policy/ANALYSED", "district/policy/RESPONDED",
                    "district/policy/CLOSED"), f.events.topics());
            assertEquals("hailan-qy", f.events.posted.get(3).getProperty(RecordEvents.ACTOR));
            // the widget's answer time: received 23 Sep, answered 15 Oct, eleven working days on the calendar
            SuggestionFigures figures = f.suggestions.figures();
            assertEquals(1, figures.answered());
            assertEquals(11.0, figures.meanAnswerWorkingDays(), 1e-9);
            assertEquals(1, figures.rated());
            assertEquals(1.0, figures.satisfaction(), 1e-9);
            assertEquals(0, figures.thisMonth(), "received in September, counted in October: none this month");
            assertEquals("finance", f.events.posted.get(3).getProperty(RecordEvents.DEPARTMENT));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDissatisfiedRatingReopensItWithFiveWorkingDaysAcrossTheSpringFestival(TestDatabase database) {
        try (Fixture f = new Fixture(database, LocalDate.of(2026, 1, 28))) {
            Suggestion s = f.visit(Fixture.MINGDE, "消防验收时多个部门要求重复提交相同材料，建议数据共享、一次提交。",
                    LocalDate.of(2026, 1, 28));
            f.suggestions.analyse(s.id(), Topic.CONSTRUCTION, "housing");
            f.clock.set(LocalDate.of(2026, 2, 10));
            f.asResponder("zhanghua", "housing");
            f.suggestions.respond(s.id(), new SuggestionService.Response(ResponseKind.MEETING,
                    "已召开个性问题专项化解会，明确材料一次提交。", new Meeting(0, MeetingKind.INDIVIDUAL,
                            LocalDate.of(2026, 2, 9), "区住建局、区行政审批服务局、企业", "会议明确消防验收材料由审批局统一收取、共享。",
                            List.of(new Meeting.ActionItem("审批局开通材料共享", "approval", LocalDate.of(2026, 3, 31)))),
                    null));
            f.clock.set(LocalDate.of(2026, 2, 12));
            f.asEnterprise("mingde-qy", Fixture.MINGDE);
            // 不满意 needs its reason, and without one nothing changes
            RefusedException noReason = assertThrows(RefusedException.class,
                    () -> f.suggestions.rate(s.id(), Rating.DISSATISFIED, " "));
            assertEquals("workflow.error.reason-required", noReason.messageKey());
            assertEquals(SuggestionState.RESPONDED, f.suggestions.find(s.id()).orElseThrow().state());

            Suggestion reopened = f.suggestions.rate(s.id(), Rating.DISSATISFIED, "实际办理时仍要求重复提交。");
            assertEquals(SuggestionState.REOPENED, reopened.state());
            // from Thursday 12 February: Friday 13, Saturday 14 (调休上班), then the holiday to 23 Feb, 24, 25, 26
            assertEquals(LocalDate.of(2026, 2, 26), reopened.deadline());
            assertEquals(2, reopened.rounds());
            assertEquals("housing", reopened.departmentCode());
            assertTrue(f.reminders.planned.containsKey("suggestion-" + s.id() + "/overdue-2"));
            // the enterprise cannot answer its own suggestion
            assertThrows(RuntimeException.class, () -> f.suggestions.respond(s.id(),
                    SuggestionService.Response.answer("自己答复")));

            f.asResponder("zhanghua", "housing");
            assertEquals(1, f.suggestions.meetings(s.id()).size());
            assertEquals("approval", f.suggestions.meetings(s.id()).get(0).actions().get(0).departmentCode());
            f.suggestions.respond(s.id(), SuggestionService.Response.answer("已督促审批局落实，材料共享已上线。"));
            f.asEnterprise("mingde-qy", Fixture.MINGDE);
            Suggestion closed = f.suggestions.rate(s.id(), Rating.VERY_SATISFIED, null);
            assertEquals(SuggestionState.CLOSED, closed.state());
            assertEquals(List.of("receive", "analyse", "respond", "reopen", "respond", "rate"), f.timeline.actions());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refusedInputAndStepsChangeNothing(TestDatabase database) {
        try (Fixture f = new Fixture(database, LocalDate.of(2026, 11, 20))) {
            LocalDate today = LocalDate.of(2026, 11, 20);
            assertEquals("source", refused(() -> f.suggestions.create(new Suggestion.Draft(Channel.FORUM, " ",
                    Fixture.HAILAN, "建议增加人才公寓供给。", Visibility.HANDLERS, today))).field());
            assertEquals("enterprise", refused(() -> f.suggestions.create(new Suggestion.Draft(Channel.FORUM, "沙龙",
                    "91370212MA00000000", "建议增加人才公寓供给。", Visibility.HANDLERS, today))).field());
            assertEquals("text", refused(() -> f.visit(Fixture.HAILAN, "  ", today)).field());
            assertEquals("text", refused(() -> f.visit(Fixture.HAILAN, "长".repeat(2001), today)).field());
            assertEquals("receivedOn", refused(() -> f.visit(Fixture.HAILAN, "建议增加人才公寓供给。",
                    today.plusDays(1))).field());
            assertEquals("channel", refused(() -> f.suggestions.create(new Suggestion.Draft(null, "沙龙",
                    Fixture.HAILAN, "建议增加人才公寓供给。", Visibility.HANDLERS, today))).field());
            assertEquals(0, f.suggestions.count(SuggestionFilter.ALL));

            Suggestion s = f.visit(Fixture.HAILAN, "建议增加人才公寓供给，解决新引进员工住房问题。", today);
            assertEquals("department", refused(() -> f.suggestions.analyse(s.id(), Topic.TALENT, "nowhere")).field());
            // answering before the analysis is a step the chain does not have
            assertThrows(TransitionRefusedException.class, () -> f.suggestions.respond(s.id(),
                    SuggestionService.Response.answer("答复")));
            // a joint meeting needs its minutes and at least one action item
            f.suggestions.analyse(s.id(), Topic.TALENT, Fixture.POLICY);
            assertEquals("actions", refused(() -> f.suggestions.respond(s.id(), new SuggestionService.Response(
                    ResponseKind.MEETING, "开会研究", new Meeting(0, MeetingKind.COMMON, today, "人社局", "纪要",
                            List.of()), null))).field());
            assertEquals("heldOn", refused(() -> f.suggestions.respond(s.id(), new SuggestionService.Response(
                    ResponseKind.MEETING, "开会研究", new Meeting(0, MeetingKind.COMMON, today.plusDays(2), "人社局",
                            "纪要", List.of()), null))).field());
            // rating an unanswered suggestion is refused
            assertThrows(TransitionRefusedException.class, () -> f.suggestions.rate(s.id(), Rating.SATISFIED, null));
            assertEquals(SuggestionState.ANALYSED, f.suggestions.find(s.id()).orElseThrow().state());
            assertEquals(List.of("receive", "analyse"), f.timeline.actions());
            assertNull(f.suggestions.find(s.id()).orElseThrow().answer());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStaffOverrideIsKeptAsTrainingDataAndTheCategoriserLearnsIt(TestDatabase database) {
        try (Fixture f = new Fixture(database, LocalDate.of(2026, 11, 20))) {
            Suggestion s = f.visit(Fixture.HAILAN, "园区食堂价格偏高，希望引入更多餐饮商户。", LocalDate.of(2026, 11, 20));
            int before = f.categoriser.examples();
            Topic other = s.topic() == Topic.TALENT ? Topic.OTHER : Topic.TALENT;
            Suggestion overridden = f.suggestions.overrideTopic(s.id(), other);
            assertEquals(other, overridden.topic());
            assertTrue(overridden.topicByStaff());
            assertNull(overridden.topicConfidence());
            assertEquals(1, f.repository.overrides().size());
            assertEquals(other, f.repository.overrides().get(0).topic());
            assertEquals(before + 1, f.categoriser.examples(), "retrained with the override");
            // an analysis with another topic than the categoriser's is an override too
            Suggestion t = f.visit(Fixture.MINGDE, "希望简化企业开办登记流程，实现一日办结。", LocalDate.of(2026, 11, 20));
            Topic chosen = t.topic() == Topic.GOVERNMENT_SERVICE ? Topic.MARKET_ACCESS : Topic.GOVERNMENT_SERVICE;
            f.suggestions.analyse(t.id(), chosen, "approval");
            assertEquals(2, f.repository.overrides().size());
            assertEquals(before + 2, f.categoriser.examples());
            // an enterprise user may not change topics
            f.asEnterprise("hailan-qy", Fixture.HAILAN);
            assertThrows(RuntimeException.class, () -> f.suggestions.overrideTopic(s.id(), Topic.TAX_FEES));
            assertEquals(2, f.repository.overrides().size());
        }
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
