package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.housing.domain.Meeting;

/** Dispatch meetings (调度会) with their agenda and action items. */
public final class MeetingRepository {

    private final Jdbi jdbi;
    private final HousingSql sql;

    MeetingRepository(Jdbi jdbi, HousingSql sql) {
        this.jdbi = jdbi;
        this.sql = sql;
    }

    public long insert(Handle h, Meeting m) {
        return insert(h, m, HousingPermissions.DEPARTMENT);
    }

    /** As {@link #insert(Handle, Meeting)}; the meeting belongs to {@code department}. */
    public long insert(Handle h, Meeting m, String department) {
        long id = h.createUpdate("insert into meeting (held_on, title, place, host, attendees, decisions, recorded_by, "
                + "department_code) values (:on, :title, :place, :host, :attendees, :decisions, :by, :dept)")
                .bind("dept", department).bind("on", Date.valueOf(m.heldOn()))
                .bind("title", m.title()).bind("place", m.place()).bind("host", m.host())
                .bind("attendees", m.attendees()).bind("decisions", m.decisions()).bind("by", m.recordedBy())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        for (Long p : m.projectIds()) {
            h.createUpdate("insert into meeting_agenda (meeting_id, project_id) values (:m, :p)").bind("m", id)
                    .bind("p", p).execute();
        }
        for (Long i : m.issueIds()) {
            h.createUpdate("insert into meeting_agenda (meeting_id, issue_id) values (:m, :i)").bind("m", id)
                    .bind("i", i).execute();
        }
        return id;
    }

    public long insertAction(Handle h, long meetingId, Meeting.ActionItem a) {
        return h.createUpdate("insert into action_item (meeting_id, issue_id, project_id, description, owner, deadline, "
                + "resolves) values (:m, :issue, :project, :d, :owner, :deadline, :resolves)").bind("m", meetingId)
                .bind("issue", a.issueId()).bind("project", a.projectId()).bind("d", a.description())
                .bind("owner", a.owner()).bind("deadline", Date.valueOf(a.deadline())).bind("resolves", a.resolves())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    public List<Meeting> list(int offset, int limit) {
        return jdbi.withHandle(h -> sql.scoped(h.createQuery("select id from meeting" + sql.and("", "department_code")
                + " order by held_on desc, id desc offset :offset rows fetch next :limit rows only"))
                .bind("offset", offset).bind("limit", limit)
                .mapTo(Long.class).list().stream().map(id -> load(h, id).orElseThrow()).toList());
    }

    public int count(LocalDate since) {
        return jdbi.withHandle(h -> sql.scoped(h.createQuery("select count(*) from meeting"
                + sql.and(" where held_on >= :since", "department_code"))).bind("since", Date.valueOf(since))
                .mapTo(Integer.class).one());
    }

    public Optional<Meeting> find(long id) {
        return jdbi.withHandle(h -> sql.scoped(h.createQuery("select count(*) from meeting"
                + sql.and(" where id = :id", "department_code"))).bind("id", id).mapTo(Integer.class).one() == 0
                        ? Optional.<Meeting>empty() : load(h, id));
    }

    private static Optional<Meeting> load(Handle h, long id) {
        List<Long> projects = new ArrayList<>();
        List<Long> issues = new ArrayList<>();
        h.createQuery("select project_id, issue_id from meeting_agenda where meeting_id = :m").bind("m", id)
                .map((rs, ctx) -> {
                    if (rs.getObject(1) != null) {
                        projects.add(rs.getLong(1));
                    }
                    if (rs.getObject(2) != null) {
                        issues.add(rs.getLong(2));
                    }
                    return null;
                }).list();
        List<Meeting.ActionItem> actions = h.createQuery("select * from action_item where meeting_id = :m order by id")
                .bind("m", id).map((rs, ctx) -> new Meeting.ActionItem(rs.getLong("id"),
                        rs.getObject("issue_id") == null ? null : rs.getLong("issue_id"),
                        rs.getObject("project_id") == null ? null : rs.getLong("project_id"),
                        rs.getString("description"), rs.getString("owner"), rs.getDate("deadline").toLocalDate(),
                        rs.getBoolean("resolves"))).list();
        return h.createQuery("select * from meeting where id = :id").bind("id", id).map((rs, ctx) -> new Meeting(
                rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("title"), rs.getString("place"),
                rs.getString("host"), rs.getString("attendees"), rs.getString("decisions"), projects, issues, actions,
                rs.getString("recorded_by"))).findOne();
    }
}
