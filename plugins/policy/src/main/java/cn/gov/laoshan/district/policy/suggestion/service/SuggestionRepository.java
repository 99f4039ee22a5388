package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.policy.suggestion.domain.LabelledSuggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.Meeting;
import cn.gov.laoshan.district.policy.suggestion.domain.Rating;
import cn.gov.laoshan.district.policy.suggestion.domain.ResponseKind;
import cn.gov.laoshan.district.policy.suggestion.domain.Suggestion;
import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionState;
import cn.gov.laoshan.district.policy.suggestion.domain.Topic;
import cn.gov.laoshan.district.policy.suggestion.domain.Visibility;

/**
 * The suggestions' tables. Every read takes the reader's {@link RecordScope}: staff see the suggestions of the
 * departments where they read (the responsible department), those they entered, and those open to all staff;
 * an enterprise user sees their own enterprise's and nothing else (the visibility does not widen it).
 */
public class SuggestionRepository {

    private static final RowMapper<Suggestion> SUGGESTION = ConstructorMapper.of(Suggestion.class);

    /** Department scope on the responsible department, the registrant's own, an enterprise user's enterprise. */
    static final RecordScope.Columns COLUMNS = RecordScope.columns("department_code").owners("created_by")
            .enterprises("enterprise_uscc");

    private final Jdbi jdbi;

    public SuggestionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public long insert(Suggestion s) {
        return jdbi.withHandle(h -> h.createUpdate("insert into suggestion (channel, source, enterprise_uscc, "
                + "enterprise_name, topic, topic_confidence, text, visibility, state, department_code, received_on, "
                + "deadline, rounds, created_by, created_at) values (:channel, :source, :enterpriseUscc, "
                + ":enterpriseName, :topic, :topicConfidence, :text, :visibility, :state, :departmentCode, "
                + ":receivedOn, :deadline, :rounds, :createdBy, :createdAt)").bindMethods(s)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    /** The scope as one SQL condition; staff also read what is open to all staff. */
    private static Condition scoped(RecordScope scope) {
        RecordScope.Condition in = scope.condition(COLUMNS);
        if (in.sql() == null) {
            return new Condition(null, Map.of());
        }
        if (scope.external()) {
            return new Condition(in.sql(), in.parameters());
        }
        return new Condition("(" + in.sql() + " or visibility = '" + Visibility.ALL_STAFF.name() + "')",
                in.parameters());
    }

    private record Condition(String sql, Map<String, Object> parameters) {
    }

    public Optional<Suggestion> find(RecordScope scope, long id) {
        Condition in = scoped(scope);
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion where id = :id"
                + (in.sql() == null ? "" : " and " + in.sql())).bindMap(in.parameters()).bind("id", id)
                .map(SUGGESTION).findOne());
    }

