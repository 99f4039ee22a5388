package cn.gov.laoshan.district.policy.draft.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.policy.PolicyPlugin;
import cn.gov.laoshan.district.policy.draft.domain.CompetitionCategory;
import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.LegalOutcome;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.PolicyTopic;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * Drafts over the plugin's real migrations on Derby and, when configured, PostgreSQL: a draft is refused at every
 * missing review and publishes only after all three; the comment period counts 30 calendar days on the clock;
 * enterprise users read and comment but change nothing; out of department scope a draft is not found.
 */
class DraftDataTest {

    private static final String DEV = DraftWorkflow.DEPARTMENT;
    private static final String HAILAN = "91370212MA3C1234XY";
    private static final String MINGDE = "91370212MA3D5678ZQ";
    private static final LocalDate DAY1 = LocalDate.of(2026, 9, 1);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    static final class Events implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        public void postEvent(Event event) {
            posted.add(event);
        }

        public void sendEvent(Event event) {
            posted.add(event);
        }
    }

    private final TestAccess access = new TestAccess();
    private final SettableClock clock = new SettableClock();
    private final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    private final Events events = new Events();
    private final MemoryNotices notices = new MemoryNotices(access, clock);

    private DraftService service(PluginSchema schema) {
        return new DraftService(new DraftRepository(schema.jdbi()), access, timeline,
                new RecordEvents("policy/draft", () -> events, access, clock), notices, SOURCES, clock);
    }

    /** Suggestions 12, 15 and 117 and reserve entry 3 exist (the suggestion side's own test covers its queries). */
    static final DraftSources SOURCES = new DraftSources() {
        private final Map<DraftSource.Kind, Set<Long>> known = Map.of(DraftSource.Kind.SUGGESTION,
                Set.of(12L, 15L, 117L), DraftSource.Kind.RESERVE, Set.of(3L));

        public List<DraftSource> search(DraftSource.Kind kind, String text, int limit) {
            return known.get(kind).stream().sorted().map(id -> new DraftSource(kind, id, "#" + id)).toList();
        }

        public List<DraftSource> describe(DraftSource.Kind kind, List<Long> ids) {
            return ids.stream().filter(known.get(kind)::contains).map(id -> new DraftSource(kind, id, "#" + id))
                    .toList();
        }

        public Set<Long> existing(DraftSource.Kind kind, Collection<Long> ids) {
            return ids.stream().filter(known.get(kind)::contains).collect(Collectors.toSet());
        }
    };

    private void drafter() {
        access.as("sunwei", DEV, DraftWorkflow.READ, DraftWorkflow.DRAFT, DraftWorkflow.COMMENT, DraftWorkflow.LIST)
                .within(DEV);
    }

    private void legalReviewer() {
        access.as("zhaomin", "justice", DraftWorkflow.READ, DraftWorkflow.LEGAL_REVIEW, DraftWorkflow.LIST)
                .within(DEV);
    }

    private void enterprise(String login, String uscc) {
        access.asEnterprise(login, uscc, DraftWorkflow.COMMENT, DraftWorkflow.LIST);
    }

    static PolicyDraft.Content content(String title) {
        return new PolicyDraft.Content(title, "区科技局", PolicyTopic.RESEARCH, "第一条 为鼓励企业加大研发投入……",
                "按上年度研发投入增量的10%给予奖励，最高100万元", "在崂山区注册、上年度研发投入500万元以上的企业",
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), Yuan.parse("3000万"), List.of(12L, 15L),
                List.of(3L));
    }

    static List<FairCompetitionReview.Answer> answers() {
        return Arrays.stream(CompetitionCategory.values()).map(c -> new FairCompetitionReview.Answer(c, false,
                "条件面向所有在崂山区注册的企业，未指定特定经营者")).toList();
    }

    private static String refused(Executable step) {
        return assertThrows(RefusedException.class, step).messageKey();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDraftIsRefusedAtEveryMissingReviewAndPublishedAfterAllThree(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, DraftWorkflow.PLUGIN, PolicyPlugin.class)) {
            DraftService drafts = service(schema);
            clock.set(DAY1);
            drafter();
            PolicyDraft d = drafts.create(content("崂山区研发投入奖励办法"));
            assertEquals(List.of(12L, 15L), drafts.suggestionSources(d.id()));
            assertEquals(List.of(3L), drafts.reserveSources(d.id()));
            assertEquals(Yuan.parse("30000000"), d.budget());
            long id = d.id();

            // nothing before the fair-competition review
            assertEquals("policy.draft.error.fair-review-missing", refused(() -> drafts.publish(id, 4)));
            assertEquals("policy.draft.error.fair-review-missing", refused(() -> drafts.openComment(id, 30, null)));
            assertEquals("policy.draft.error.fair-review-missing", refused(() -> drafts.submitLegal(id)));
            legalReviewer();
            assertEquals("policy.draft.error.order", refused(() -> drafts.fire(id, "pass", "")));
            drafter();
            assertEquals("policy.draft.error.category-missing",
                    refused(() -> drafts.selfReview(id, answers().subList(0, 2), "区科技企业协会", "无异议")));
            assertEquals(DraftState.DRAFTING, drafts.find(id).orElseThrow().state());

            drafts.selfReview(id, answers(), "区科技企业协会、海澜智联等5家企业座谈", "建议提高奖励上限");
            assertEquals("policy.draft.error.not-editable", refused(() -> drafts.update(id, content("改"))));
            assertEquals("policy.draft.error.comment-missing", refused(() -> drafts.publish(id, 4)));
            assertEquals("policy.draft.error.comment-missing", refused(() -> drafts.submitLegal(id)));
            assertEquals("policy.draft.error.comment-short", refused(() -> drafts.openComment(id, 29, null)));
            PolicyDraft open = drafts.openComment(id, 30, null);
            assertEquals(DAY1, open.commentFrom());
            assertEquals(LocalDate.of(2026, 9, 30), open.commentTo());

            // the last day of the period: still running
            clock.set(LocalDate.of(2026, 9, 30));
            assertEquals("policy.draft.error.comment-running", refused(() -> drafts.submitLegal(id)));
            assertEquals("policy.draft.error.comment-running", refused(() -> drafts.publish(id, 4)));

            // the day after: still running until the platform's job has closed the notice
            clock.set(LocalDate.of(2026, 10, 1));
            assertEquals("policy.draft.error.comment-running", refused(() -> drafts.submitLegal(id)));
            notices.closeDue(LocalDate.of(2026, 10, 1));
            assertEquals("policy.draft.error.legal-missing", refused(() -> drafts.publish(id, 4)));
            drafts.submitLegal(id);
            assertEquals("policy.draft.error.legal-not-passed", refused(() -> drafts.publish(id, 4)));
            // the drafter cannot pass their own draft
            assertThrows(AccessDeniedException.class, () -> drafts.decide(id, LegalOutcome.PASSED, null));

            legalReviewer();
            assertEquals("policy.draft.error.return-reasons", refused(() -> drafts.fire(id, "return", " ")));
            PolicyDraft passed = drafts.fire(id, "pass", "符合上位法规定");
            assertEquals(DraftState.APPROVED, passed.state());
            assertEquals(List.of(CompetitionCategory.values()), drafts.fairReview(passed).orElseThrow().answers()
                    .stream().map(FairCompetitionReview.Answer::category).toList(), "the law's order of categories");
            assertEquals(passed.fairReviewId(),
                    drafts.legalReview(passed).orElseThrow().fairReviewId(), "the submission carried the opinion");
            assertThrows(AccessDeniedException.class, () -> drafts.publish(id, 4));

            drafter();
            PolicyDraft published = drafts.publish(id, 4);
            assertEquals(DraftState.PUBLISHED, published.state());
            assertEquals("4-001", published.listNumber());
            assertEquals(List.of("create", "self-review", "open-comment", "submit-legal", "pass", "publish"),
                    timeline.actions());
            assertEquals(List.of("district/policy/draft/DRAFTING", "district/policy/draft/FAIR_REVIEWED",
                    "district/policy/draft/IN_COMMENT", "district/policy/draft/LEGAL_REVIEW",
                    "district/policy/draft/APPROVED", "district/policy/draft/PUBLISHED"),
                    events.posted.stream().map(Event::getTopic).toList());

            enterprise("hailan-qy", HAILAN);
            assertEquals(1, drafts.policyList().countPublished(new PolicyListFilter(4, null, null)));
            assertEquals(0, drafts.policyList().countPublished(new PolicyListFilter(null, null, PolicyTopic.TALENT)));
            assertEquals("区科技局", drafts.policyList().published(PolicyListFilter.ALL, 0, 10).get(0).issuer());
            assertEquals(1, drafts.policyList().batches().get(0).policies());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sourcesThatDoNotExistAreRefusedAtTheirFieldAndNothingIsSaved(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, "policy", PolicyPlugin.class)) {
            DraftService drafts = service(schema);
            drafter();
            PolicyDraft.Content good = content("研发投入后补助办法");
            PolicyDraft.Content unknownSuggestions = new PolicyDraft.Content(good.title(), good.issuer(), good.topic(),
                    good.body(), good.benefits(), good.eligibility(), good.validFrom(), good.validTo(), good.budget(),
                    List.of(12L, 404L, 405L), List.of(3L));
            RefusedException refused = assertThrows(RefusedException.class, () -> drafts.create(unknownSuggestions));
            assertEquals("sources", refused.field());
            assertEquals("policy.draft.error.source-unknown", refused.messageKey());
            assertEquals(List.of("404、405"), Arrays.stream(refused.parameters()).map(String::valueOf).toList());
            PolicyDraft.Content unknownReserve = new PolicyDraft.Content(good.title(), good.issuer(), good.topic(),
                    good.body(), good.benefits(), good.eligibility(), good.validFrom(), good.validTo(), good.budget(),
                    List.of(12L), List.of(4L));
            assertEquals("reserve", assertThrows(RefusedException.class, () -> drafts.create(unknownReserve)).field());
            assertEquals(0, drafts.count(DraftState.DRAFTING));

            PolicyDraft saved = drafts.create(good);
            assertEquals(List.of(new DraftSource(DraftSource.Kind.SUGGESTION, 12, "#12"),
                    new DraftSource(DraftSource.Kind.SUGGESTION, 15, "#15")),
                    drafts.sources(saved.id(), DraftSource.Kind.SUGGESTION));
            assertEquals(List.of(new DraftSource(DraftSource.Kind.RESERVE, 3, "#3")),
                    drafts.sources(saved.id(), DraftSource.Kind.RESERVE));
            // an unknown number in a change changes nothing
            assertThrows(RefusedException.class, () -> drafts.update(saved.id(), unknownSuggestions));
            assertEquals(List.of(12L, 15L), drafts.suggestionSources(saved.id()));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReturnedDraftTakesAllThreeReviewsAgain(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, DraftWorkflow.PLUGIN, PolicyPlugin.class)) {
            DraftService drafts = service(schema);
            long id = throughComment(drafts);
            legalReviewer();
            PolicyDraft returned = drafts.fire(id, "return", "第三条奖励对象限定本地纳税，涉嫌排斥外地经营者");
            assertEquals(DraftState.DRAFTING, returned.state());
            drafter();
            assertEquals("policy.draft.error.fair-review-missing", refused(() -> drafts.publish(id, 1)));
            assertEquals("policy.draft.error.fair-review-missing", refused(() -> drafts.submitLegal(id)));
            drafts.update(id, content("崂山区研发投入奖励办法（修改稿）"));
            assertEquals("崂山区研发投入奖励办法（修改稿）", drafts.find(id).orElseThrow().title());
        }
    }

    /** A draft self-reviewed on DAY1, commented on for 30 days and submitted to the legality review. */
    private long throughComment(DraftService drafts) {
        clock.set(DAY1);
        drafter();
        long id = drafts.create(content("崂山区研发投入奖励办法")).id();
        drafts.selfReview(id, answers(), "区科技企业协会", "无异议");
        drafts.openComment(id, 30, null);
        clock.set(DAY1.plusDays(30));
        notices.closeDue(DAY1.plusDays(30));
        drafts.submitLegal(id);
        return id;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void enterprisesReadAndCommentDuringThePeriodButChangeNothing(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, DraftWorkflow.PLUGIN, PolicyPlugin.class)) {
            DraftService drafts = service(schema);
            clock.set(DAY1);
            drafter();
            long id = drafts.create(content("崂山区研发投入奖励办法")).id();
            long before = drafts.create(content("尚未征求意见的草案")).id();
            drafts.selfReview(id, answers(), "区科技企业协会", "无异议");
            drafts.openComment(id, 30, DAY1.plusDays(2));

            enterprise("hailan-qy", HAILAN);
            // before the first day the draft is not yet open to comment
            assertEquals("policy.draft.error.not-open", refused(() -> drafts.comment(id, "建议放宽条件")));
            clock.set(DAY1.plusDays(2));
            assertEquals(List.of(id), drafts.openForComment().stream().map(PolicyDraft::id).toList());
            assertTrue(drafts.findOpen(before).isEmpty(), "a draft not in its comment period is not shown");
            DraftComment hailan = drafts.comment(id, "建议将研发投入门槛降至300万元");
            assertEquals(HAILAN, hailan.uscc());
            enterprise("mingde-qy", MINGDE);
            drafts.comment(id, "希望明确申报时间");
            assertEquals(1, drafts.comments(id).size(), "an enterprise sees its own comments only");

            // the permission matrix: an enterprise user reads and comments, nothing else
            List<Supplier<?>> changes = List.of(() -> drafts.create(content("企业起草")),
                    () -> drafts.update(id, content("改")), () -> drafts.selfReview(before, answers(), "a", "b"),
                    () -> drafts.openComment(before, 30, null), () -> drafts.submitLegal(id),
                    () -> drafts.decide(id, LegalOutcome.PASSED, null), () -> drafts.publish(id, 1),
                    () -> drafts.answer(hailan.id(), "已采纳"), () -> drafts.find(id), () -> drafts.list(null, 0, 10),
                    () -> drafts.history(id));
            for (Supplier<?> change : changes) {
                assertThrows(AccessDeniedException.class, change::get);
            }

            drafter();
            assertEquals(2, drafts.comments(id).size(), "staff see every comment");
            DraftComment answered = drafts.answer(hailan.id(), "已采纳，门槛调整为300万元");
            assertEquals("sunwei", answered.answeredBy());
            enterprise("hailan-qy", HAILAN);
            assertEquals("已采纳，门槛调整为300万元", drafts.comments(id).get(0).answer());

            // the platform's timeline stores a state with every entry, comments and answers too
            assertEquals(List.of("create", "create", "self-review", "open-comment", "comment", "comment", "answer"),
                    timeline.actions());
            timeline.entries().forEach(e -> assertTrue(e.entry().to() != null, e.entry().action()));

            clock.set(DAY1.plusDays(32));
            notices.closeDue(DAY1.plusDays(32));
            assertEquals("policy.draft.error.not-open", refused(() -> drafts.comment(id, "迟到的意见")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void outOfDepartmentScopeADraftIsNotFoundAndNothingChanges(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, DraftWorkflow.PLUGIN, PolicyPlugin.class)) {
            DraftService drafts = service(schema);
            clock.set(DAY1);
            drafter();
            long id = drafts.create(content("崂山区研发投入奖励办法")).id();
            access.as("liuyang", "market", DraftWorkflow.READ, DraftWorkflow.DRAFT, DraftWorkflow.LEGAL_REVIEW)
                    .within("market");
            assertTrue(drafts.find(id).isEmpty());
            assertEquals(0, drafts.count(null));
            assertEquals("policy.draft.error.not-found",
                    refused(() -> drafts.selfReview(id, answers(), "协会", "无异议")));
            drafter();
            assertEquals(DraftState.DRAFTING, drafts.find(id).orElseThrow().state());
            assertFalse(drafts.history(id).isEmpty());
        }
    }
}
