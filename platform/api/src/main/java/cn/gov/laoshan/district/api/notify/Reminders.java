package cn.gov.laoshan.district.api.notify;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Notifications planned for later, such as "licence 2026-0042 expires in 30 days". A reminder is identified by its
 * source and key ({@code market} + {@code licence/2026-0042/expiry-30}); scheduling it again replaces it, so a
 * plugin simply re-plans its deadlines whenever they change. Due reminders are delivered by a platform job once
 * per cluster (at most a minute late by default).
 */
@ProviderType
public interface Reminders {

    /**
     * Plans (or re-plans) the reminder {@code key} of {@code message.source()}: at {@code at} it is sent to
     * {@code to}. A time in the past is delivered with the next run of the delivery job. Re-planning a reminder
     * that was already delivered plans it again for a later time that is still ahead; for the same time or a time
     * already past it stays delivered (a job that re-plans its deadlines every run does not repeat a reminder).
     */
    void schedule(String key, Instant at, Recipient to, Message message);

    /** Cancels a planned reminder; nothing happens when there is none (or it was already delivered). */
    void cancel(String source, String key);

    /** When the reminder is due, if it is planned and not yet delivered. */
    Optional<Instant> dueAt(String source, String key);
}
