package cn.gov.laoshan.district.policy.draft.domain;

import java.time.Instant;

/**
 * A comment on a draft during its public comment period, by an enterprise's user (or a member of staff, who has no
 * enterprise), and the drafting department's answer.
 *
 * @param uscc   the commenting enterprise, {@code null} for staff
 * @param answer {@code null} until staff answer
 */
public record DraftComment(long id, long draftId, String uscc, String login, String displayName, String body,
        Instant commentedAt, String answer, String answeredBy, Instant answeredAt) {
}
