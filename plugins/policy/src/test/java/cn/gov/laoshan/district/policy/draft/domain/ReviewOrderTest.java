package cn.gov.laoshan.district.policy.draft.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.validation.RefusedException;

/** Each review is required before the next step and before publication, and a missing one is named. */
class ReviewOrderTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = FROM.plusDays(29);          // 30 days, both counted
    private static final LocalDate AFTER = TO.plusDays(1);

    static FairCompetitionReview fair(long id, boolean restricting) {
        List<FairCompetitionReview.Answer> answers = Arrays.stream(CompetitionCategory.values())
                .map(c -> new FairCompetitionReview.Answer(c, restricting && c == CompetitionCategory.PRODUCTION_COSTS,
                        "面向所有符合条件的市场主体，不指定特定经营者"))
                .toList();
        return new FairCompetitionReview(id, 1, answers, "区建筑业协会、3家楼宇运营企业", "无异议", "sunwei",
                Instant.EPOCH);
    }

    static LegalReview legal(long id, long fairId, LegalOutcome outcome) {
        return new LegalReview(id, 1, fairId, "sunwei", Instant.EPOCH, outcome, "zhaomin", null, Instant.EPOCH);
    }

    static PolicyDraft draft(DraftState state, Long fairId, LocalDate from, LocalDate to, Long legalId) {
        return new PolicyDraft(1, "崂山区支持楼宇经济高质量发展若干措施", "区发展和改革局", PolicyTopic.BUILDING_ECONOMY,
                "正文", "奖励", "在崂山区注册的楼宇企业", FROM, TO.plusYears(3), null, "development", state, fairId,
                from == null ? null : 7L, from, to, legalId, null, null, null, "sunwei", Instant.EPOCH);
    }

    private static void ok(String action, PolicyDraft d, FairCompetitionReview f, LegalReview l, LocalDate today) {
        ReviewOrder.check(action, d, f, l, NoticeState.CLOSED, today);
    }

    private static String refusal(String action, PolicyDraft d, FairCompetitionReview f, LegalReview l,
            LocalDate today) {
        return refusal(action, d, f, l, NoticeState.CLOSED, today);
    }

    private static String refusal(String action, PolicyDraft d, FairCompetitionReview f, LegalReview l,
            NoticeState notice, LocalDate today) {
        return assertThrows(RefusedException.class, () -> ReviewOrder.check(action, d, f, l, notice, today))
                .messageKey();
    }

    @Test
    void theCommentPeriodNeedsTheFairCompetitionReviewFirst() {
        assertEquals("policy.draft.error.fair-review-missing",
                refusal(ReviewOrder.OPEN_COMMENT, draft(DraftState.FAIR_REVIEWED, null, null, null, null), null, null,
                        FROM));
        assertEquals("policy.draft.error.fair-review-incomplete", refusal(ReviewOrder.OPEN_COMMENT,
                draft(DraftState.FAIR_REVIEWED, 5L, null, null, null), fair(5, true), null, FROM));
        assertDoesNotThrow(() -> ok(ReviewOrder.OPEN_COMMENT,
                draft(DraftState.FAIR_REVIEWED, 5L, null, null, null), fair(5, false), null, FROM));
    }

    @Test
    void theLegalityReviewNeedsAFinishedCommentPeriodOfThirtyDays() {
        FairCompetitionReview f = fair(5, false);
        assertEquals("policy.draft.error.comment-missing",
                refusal(ReviewOrder.SUBMIT_LEGAL, draft(DraftState.IN_COMMENT, 5L, null, null, null), f, null, AFTER));
        assertEquals("policy.draft.error.comment-short", refusal(ReviewOrder.SUBMIT_LEGAL,
                draft(DraftState.IN_COMMENT, 5L, FROM, TO.minusDays(1), null), f, null, AFTER));
        // the notice is open until the platform closes it the night after its last day, whatever the day
        assertEquals("policy.draft.error.comment-running", refusal(ReviewOrder.SUBMIT_LEGAL,
                draft(DraftState.IN_COMMENT, 5L, FROM, TO, null), f, null, NoticeState.OPEN, AFTER.plusDays(3)));
        assertEquals("policy.draft.error.comment-missing", refusal(ReviewOrder.SUBMIT_LEGAL,
                draft(DraftState.IN_COMMENT, 5L, FROM, TO, null), f, null, NoticeState.WITHDRAWN, AFTER));
        assertEquals("policy.draft.error.fair-review-missing",
                refusal(ReviewOrder.SUBMIT_LEGAL, draft(DraftState.IN_COMMENT, null, FROM, TO, null), null, null,
                        AFTER));
        assertDoesNotThrow(() -> ok(ReviewOrder.SUBMIT_LEGAL,
                draft(DraftState.IN_COMMENT, 5L, FROM, TO, null), f, null, AFTER));
    }

    @Test
    void aPeriodHeldBeforeThePlatformWithoutANoticeIsOverAfterItsLastDay() {
        PolicyDraft held = draft(DraftState.IN_COMMENT, 5L, FROM, TO, null);
        PolicyDraft imported = new PolicyDraft(held.id(), held.title(), held.issuer(), held.topic(), held.body(),
                held.benefits(), held.eligibility(), held.validFrom(), held.validTo(), null, held.departmentCode(),
                held.state(), 5L, null, FROM, TO, null, null, null, null, "sunwei", Instant.EPOCH);
        assertEquals("policy.draft.error.comment-running",
                refusal(ReviewOrder.SUBMIT_LEGAL, imported, fair(5, false), null, null, TO));
        ReviewOrder.check(ReviewOrder.SUBMIT_LEGAL, imported, fair(5, false), null, null, AFTER);
    }

    @Test
    void theLegalReviewerDecidesOnlyOnASubmissionCarryingTheFairCompetitionOpinion() {
        FairCompetitionReview f = fair(5, false);
        assertEquals("policy.draft.error.legal-missing", refusal(ReviewOrder.PASS,
                draft(DraftState.LEGAL_REVIEW, 5L, FROM, TO, null), f, null, AFTER));
        // a submission made with another (an earlier) opinion does not carry this text's opinion
        assertEquals("policy.draft.error.fair-opinion-missing", refusal(ReviewOrder.PASS,
                draft(DraftState.LEGAL_REVIEW, 5L, FROM, TO, 9L), f, legal(9, 4, null), AFTER));
        assertDoesNotThrow(() -> ok(ReviewOrder.PASS, draft(DraftState.LEGAL_REVIEW, 5L, FROM, TO, 9L),
                f, legal(9, 5, null), AFTER));
    }

    @Test
    void publicationIsRefusedWithEachReviewMissing() {
        FairCompetitionReview f = fair(5, false);
        LegalReview passed = legal(9, 5, LegalOutcome.PASSED);
        assertEquals("policy.draft.error.fair-review-missing", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.APPROVED, null, FROM, TO, 9L), null, passed, AFTER));
        assertEquals("policy.draft.error.comment-missing", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.APPROVED, 5L, null, null, 9L), f, passed, AFTER));
        assertEquals("policy.draft.error.legal-missing", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.APPROVED, 5L, FROM, TO, null), f, null, AFTER));
        assertEquals("policy.draft.error.legal-not-passed", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.APPROVED, 5L, FROM, TO, 9L), f, legal(9, 5, null), AFTER));
        assertEquals("policy.draft.error.fair-opinion-missing", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.APPROVED, 5L, FROM, TO, 9L), f, legal(9, 3, LegalOutcome.PASSED), AFTER));
        // all three present, but the draft is not at the step: the order is named
        assertEquals("policy.draft.error.order", refusal(ReviewOrder.PUBLISH,
                draft(DraftState.LEGAL_REVIEW, 5L, FROM, TO, 9L), f, passed, AFTER));
        assertDoesNotThrow(() -> ok(ReviewOrder.PUBLISH, draft(DraftState.APPROVED, 5L, FROM, TO, 9L),
                f, passed, AFTER));
    }

    @Test
    void aSelfReviewAnswersEveryCategoryWithReasonsAndNamesTheOperatorsHeard() {
        List<FairCompetitionReview.Answer> all = fair(1, false).answers();
        assertDoesNotThrow(() -> FairCompetitionReview.check(all, "区建筑业协会", "同意"));
        RefusedException missing = assertThrows(RefusedException.class,
                () -> FairCompetitionReview.check(all.subList(0, 3), "区建筑业协会", "同意"));
        assertEquals("reasons-BUSINESS_CONDUCT", missing.field());
        List<FairCompetitionReview.Answer> thin = List.of(all.get(0), all.get(1),
                new FairCompetitionReview.Answer(CompetitionCategory.PRODUCTION_COSTS, false, "无"), all.get(3));
        assertEquals("policy.draft.error.reasons",
                assertThrows(RefusedException.class, () -> FairCompetitionReview.check(thin, "协会", "同意"))
                        .messageKey());
        assertEquals("restricts-PRODUCTION_COSTS", assertThrows(RefusedException.class,
                () -> FairCompetitionReview.check(fair(1, true).answers(), "协会", "同意")).field());
        assertEquals("operatorsHeard",
                assertThrows(RefusedException.class, () -> FairCompetitionReview.check(all, " ", "同意")).field());
        assertEquals("operatorsSaid",
                assertThrows(RefusedException.class, () -> FairCompetitionReview.check(all, "协会", null)).field());
    }
}
