package cn.gov.laoshan.district.workflow.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.osgi.service.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.notice.NoticeEvents;
import cn.gov.laoshan.district.api.notice.NoticeOutcome;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRefusedException;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.core.db.UniqueKeys;
import cn.gov.laoshan.district.core.jobs.PlatformZone;

/**
 * {@link PublicNotices} over {@code public_notice} and {@code notice_objection} in the platform schema. Changes that
 * race are conditional updates of the notice's row (an objection counts only while the row is open and today is in
 * its period; closing takes only an open row), so an objection arriving while the close job runs is either counted
 * before the outcome is decided or refused — never lost. Each change is audited (source {@code notice}) and posted
 * as an event after it is committed.
 */
public final class NoticeService implements PublicNotices {

    /** The audit source and the id of the platform's notice "plugin" (its job and messages). */
    public static final String SOURCE = "notice";

    /** What an {@link AccessDeniedException} names when nobody is signed in. */
    static final String SIGNED_IN = "notice.signed-in";

    private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, plugin, record_type, record_id, title, body, period_length, "
            + "period_unit, start_date, end_date, state, outcome, objections, opened_by, opened_at, closed_at, "
            + "close_note, permission, department_code";

    private final Jdbi jdbi;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Supplier<Optional<AuditLog>> audit;
    private final Consumer<Event> events;
    private final Clock clock;

    /**
     * @param events where events go after a commit (EventAdmin's {@code postEvent}); must not throw
     */
    public NoticeService(Jdbi jdbi, AccessControl access, WorkingDayCalendar calendar,
            Supplier<Optional<AuditLog>> audit, Consumer<Event> events, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return PlatformZone.today(clock);
    }

