package cn.gov.laoshan.district.policy.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 意见建议: what an enterprise asked for, along one of the four lines, and where its answer is.
 *
 * @param source          the sub-source: forum, hotline or window, visit and liaison officer, association
 *                        (blank for an enterprise's own online submission)
 * @param topicConfidence the categoriser's probability of {@code topic}; {@code null} once staff chose the topic
 * @param departmentCode  the responsible department (the policy department's until the analysis assigns one)
 * @param deadline        when the answer is due (working days on the official calendar); a reopened suggestion's
 *                        new deadline
 * @param groupId         the look-alike group it belongs to, or {@code null}
 */
public record Suggestion(long id, Channel channel, String source, String enterpriseUscc, String enterpriseName,
        Topic topic, Double topicConfidence, String text, Visibility visibility, SuggestionState state,
        String departmentCode, LocalDate receivedOn, LocalDate deadline, ResponseKind responseKind, String answer,
        String answeredBy, Instant answeredAt, Rating rating, String ratingComment, int rounds, Long groupId,
        String createdBy, Instant createdAt) {

    /** Whether the answer is late: still owed and the deadline has passed. */
    public boolean overdue(LocalDate today) {
        return state.awaitingAnswer() && deadline.isBefore(today);
    }

    /** Whether staff chose the topic (an override), rather than the categoriser. */
    public boolean topicByStaff() {
        return topicConfidence == null;
    }

    /** A short title for lists and notifications: the text's start. */
    public String title() {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "…";
    }

    /** What a form gives for a new suggestion. */
    public record Draft(Channel channel, String source, String enterpriseUscc, String text, Visibility visibility,
            LocalDate receivedOn) {
    }
}
