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
import cn.gov.laoshan.district.core.db.UniqueKeys;

/**
 * {@link Reminders} over the {@code reminder} table, and their delivery ({@link #deliverDue()}, run by the
 * platform job {@code notify/reminders}). Delivery marks a reminder delivered with a conditional update in the
 * same transaction that inserts its notification, so a reminder is delivered once even if two nodes ran the job.
 * A reminder of a record's step ({@link #scheduleOnce}, {@link #sendOnce}) is also written to {@code reminder_sent}
 * in that transaction, whose unique key (source, record, step) lets it be sent once ever: re-planned after it was
 * sent, or sent by another node at the same moment, the second sending meets the key and is skipped.
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
        checkKey(key);
        plan(key, null, null, at, to, message);
    }

    /**
     * Planned like {@link #schedule}, with the record and step beside the key, unless the step was sent: then
     * nothing is planned (and should a row be re-armed by a race with the delivery, its delivery meets the unique
     * key of {@code reminder_sent} and skips).
     */
    @Override
    public void scheduleOnce(String record, String step, Instant at, Recipient to, Message message) {
        String key = Reminders.onceKey(record, step);
        if (sentAt(message.source(), record, step).isPresent()) {
            return;
        }
        plan(key, record, step, at, to, message);
    }

    @Override
    public void cancelOnce(String source, String record, String step) {
        cancel(source, Reminders.onceKey(record, step));
    }

    /**
     * Sends now unless the step was sent: the insert into {@code reminder_sent} is the claim (first statement of the
     * transaction, so on PostgreSQL a refused insert aborts nothing else); a concurrent sender of the same step waits
     * for the row's lock and then meets the key.
     */
    @Override
    public boolean sendOnce(String record, String step, Recipient to, Message message) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(message, "message");
        Reminders.onceKey(record, step);
        long now = clock.millis();
        try {
            jdbi.useTransaction(h -> {
                claim(h, message.source(), record, step, now);
                long id = NotificationService.insert(h, to, message, now);
                h.createUpdate("update reminder_sent set notification_id = :id where source = :s and record_key = :r "
                        + "and step = :st").bind("id", id).bind("s", message.source()).bind("r", record)
                        .bind("st", step).execute();
            });
        } catch (RuntimeException e) {
            if (UniqueKeys.violated(e)) {
                return false;
            }
            throw e;
        }
        // a planned reminder of the same step has nothing left to say. Its own transaction: the delivery locks the
        // reminder row before reminder_sent, so taking them here in the other order could deadlock
        jdbi.useHandle(h -> h.createUpdate("update reminder set delivered_at = :now where source = :s "
                + "and reminder_key = :key and delivered_at is null")
                .bind("now", now).bind("s", message.source()).bind("key", Reminders.onceKey(record, step)).execute());
        notifications.fire(to);
        return true;
    }

    /** When the step of the record was sent, if it was. */
    public Optional<Instant> sentAt(String source, String record, String step) {
        return jdbi.withHandle(h -> h.createQuery("select sent_at from reminder_sent where source = :s "
                + "and record_key = :r and step = :st").bind("s", source).bind("r", record).bind("st", step)
                .mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
    }

    private static void claim(org.jdbi.v3.core.Handle h, String source, String record, String step, long now) {
        h.createUpdate("insert into reminder_sent (source, record_key, step, sent_at) values (:s, :r, :st, :now)")
                .bind("s", source).bind("r", record).bind("st", step).bind("now", now).execute();
    }

    private void plan(String key, String record, String step, Instant at, Recipient to, Message message) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        boolean keepDelivered = !at.isAfter(clock.instant());
        for (int attempt = 0; ; attempt++) {
            int updated = jdbi.withHandle(h -> h.createUpdate("update reminder set due_at = :due, audience_kind = :k, "
                    + "audience = :a, title = :t, body = :b, link = :l, severity = :v, "
                    // a delivered reminder re-planned for the time it was delivered at, or for a time already past,
                    // has nothing new to say and stays delivered: a job that re-plans every run (an overdue item's
                    // reminder day moves with its forecast) must not repeat it. For a later time it is planned again.
                    + (keepDelivered ? "" : "delivered_at = case when due_at = :due then delivered_at else null end, "
                    + "notification_id = case when due_at = :due then notification_id else null end, ")
                    + "record_key = coalesce(cast(:r as varchar(100)), record_key), step = coalesce(cast(:st as varchar(90)), step) "
                    + "where source = :s and reminder_key = :key")
                    .bind("r", record).bind("st", step)
                    .bind("due", at.toEpochMilli()).bind("k", to.kind().name()).bind("a", to.value())
                    .bind("t", message.title()).bind("b", message.body()).bind("l", message.link())
                    .bind("v", message.severity().name()).bind("s", message.source()).bind("key", key).execute());
            if (updated == 1) {
                return;
            }
            try {
                jdbi.useHandle(h -> h.createUpdate("insert into reminder (source, reminder_key, due_at, audience_kind, "
                        + "audience, title, body, link, severity, record_key, step) "
                        + "values (:s, :key, :due, :k, :a, :t, :b, :l, :v, :r, :st)")
                        .bind("r", record).bind("st", step)
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
        List<String[]> due = jdbi.withHandle(h -> h.createQuery("select source, reminder_key, record_key, step "
                + "from reminder where delivered_at is null and due_at <= :now order by due_at fetch first " + BATCH
                + " rows only")
                .bind("now", now).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).list());
        List<Recipient> delivered = new ArrayList<>();
        for (String[] r : due) {
            Optional<Recipient> to;
            try {
                to = deliver(r, now);
            } catch (RuntimeException e) {
                if (!UniqueKeys.violated(e)) {
                    throw e;
                }
                // the step was sent already (sendOnce, or this row re-armed after its delivery): skip it for good
                jdbi.useHandle(h -> h.createUpdate("update reminder set delivered_at = :now where source = :s "
                        + "and reminder_key = :key and delivered_at is null")
                        .bind("now", now).bind("s", r[0]).bind("key", r[1]).execute());
                to = Optional.empty();
            }
            to.ifPresent(delivered::add);
        }
        delivered.forEach(notifications::fire);
        return delivered.size();
    }

    private Optional<Recipient> deliver(String[] r, long now) {
        return jdbi.inTransaction(h -> {
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
                if (r[2] != null) {
                    // once per (source, record, step): a second sending meets the unique key and rolls this back
                    claim(h, r[0], r[2], r[3], now);
                }
                Recipient recipient = (Recipient) row.get()[0];
                long id = NotificationService.insert(h, recipient, (Message) row.get()[1], now);
                h.createUpdate("update reminder set notification_id = :id where source = :s and reminder_key = :key")
                        .bind("id", id).bind("s", r[0]).bind("key", r[1]).execute();
                if (r[2] != null) {
                    h.createUpdate("update reminder_sent set notification_id = :id where source = :s "
                            + "and record_key = :r and step = :st")
                            .bind("id", id).bind("s", r[0]).bind("r", r[2]).bind("st", r[3]).execute();
                }
                return Optional.of(recipient);
            });
    }

    private static void checkKey(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a reminder key must be 1 to 200 characters: '" + key + "'");
        }
    }
}
