package cn.gov.laoshan.district.policy.draft.domain;

import java.time.Instant;

/**
 * A draft's submission to the legality review (合法性审查) and its decision. The submission names the
 * fair-competition review it carries: without that opinion it cannot be made, and the comments of the public
 * period are no substitute for it.
 *
 * @param outcome {@code null} while the reviewer has not decided
 */
public record LegalReview(long id, long draftId, long fairReviewId, String submittedBy, Instant submittedAt,
        LegalOutcome outcome, String reviewer, String reasons, Instant decidedAt) {

    /** Whether the reviewer passed the draft. */
    public boolean passed() {
        return outcome == LegalOutcome.PASSED;
    }
}