    /**
     * Suggestions in scope whose number is {@code words} or whose text contains them, newest first, at most
     * {@code limit} (a draft's source picker); the newest in scope when {@code words} is blank.
     */
    public List<Suggestion> search(RecordScope scope, String words, int limit) {
        Condition in = scoped(scope);
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>(in.parameters());
        if (in.sql() != null) {
            where.add(in.sql());
        }
        if (!words.isEmpty()) {
            String like = "text like :like escape '\\'";
            values.put("like", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            if (words.matches("\\d{1,18}")) {
                where.add("(id = :id or " + like + ")");
                values.put("id", Long.parseLong(words));
            } else {
                where.add(like);
            }
        }
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by id desc fetch next "
                + Math.max(1, limit) + " rows only").bindMap(values).map(SUGGESTION).list());
    }

    /** Which of {@code ids} are rows of {@code table} ({@code suggestion} or {@code reserve_entry}). */
    public Set<Long> existing(String table, Collection<Long> ids) {
        if (!table.equals("suggestion") && !table.equals("reserve_entry")) {
            throw new IllegalArgumentException(table);
        }
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("select id from " + table + " where id in (<ids>)")
                .bindList("ids", List.copyOf(new HashSet<>(ids))).mapTo(Long.class).list()));
    }

    public List<Suggestion> list(RecordScope scope, SuggestionFilter filter, LocalDate today, int offset, int limit) {
        return jdbi.withHandle(h -> query(h, "select *", scope, filter, today,
                " order by received_on desc, id desc offset " + Math.max(0, offset) + " rows fetch next "
                        + Math.max(1, limit) + " rows only").map(SUGGESTION).list());
    }

    public long count(RecordScope scope, SuggestionFilter filter, LocalDate today) {
        return jdbi.withHandle(h -> query(h, "select count(*)", scope, filter, today, "").mapTo(Long.class).one());
    }

    private static org.jdbi.v3.core.statement.Query query(Handle h, String select, RecordScope scope,
            SuggestionFilter f, LocalDate today, String rest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Condition in = scoped(scope);
        if (in.sql() != null) {
            where.add(in.sql());
            values.putAll(in.parameters());
        }
        if (f.channel() != null) {
            where.add("channel = :channel");
            values.put("channel", f.channel().name());
        }
        if (f.topic() != null) {
            where.add("topic = :topic");
            values.put("topic", f.topic().name());
        }
        if (f.state() != null) {
            where.add("state = :state");
            values.put("state", f.state().name());
        }
        if (f.department() != null) {
            where.add("department_code = :department");
            values.put("department", f.department());
        }
        if (f.overdue()) {
            where.add("state in ('RECEIVED', 'ANALYSED', 'REOPENED') and deadline < :today");
            values.put("today", today);
        }
        if (f.enterpriseUscc() != null) {
            where.add("enterprise_uscc = :uscc");
            values.put("uscc", f.enterpriseUscc());
        }
        if (f.groupId() != null) {
            where.add("group_id = :groupId");
            values.put("groupId", f.groupId());
        }
        String sql = select + " from suggestion" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + rest;
        return h.createQuery(sql).bindMap(values);
    }

    /** Moves the suggestion on only from the state it was read in: a concurrent move makes this return false. */
    public boolean analyse(long id, Topic topic, String department, LocalDate deadline) {
        return jdbi.withHandle(h -> h.createUpdate("update suggestion set state = 'ANALYSED', topic = :topic, "
                + "department_code = :department, deadline = :deadline where id = :id and state = 'RECEIVED'")
                .bind("id", id).bind("topic", topic.name()).bind("department", department)
                .bind("deadline", deadline).execute()) == 1;
    }

    public boolean respond(long id, SuggestionState from, ResponseKind kind, String answer, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("update suggestion set state = 'RESPONDED', response_kind = :kind, "
                + "answer = :answer, answered_by = :by, answered_at = :at, rating = null, rating_comment = null "
                + "where id = :id and state = :from").bind("id", id).bind("from", from.name())
                .bind("kind", kind.name()).bind("answer", answer).bind("by", by).bind("at", at).execute()) == 1;
    }

    /** Records the rating: closed, or reopened with a new deadline and one more round. */
    public boolean rate(long id, Rating rating, String comment, Instant at, LocalDate reopenDeadline) {
        boolean reopen = reopenDeadline != null;
        return jdbi.withHandle(h -> h.createUpdate("update suggestion set state = :to, rating = :rating, "
                + "rating_comment = :comment, rated_at = :at"
                + (reopen ? ", deadline = :deadline, rounds = rounds + 1" : "")
                + " where id = :id and state = 'RESPONDED'").bind("id", id)
                .bind("to", (reopen ? SuggestionState.REOPENED : SuggestionState.CLOSED).name())
                .bind("rating", rating.name()).bind("comment", comment).bind("at", at)
                .bindMap(reopen ? Map.of("deadline", reopenDeadline) : Map.of()).execute()) == 1;
    }

    /** Staff chose another topic: the suggestion takes it (no confidence) and the choice is kept as training data. */
    public void overrideTopic(Suggestion s, Topic topic, String by, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update suggestion set topic = :topic, topic_confidence = null where id = :id")
                    .bind("id", s.id()).bind("topic", topic.name()).execute();
            h.createUpdate("insert into topic_override (suggestion_id, text, topic, proposed, confidence, chosen_by, "
                    + "chosen_at) values (:id, :text, :topic, :proposed, :confidence, :by, :at)").bind("id", s.id())
                    .bind("text", s.text()).bind("topic", topic.name()).bind("proposed", s.topic().name())
                    .bind("confidence", s.topicConfidence() == null ? 0.0 : s.topicConfidence()).bind("by", by)
                    .bind("at", at).execute();
        });
    }

    /** Every staff override, oldest first: the examples the categoriser learns from beside the shipped set. */
    public List<LabelledSuggestion> overrides() {
        return jdbi.withHandle(h -> h.createQuery("select topic, text from topic_override order by id")
                .map((rs, ctx) -> new LabelledSuggestion(rs.getString("text"), Topic.valueOf(rs.getString("topic"))))
                .list());
    }

    public void setGroup(List<Long> ids, Long groupId) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("update suggestion set group_id = :group where id in (<ids>)")
                .bind("group", groupId).bindList("ids", ids).execute());
    }

    public long addMeeting(long suggestionId, Meeting m) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into suggestion_meeting (suggestion_id, kind, held_on, departments, "
                    + "minutes) values (:s, :kind, :heldOn, :departments, :minutes)").bind("s", suggestionId)
                    .bind("kind", m.kind().name()).bind("heldOn", m.heldOn()).bind("departments", m.departments())
                    .bind("minutes", m.minutes()).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
            int position = 0;
            for (Meeting.ActionItem a : m.actions()) {
                h.createUpdate("insert into meeting_action (meeting_id, position, text, department_code, due_on) "
                        + "values (:m, :p, :text, :department, :due)").bind("m", id).bind("p", position++)
                        .bind("text", a.text()).bind("department", a.departmentCode()).bind("due", a.dueOn())
                        .execute();
            }
            return id;
        });
    }

    /** The meetings that handled the suggestion, oldest first (read only after the suggestion was found in scope). */
    public List<Meeting> meetings(long suggestionId) {
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion_meeting where suggestion_id = :s "
                + "order by id").bind("s", suggestionId).map((rs, ctx) -> new Meeting(rs.getLong("id"),
                        cn.gov.laoshan.district.policy.suggestion.domain.MeetingKind.valueOf(rs.getString("kind")),
                        rs.getDate("held_on").toLocalDate(), rs.getString("departments"),
                        rs.getString("minutes"), List.of())).list().stream()
                .map(m -> new Meeting(m.id(), m.kind(), m.heldOn(), m.departments(), m.minutes(), h.createQuery(
                        "select text, department_code, due_on from meeting_action where meeting_id = :m order by "
                                + "position").bind("m", m.id()).map((rs, ctx) -> new Meeting.ActionItem(
                                        rs.getString("text"), rs.getString("department_code"),
                                        rs.getDate("due_on").toLocalDate())).list()))
                .toList());
    }

    /** Suggestions whose answer is owed and late (for the daily overdue notices), across every department. */
    public List<Suggestion> overdue(LocalDate today) {
        return list(RecordScope.ALL, SuggestionFilter.ALL.withOverdue(true), today, 0, 10_000);
    }

    /** The figures of the dashboard widget, over what the reader may see. */
    public List<Suggestion> since(RecordScope scope, LocalDate from) {
        Condition in = scoped(scope);
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion where received_on >= :from"
                + (in.sql() == null ? "" : " and " + in.sql())).bindMap(in.parameters()).bind("from", from)
                .map(SUGGESTION).list());
    }

    /** Ids and texts of suggestions in no group yet, newest first (the grouping's input). */
    public List<Suggestion> ungrouped(int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion where group_id is null "
                + "order by id desc fetch first " + limit + " rows only").map(SUGGESTION).list());
    }
}
