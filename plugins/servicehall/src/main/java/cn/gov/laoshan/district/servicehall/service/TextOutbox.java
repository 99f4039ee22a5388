package cn.gov.laoshan.district.servicehall.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.notify.TextMessages;

/**
 * The texts sent while no SMS gateway ({@link TextMessages} service) is registered: kept in the plugin's table
 * {@code text_outbox}, so that a demo (and a browser test) can read the one-time code a resident would have received.
 */
public class TextOutbox implements TextMessages {

    private final Jdbi jdbi;
    private final Clock clock;

    public TextOutbox(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void send(String mobile, String text) {
        jdbi.useHandle(h -> h.createUpdate("insert into text_outbox (mobile, body, created_at) values (:mobile, :body, :at)")
                .bind("mobile", mobile).bind("body", text.length() > 500 ? text.substring(0, 500) : text)
                .bind("at", Timestamp.from(clock.instant())).execute());
    }

    /** A text as kept: to whom, what, when. */
    public record Text(String mobile, String body, java.time.Instant createdAt) {
    }

    /**
     * The newest texts to anybody, newest first: the demo's 短信发件箱, where the staff (and a presenter without a
     * phone) read what a gateway would have sent. Only on homes with demo data; checked by the caller's permission.
     */
    public List<Text> recent(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select mobile, body, created_at from text_outbox order by id desc "
                + "fetch first " + Math.max(1, Math.min(limit, 500)) + " rows only")
                .map((rs, ctx) -> new Text(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list());
    }

    /** The newest messages to {@code mobile}, newest first. */
    public List<String> to(String mobile, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select body from text_outbox where mobile = :mobile order by id desc "
                + "fetch first " + Math.max(1, Math.min(limit, 100)) + " rows only").bind("mobile", mobile)
                .mapTo(String.class).list());
    }
}