    @Override
    public PublicNotice open(NoticeRequest request) {
        if (request.departmentCode() == null) {
            access.check(request.permission());
        } else {
            access.check(request.permission(), request.departmentCode());
        }
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(request.permission()));
        LocalDate today = today();
        LocalDate start = request.start() == null ? today : request.start();
        if (start.isBefore(today)) {
            throw new NoticeRefusedException("start", "notice.error.start-past", today);
        }
        LocalDate end = NoticeDates.end(start, request.period(), calendar);
        long now = clock.millis();
        long id;
        try {
            id = jdbi.withHandle(h -> h.createUpdate("insert into public_notice (plugin, record_type, record_id, title, "
                    + "body, period_length, period_unit, start_date, end_date, state, objections, opened_by, opened_at, "
                    + "permission, department_code, open_key) values (:p, :t, :r, :title, :body, :len, :unit, :start, "
                    + ":end, 'OPEN', 0, :by, :at, :perm, :dept, :key)")
                    .bind("p", request.plugin()).bind("t", request.recordType()).bind("r", request.recordId())
                    .bind("title", request.title()).bind("body", request.text())
                    .bind("len", request.period().length()).bind("unit", request.period().unit().name())
                    .bind("start", start).bind("end", end).bind("by", user.login()).bind("at", now)
                    .bind("perm", request.permission()).bind("dept", request.departmentCode())
                    .bind("key", request.plugin() + "/" + request.recordType() + "/" + request.recordId())
                    .executeAndReturnGeneratedKeys().map((rs, ctx) -> rs.getLong(1)).one());
        } catch (RuntimeException e) {
            if (UniqueKeys.violated(e)) {
                // the record has an open notice (opened before, or by another node this very moment)
                throw new NoticeRefusedException(null, "notice.error.already-open");
            }
            throw e;
        }
        PublicNotice notice = load(id);
        record(notice, "notice.open", null, Map.of("state", notice.state().name(), "startDate", start.toString(),
                "endDate", end.toString(), "period", notice.period().length() + " " + notice.period().unit()));
        post(NoticeEvents.OPENED, notice);
        return notice;
    }

    @Override
    public Optional<PublicNotice> find(long id) {
        signedIn();
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from public_notice where id = :id")
                .bind("id", id).map((rs, ctx) -> notice(rs)).findOne());
    }

    @Override
    public List<PublicNotice> of(String plugin, String recordType, String recordId) {
        signedIn();
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from public_notice where plugin = :p "
                + "and record_type = :t and record_id = :r order by id desc")
                .bind("p", plugin).bind("t", recordType).bind("r", recordId).map((rs, ctx) -> notice(rs)).list());
    }

    @Override
    public List<PublicNotice> current(String plugin) {
        signedIn();
        return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from public_notice where state = 'OPEN' "
                + "and start_date <= :today" + (plugin == null ? "" : " and plugin = :p") + " order by end_date, id")
                .bind("today", today()).bind("p", plugin).map((rs, ctx) -> notice(rs)).list());
    }

    @Override
    public Objection object(long noticeId, String text) {
        CurrentUser user = signedIn();
        if (user.login().equals(CurrentUser.SYSTEM.login())) {
            // an objection is a person's: the platform acting for itself (asSystem) has none to make
            throw new AccessDeniedException(SIGNED_IN);
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new NoticeRefusedException("text", "notice.error.text-required");
        }
        if (body.length() > 2000) {
            throw new NoticeRefusedException("text", "notice.error.text-too-long", 2000);
        }
        LocalDate today = today();
        long now = clock.millis();
        long id = jdbi.inTransaction(h -> {
            // counted only while open and within the period: the row's lock orders it against the close job
            int counted = h.createUpdate("update public_notice set objections = objections + 1 where id = :id "
                    + "and state = 'OPEN' and start_date <= :today and end_date >= :today")
                    .bind("id", noticeId).bind("today", today).execute();
            if (counted != 1) {
                PublicNotice notice = load(h, noticeId).orElseThrow(
                        () -> new NoticeRefusedException(null, "notice.error.no-such-notice"));
                throw notice.state() != NoticeState.OPEN ? new NoticeRefusedException(null, "notice.error.not-open")
                        : today.isBefore(notice.startDate())
                                ? new NoticeRefusedException(null, "notice.error.not-started", notice.startDate())
                                : new NoticeRefusedException(null, "notice.error.ended", notice.endDate());
            }
            return h.createUpdate("insert into notice_objection (notice_id, login, display_name, uscc, body, "
                    + "created_at) values (:n, :login, :name, :uscc, :body, :at)")
                    .bind("n", noticeId).bind("login", user.login()).bind("name", user.displayName())
                    .bind("uscc", user.uscc()).bind("body", body).bind("at", now)
                    .executeAndReturnGeneratedKeys().map((rs, ctx) -> rs.getLong(1)).one();
        });
        PublicNotice notice = load(noticeId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("objection", id);
        after.put("objections", notice.objections());
        after.put("by", user.login());
        if (user.uscc() != null) {
            after.put("uscc", user.uscc());
        }
        record(notice, "notice.object", null, after);
        post(NoticeEvents.OBJECTED, notice);
        return new Objection(id, noticeId, user.login(), user.displayName(), user.uscc(), body,
                Instant.ofEpochMilli(now));
    }

    @Override
    public List<Objection> objections(long noticeId) {
        PublicNotice notice = jdbi.withHandle(h -> load(h, noticeId))
                .orElseThrow(() -> new NoticeRefusedException(null, "notice.error.no-such-notice"));
        checkPermission(notice);
        return jdbi.withHandle(h -> h.createQuery("select id, notice_id, login, display_name, uscc, body, created_at "
                + "from notice_objection where notice_id = :n order by id").bind("n", noticeId)
                .map((rs, ctx) -> new Objection(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))))
                .list());
    }

    @Override
    public PublicNotice withdraw(long noticeId, String reason) {
        PublicNotice before = jdbi.withHandle(h -> load(h, noticeId))
                .orElseThrow(() -> new NoticeRefusedException(null, "notice.error.no-such-notice"));
        checkPermission(before);
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty() || note.length() > 500) {
            throw new NoticeRefusedException("reason", "notice.error.reason-required", 500);
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("update public_notice set state = 'WITHDRAWN', "
                + "open_key = null, closed_at = :at, close_note = :note where id = :id and state = 'OPEN'")
                .bind("at", clock.millis()).bind("note", note).bind("id", noticeId).execute());
        if (changed != 1) {
            throw new NoticeRefusedException(null, "notice.error.not-open");
        }
        PublicNotice notice = load(noticeId);
        record(notice, "notice.withdraw", Map.of("state", before.state().name()),
                Map.of("state", notice.state().name(), "reason", note));
        post(NoticeEvents.WITHDRAWN, notice);
        return notice;
    }

    /**
     * Closes every open notice whose last day is before {@code today}, with its outcome; the platform's daily job
     * calls it (as the system) with the district's today. Each notice is closed by one conditional update, so two
     * runs at once close it once. Returns how many this call closed.
     */
    public int closeDue(LocalDate today) {
        List<Long> due = jdbi.withHandle(h -> h.createQuery("select id from public_notice where state = 'OPEN' "
                + "and end_date < :today order by id").bind("today", today).mapTo(Long.class).list());
        int closed = 0;
        for (long id : due) {
            int changed = jdbi.withHandle(h -> h.createUpdate("update public_notice set state = 'CLOSED', "
                    + "open_key = null, "
                    + "outcome = case when objections > 0 then 'OBJECTIONS_RECEIVED' else 'NO_OBJECTION' end, "
                    + "closed_at = :at where id = :id and state = 'OPEN' and end_date < :today")
                    .bind("at", clock.millis()).bind("id", id).bind("today", today).execute());
            if (changed != 1) {
                continue; // closed or withdrawn meanwhile
            }
            closed++;
            PublicNotice notice = load(id);
            record(notice, "notice.close", Map.of("state", NoticeState.OPEN.name()), Map.of("state",
                    notice.state().name(), "outcome", notice.outcome().name(), "objections", notice.objections()));
            post(NoticeEvents.CLOSED, notice);
        }
        return closed;
    }

    /** The daily job: closes what ended before today (in the district's zone). */
    public int closeDue() {
        int closed = closeDue(today());
        if (closed > 0) {
            LOG.info("public notices: {} closed at the end of their period", closed);
        }
        return closed;
    }

    /** Anyone signed in reads public notices (the system too: the close job, a plugin's own work). */
    private CurrentUser signedIn() {
        return access.currentUser().orElseThrow(() -> new AccessDeniedException(SIGNED_IN));
    }

    private void checkPermission(PublicNotice notice) {
        if (notice.departmentCode() == null) {
            access.check(notice.permission());
        } else {
            access.check(notice.permission(), notice.departmentCode());
        }
    }

    private PublicNotice load(long id) {
        return jdbi.withHandle(h -> load(h, id)).orElseThrow();
    }

    private static Optional<PublicNotice> load(Handle h, long id) {
        return h.createQuery("select " + COLUMNS + " from public_notice where id = :id").bind("id", id)
                .map((rs, ctx) -> notice(rs)).findOne();
    }

    private static PublicNotice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
        String outcome = rs.getString("outcome");
        long closedAt = rs.getLong("closed_at");
        boolean closed = !rs.wasNull();
        return new PublicNotice(rs.getLong("id"), rs.getString("plugin"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("title"), rs.getString("body"),
                new NoticePeriod(rs.getInt("period_length"), NoticePeriod.Unit.valueOf(rs.getString("period_unit"))),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                NoticeState.valueOf(rs.getString("state")), outcome == null ? null : NoticeOutcome.valueOf(outcome),
                rs.getInt("objections"), rs.getString("opened_by"), Instant.ofEpochMilli(rs.getLong("opened_at")),
                closed ? Instant.ofEpochMilli(closedAt) : null, rs.getString("close_note"), rs.getString("permission"),
                rs.getString("department_code"));
    }

    private void record(PublicNotice notice, String action, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("plugin", notice.plugin());
        described.put("record", notice.recordType() + " " + notice.recordId());
        described.putAll(after);
        audit.get().ifPresent(log -> log.record(SOURCE, action, "PublicNotice", Long.toString(notice.id()),
                before == null ? null : json(before), json(described)));
    }

    private void post(String topic, PublicNotice notice) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(NoticeEvents.NOTICE_ID, notice.id());
        properties.put(NoticeEvents.PLUGIN, notice.plugin());
        properties.put(NoticeEvents.RECORD_TYPE, notice.recordType());
        properties.put(NoticeEvents.RECORD_ID, notice.recordId());
        properties.put(NoticeEvents.STATE, notice.state().name());
        properties.put(NoticeEvents.OBJECTIONS, notice.objections());
        properties.put(NoticeEvents.END_DATE, notice.endDate().toString());
        if (notice.outcome() != null) {
            properties.put(NoticeEvents.OUTCOME, notice.outcome().name());
        }
        try {
            events.accept(new Event(topic, properties));
        } catch (RuntimeException e) {
            LOG.warn("event {} of notice {} not posted: {}", topic, notice.id(), e.toString());
        }
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
