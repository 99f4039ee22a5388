package cn.gov.laoshan.district.policy.draft.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * The drafter's fair-competition self-review of one draft: each of the four categories answered (does the draft
 * restrict competition that way?) with reasons, and the operators concerned heard — who and what they said. It is
 * the opinion the legality review must receive with the draft (青岛市优化营商环境条例 arts. 39-40).
 *
 * @param restricting whether the drafter found a restriction in any category (then the draft must change first)
 */
public record FairCompetitionReview(long id, long draftId, List<Answer> answers, String operatorsHeard,
        String operatorsSaid, String reviewedBy, Instant reviewedAt) {

    /** Shortest reasons accepted for one category: "无" is not a reason. */
    public static final int MIN_REASONS = 10;

    public FairCompetitionReview {
        answers = List.copyOf(answers);
    }

    /** One category's answer. */
    public record Answer(CompetitionCategory category, boolean restricts, String reasons) {
    }

    /** Whether any category restricts competition. */
    public boolean restricting() {
        return answers.stream().anyMatch(Answer::restricts);
    }

    /**
     * Checks what the drafter gives: every category answered once with reasons of at least {@link #MIN_REASONS}
     * characters, none found restricting, the operators heard named with what they said.
     *
     * @throws RefusedException naming the first field that is missing
     */
    public static void check(List<Answer> answers, String operatorsHeard, String operatorsSaid) {
        Set<CompetitionCategory> answered = EnumSet.noneOf(CompetitionCategory.class);
        for (Answer answer : answers) {
            if (answer.category() == null || !answered.add(answer.category())) {
                throw new RefusedException("answers", "policy.draft.error.category-twice");
            }
            String field = "reasons-" + answer.category().name();
            if (answer.reasons() == null || answer.reasons().strip().length() < MIN_REASONS) {
                throw new RefusedException(field, "policy.draft.error.reasons", MIN_REASONS);
            }
            if (answer.reasons().strip().length() > 2000) {
                throw new RefusedException(field, "policy.draft.error.too-long", 2000);
            }
            if (answer.restricts()) {
                throw new RefusedException("restricts-" + answer.category().name(),
                        "policy.draft.error.restricts");
            }
        }
        for (CompetitionCategory category : CompetitionCategory.values()) {
            if (!answered.contains(category)) {
                throw new RefusedException("reasons-" + category.name(), "policy.draft.error.category-missing");
            }
        }
        if (operatorsHeard == null || operatorsHeard.isBlank()) {
            throw new RefusedException("operatorsHeard", "policy.draft.error.operators-heard");
        }
        if (operatorsSaid == null || operatorsSaid.isBlank()) {
            throw new RefusedException("operatorsSaid", "policy.draft.error.operators-said");
        }
        if (operatorsHeard.strip().length() > 1000 || operatorsSaid.strip().length() > 2000) {
            throw new RefusedException(operatorsHeard.strip().length() > 1000 ? "operatorsHeard" : "operatorsSaid",
                    "policy.draft.error.too-long", operatorsHeard.strip().length() > 1000 ? 1000 : 2000);
        }
    }
}
