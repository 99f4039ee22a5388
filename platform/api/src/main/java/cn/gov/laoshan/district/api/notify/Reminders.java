package cn.gov.laoshan.district.api.notify;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Notifications planned for later, such as "licence 2026-0042 expires in 30 days". A reminder is identified by its
 * source and key ({@code market} + {@code licence/2026-0042/expiry-30}); scheduling it again replaces it, so a
 * plugin simply re-plans its deadlines whenever they change. Due reminders are delivered by a platform job once
 * per cluster (at most a minute late by default).
 *
 * <p>Since 1.2.0 a reminder may belong to one <em>step</em> of one <em>record</em> ({@link #scheduleOnce},
 * {@link #sendOnce}): the platform sends it at most once per (source, record, step), ever — however often it is
 * planned again, at whatever time, by however many nodes at once. The platform keeps what was sent under a unique key
 * in its database and skips a second sending. Use it for "once per deadline" notices: a case's deadline reminder to
 * its mediator, a licence's 30-days-before-expiry notice from a daily job that runs on several nodes.
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

    /**
     * The key under which the reminder of {@code step} of {@code record} is planned ({@code record + "/" + step}), as
     * {@link #dueAt} and {@link #cancel} take it.
     *
     * @throws IllegalArgumentException if the record is not 1 to 100 characters or the step not 1 to 90
     * @since 1.2.0
     */
    static String onceKey(String record, String step) {
        if (record == null || record.isBlank() || record.length() > 100) {
            throw new IllegalArgumentException("a record must be 1 to 100 characters: '" + record + "'");
        }
        if (step == null || step.isBlank() || step.length() > 90) {
            throw new IllegalArgumentException("a step must be 1 to 90 characters: '" + step + "'");
        }
        return record + "/" + step;
    }

    /**
     * Plans the reminder of {@code step} of {@code record} ({@code case-崂调〔2026〕0042号} + {@code deadline}) for
     * {@code at}, unless it was sent already: it is sent at most once per ({@code message.source()}, record, step),
     * even when planned again after it was sent (for a later time too) or by several nodes at once. Until it is sent
     * it is re-planned like {@link #schedule}, under {@link #onceKey}.
     *
     * @implSpec The default plans it with {@link #schedule} under {@link #onceKey} (for test doubles that keep no
     *           record of what was sent); the platform's implementation keeps the once-only guarantee.
     * @since 1.2.0
     */
    default void scheduleOnce(String record, String step, Instant at, Recipient to, Message message) {
        schedule(onceKey(record, step), at, to, message);
    }

    /**
     * Sends the notice of {@code step} of {@code record} now, unless it was sent already (by this call, a planned
     * {@link #scheduleOnce} or another node): insert-or-skip under a unique key in the platform's database.
     *
     * @return whether this call sent it
     * @implSpec The default refuses: only an implementation that records what was sent can promise "once".
     * @since 1.2.0
     */
    default boolean sendOnce(String record, String step, Recipient to, Message message) {
        throw new UnsupportedOperationException(getClass().getName() + " does not record what was sent");
    }

    /**
     * Cancels the planned, not yet sent reminder of {@code step} of {@code record}; nothing happens when there is
     * none. A step already sent stays sent (planning it again sends nothing).
     *
     * @since 1.2.0
     */
    default void cancelOnce(String source, String record, String step) {
        cancel(source, onceKey(record, step));
    }
}
