package cn.gov.laoshan.district.policy.draft.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * The reviews a draft must have before each step, in the law's order, and the one reason a step is refused. Each
 * step checks the evidence (the stored reviews and the comment period's dates), not only the draft's state, so
 * that a publication lacking any review is refused whatever the state column says:
 * <ol>
 * <li>the drafter's fair-competition self-review (公平竞争审查条例 art. 14), every category answered, none
 * restricting;</li>
 * <li>a public comment period of at least {@value #MIN_COMMENT_DAYS} calendar days, over (优化营商环境条例 art. 62;
 * 山东省优化营商环境条例 art. 51): its public notice closed by the platform's daily job the night after its last
 * day, so the platform's calendar and clock decide, not the plugin's;</li>
 * <li>the legality review, submitted with the fair-competition opinion and passed (青岛市优化营商环境条例 arts.
 * 39-40). Comments received never stand in for it.</li>
 * </ol>
 */
public final class ReviewOrder {

    /** The shortest public comment period, in calendar days, the first day counted. */
    public static final int MIN_COMMENT_DAYS = 30;

    public static final String SELF_REVIEW = "self-review";
    public static final String OPEN_COMMENT = "open-comment";
    public static final String SUBMIT_LEGAL = "submit-legal";
    public static final String PASS = "pass";
    public static final String RETURN = "return";
    public static final String PUBLISH = "publish";

    private ReviewOrder() {
    }

    /** Calendar days of a period from {@code from} to {@code to}, both counted. */
    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Refuses {@code action} on {@code draft} when a review it needs is missing or the draft is not at that step.
     *
     * @param fair  the draft's current fair-competition review, {@code null} when none
     * @param legal the draft's current legality review, {@code null} when none was submitted
     * @param notice the state of the draft's comment notice, {@code null} when it has none
     * @param today the day in Beijing
     * @throws RefusedException with the first missing review, or {@code policy.draft.error.order}
     */
    public static void check(String action, PolicyDraft draft, FairCompetitionReview fair, LegalReview legal,
            NoticeState notice, LocalDate today) {
        switch (action) {
            case SELF_REVIEW -> at(draft, DraftState.DRAFTING);
            case OPEN_COMMENT -> {
                fairReview(draft, fair);
                at(draft, DraftState.FAIR_REVIEWED);
            }
            case SUBMIT_LEGAL -> {
                fairReview(draft, fair);
                commentPeriod(draft, notice, today);
                at(draft, DraftState.IN_COMMENT);
            }
            case PASS, RETURN -> {
                at(draft, DraftState.LEGAL_REVIEW);
                submittedWithOpinion(draft, fair, legal);
            }
            case PUBLISH -> {
                fairReview(draft, fair);
                commentPeriod(draft, notice, today);
                submittedWithOpinion(draft, fair, legal);
                if (!legal.passed()) {
                    throw new RefusedException(null, "policy.draft.error.legal-not-passed");
                }
                at(draft, DraftState.APPROVED);
            }
            default -> throw new RefusedException(null, "policy.draft.error.order",
                    new RefusedException.Key("policy.draft.state." + draft.state().name()));
        }
    }

    private static void at(PolicyDraft draft, DraftState expected) {
        if (draft.state() != expected) {
            throw new RefusedException(null, "policy.draft.error.order",
                    new RefusedException.Key("policy.draft.state." + draft.state().name()));
        }
    }

    private static void fairReview(PolicyDraft draft, FairCompetitionReview fair) {
        if (fair == null || draft.fairReviewId() == null || fair.id() != draft.fairReviewId()) {
            throw new RefusedException(null, "policy.draft.error.fair-review-missing");
        }
        if (fair.restricting() || fair.answers().size() != CompetitionCategory.values().length) {
            throw new RefusedException(null, "policy.draft.error.fair-review-incomplete");
        }
    }

    /** Whether the comment period is over: its notice closed, or (without a notice) its last day past. */
    public static boolean commentOver(PolicyDraft draft, NoticeState notice, LocalDate today) {
        if (draft.commentTo() == null) {
            return false;
        }
        return draft.noticeId() == null ? today.isAfter(draft.commentTo()) : notice == NoticeState.CLOSED;
    }

    private static void commentPeriod(PolicyDraft draft, NoticeState notice, LocalDate today) {
        // the period's days are the evidence; its notice (公示) is how the platform made it public. Policies of the
        // list from before the platform carry the days of the period held on the government website, no notice
        if (draft.commentFrom() == null || draft.commentTo() == null) {
            throw new RefusedException(null, "policy.draft.error.comment-missing");
        }
        if (days(draft.commentFrom(), draft.commentTo()) < MIN_COMMENT_DAYS) {
            throw new RefusedException(null, "policy.draft.error.comment-short", MIN_COMMENT_DAYS);
        }
        if (draft.noticeId() != null && notice == NoticeState.WITHDRAWN) {
            throw new RefusedException(null, "policy.draft.error.comment-missing");
        }
        if (!commentOver(draft, notice, today)) {
            throw new RefusedException(null, "policy.draft.error.comment-running", draft.commentTo());
        }
    }

    private static void submittedWithOpinion(PolicyDraft draft, FairCompetitionReview fair, LegalReview legal) {
        if (legal == null || draft.legalReviewId() == null || legal.id() != draft.legalReviewId()) {
            throw new RefusedException(null, "policy.draft.error.legal-missing");
        }
        if (fair == null || legal.fairReviewId() != fair.id()) {
            throw new RefusedException(null, "policy.draft.error.fair-opinion-missing");
        }
    }
}
