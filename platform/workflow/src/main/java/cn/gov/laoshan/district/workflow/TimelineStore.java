package cn.gov.laoshan.district.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;

/** {@link Timeline} in the platform schema; every transition is also an audit record. */
final class TimelineStore implements Timeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Supplier<Optional<AuditLog>> audit;
    private final Clock clock;

    TimelineStore(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void record(String source, String recordType, String recordId, String action, String from, String to,
            String note) {
        java.util.Objects.requireNonNull(to, "a transition needs the state after (to)");
        CurrentUser actor = access.currentUser()
                .orElseThrow(() -> new IllegalStateException("a transition needs a user (or asSystem)"));
        jdbi.useHandle(h -> h.createUpdate("insert into timeline_event (source, record_type, record_id, occurred_at, "
                + "actor_login, actor_name, action, from_state, to_state, note) values (:source, :type, :id, :at, "
                + ":login, :name, :action, :from, :to, :note)")
                .bind("source", source).bind("type", recordType).bind("id", recordId)
                .bind("at", Timestamp.from(clock.instant())).bind("login", actor.login())
                .bind("name", actor.displayName()).bind("action", action).bind("from", from).bind("to", to)
                .bind("note", note).execute());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", from);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to);
        after.put("note", note);
        audit.get().ifPresent(log -> log.record(source, "transition." + action.toLowerCase(java.util.Locale.ROOT), recordType, recordId,
                from == null ? null : json(before), json(after)));
    }

    /**
     * One JDBC batch in one transaction, and one audit record for the batch ({@code transition.<action>} of
     * {@code recordType} "{@code n}×", naming the count and the ids): a match run's thousands of offers were as many
     * timeline and audit commits, minutes on Derby under load.
     */
    @Override
    public void recordAll(String source, String recordType, String action, String from, String to,
            Map<String, String> notes) {
        java.util.Objects.requireNonNull(to, "a transition needs the state after (to)");
        if (notes.isEmpty()) {
            return;
        }
        CurrentUser actor = access.currentUser()
                .orElseThrow(() -> new IllegalStateException("a transition needs a user (or asSystem)"));
        Timestamp at = Timestamp.from(clock.instant());
        jdbi.useTransaction(h -> {
            var batch = h.prepareBatch("insert into timeline_event (source, record_type, record_id, occurred_at, "
                    + "actor_login, actor_name, action, from_state, to_state, note) values (:source, :type, :id, :at, "
                    + ":login, :name, :action, :from, :to, :note)");
            notes.forEach((recordId, note) -> batch.bind("source", source).bind("type", recordType)
                    .bind("id", recordId).bind("at", at).bind("login", actor.login())
                    .bind("name", actor.displayName()).bind("action", action).bind("from", from).bind("to", to)
                    .bind("note", note).add());
            batch.execute();
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", to);
        after.put("count", notes.size());
        after.put("records", List.copyOf(notes.keySet()));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("state", from);
        audit.get().ifPresent(log -> log.record(source, "transition." + action.toLowerCase(java.util.Locale.ROOT),
                recordType, notes.size() + "×", from == null ? null : json(before), json(after)));
    }

    @Override
    public List<TimelineEntry> of(String source, String recordType, String recordId) {
        return jdbi.withHandle(h -> h.createQuery("select occurred_at, actor_login, actor_name, action, from_state, "
                + "to_state, note from timeline_event where source = :source and record_type = :type and record_id = :id "
                + "order by id")
                .bind("source", source).bind("type", recordType).bind("id", recordId)
                .map((rs, ctx) -> new TimelineEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
