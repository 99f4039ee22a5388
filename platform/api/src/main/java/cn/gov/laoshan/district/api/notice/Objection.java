package cn.gov.laoshan.district.api.notice;

import java.time.Instant;

/**
 * An objection to a public notice (异议), from a member of staff or an enterprise's or a resident's account.
 *
 * @param id          its id
 * @param noticeId    the notice
 * @param login       who objected
 * @param displayName their name as the platform knows it
 * @param uscc        for an enterprise user, the enterprise they act for, else {@code null}
 * @param text        what they say
 * @param at          when
 */
public record Objection(long id, long noticeId, String login, String displayName, String uscc, String text,
        Instant at) {
}
