package cn.gov.laoshan.district.api.notify;

import java.time.Instant;

/**
 * A notification as an inbox shows it.
 *
 * @param id        its id
 * @param recipient who it was sent to
 * @param message   what it says
 * @param created   when it was sent
 * @param read      whether the current user has read it
 */
public record Notification(long id, Recipient recipient, Message message, Instant created, boolean read) {
}
