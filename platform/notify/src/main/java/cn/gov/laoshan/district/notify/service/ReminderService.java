package cn.gov.laoshan.district.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;

/**
 * {@link Reminders} over the {@code reminder} table, and their delivery ({@link #deliverDue()}, run by the
 * platform job {@code notify/reminders}). Delivery marks a reminder delivered with a conditional update in the
 * same transaction that inserts its notification, so a reminder is delivered once even if two nodes ran the job.
 */
public final class ReminderService implements Reminders {

    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final NotificationService notifications;

    public ReminderService(Jdbi jdbi, Clock clock, NotificationService notifications) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.notifications = notifications;
    }

    @Override
    public void schedule(String key, Instant at, Recipient to, Message message) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        checkKey(key);
        boolean keepDelivered = !at.isAfter(clock.instant());
        for (int attempt = 0; ; attempt++) {
            int updated = jdbi.withHandle(h -> h.createUpdate("update reminder set due_at = :due, audience_kind = :k, "
                    + "audience = :a, title = :t, body = :b, link = :l, severity = :v, "
                    // a delivered reminder re-planned for the time it was delivered at, or for a time already past,
                    // has nothing new to say and stays delivered: a job that re-plans every run (an overdue item's
                    // reminder day moves with its forecast) must not repeat it. For a later time it is planned again.
                    + (keepDelivered ? "" : "delivered_at = case when due_at = :due then delivered_at else null end, "
                    + "notification_id = case when due_at = :due then notification_id else null end, ")
                    + "reminder_key = reminder_key "
                    + "where source = :s and reminder_key = :key")
                    .bind("due", at.toEpochMilli()).bind("k", to.kind().name()).bind("a", to.value())
                    .bind("t", message.title()).bind("b", message.body()).bind("l", message.link())
                    .bind("v", message.severity().name()).bind("s", message.source()).bind("key", key).execute());
            if (updated == 1) {
                return;
            }
            try {
                jdbi.useHandle(h -> h.createUpdate("insert into reminder (source, reminder_key, due_at, audience_kind, "
                        + "audience, title, body, link, severity) values (:s, :key, :due, :k, :a, :t, :b, :l, :v)")
                        .bind("due", at.toEpochMilli()).bind("k", to.kind().name()).bind("a", to.value())
                        .bind("t", message.title()).bind("b", message.body()).bind("l", message.link())
                        .bind("v", message.severity().name()).bind("s", message.source()).bind("key", key).execute());
                return;
            } catch (RuntimeException duplicate) {
                if (attempt > 0) {
                    throw duplicate;
                }
                // planned by someone else in between: update it on the next attempt
            }
        }
    }

    @Override
    public void cancel(String source, String key) {
        checkKey(key);
        jdbi.useHandle(h -> h.createUpdate("delete from reminder where source = :s and reminder_key = :key "
                + "and delivered_at is null").bind("s", source).bind("key", key).execute());
    }

    @Override
    public Optional<Instant> dueAt(String source, String key) {
        return jdbi.withHandle(h -> h.createQuery("select due_at from reminder where source = :s and reminder_key = :key "
                + "and delivered_at is null").bind("s", source).bind("key", key).mapTo(Long.class).findOne()
                .map(Instant::ofEpochMilli));
    }

    /** Delivers the reminders that are due; returns how many this call delivered. */
    public int deliverDue() {
        long now = clock.millis();
        List<String[]> due = jdbi.withHandle(h -> h.createQuery("select source, reminder_key from reminder "
                + "where delivered_at is null and due_at <= :now order by due_at fetch first " + BATCH + " rows only")
                .bind("now", now).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
        List<Recipient> delivered = new ArrayList<>();
        for (String[] r : due) {
            Optional<Recipient> to = jdbi.inTransaction(h -> {
                var row = h.createQuery("select audience_kind, audience, title, body, link, severity from reminder "
                        + "where source = :s and reminder_key = :key and delivered_at is null and due_at <= :now")
                        .bind("s", r[0]).bind("key", r[1]).bind("now", now)
                        .map((rs, ctx) -> new Object[] {new Recipient(Recipient.Kind.valueOf(rs.getString(1)), rs.getString(2)),
                                new Message(r[0], rs.getString(3), rs.getString(4), rs.getString(5),
                                        Severity.valueOf(rs.getString(6)))})
                        .findOne();
                if (row.isEmpty()) {
                    return Optional.<Recipient>empty();
                }
                int claimed = h.createUpdate("update reminder set delivered_at = :now where source = :s "
                        + "and reminder_key = :key and delivered_at is null")
                        .bind("now", now).bind("s", r[0]).bind("key", r[1]).execute();
                if (claimed != 1) {
                    return Optional.<Recipient>empty();
                }
                Recipient recipient = (Recipient) row.get()[0];
                long id = NotificationService.insert(h, recipient, (Message) row.get()[1], now);
                h.createUpdate("update reminder set notification_id = :id where source = :s and reminder_key = :key")
                        .bind("id", id).bind("s", r[0]).bind("key", r[1]).execute();
                return Optional.of(recipient);
            });
            to.ifPresent(delivered::add);
        }
        delivered.forEach(notifications::fire);
        return delivered.size();
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a reminder key must be 1 to 200 characters: '" + key + "'");
        }
    }
}
