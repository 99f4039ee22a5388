package cn.gov.laoshan.district.servicehall.experience.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceFigures;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceMode;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceTask;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.experience.domain.Officer;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerCategory;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerState;
import cn.gov.laoshan.district.servicehall.experience.domain.OpenDay;
import cn.gov.laoshan.district.servicehall.experience.domain.Question;
import cn.gov.laoshan.district.servicehall.experience.domain.QuestionKind;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskState;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskSubject;

/** Officers, tasks, answers, findings and open days; every list of tasks or findings takes its scope as SQL. */
public class ExperienceRepository {

    /** The centre sees its department's tasks; an officer (an individual user) their own. */
    static final RecordScope.Columns TASKS = RecordScope.columns("t.department_code").owners("t.officer_login");
    /** The same for findings. */
    static final RecordScope.Columns FINDINGS = RecordScope.columns("f.department_code").owners("f.officer_login");
    /** A responsible unit sees the findings assigned to its department. */
    static final RecordScope.Columns UNIT_FINDINGS = RecordScope.columns("f.unit_code");

    private static final String TASK = "select t.*, o.display_name from experience_task t "
            + "join experience_officer o on o.login = t.officer_login";
    private static final String FINDING = "select f.*, o.display_name, t.subject from experience_finding f "
            + "join experience_officer o on o.login = f.officer_login join experience_task t on t.id = f.task_id";

    private final Jdbi jdbi;

    public ExperienceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    // officers

    boolean insertOfficer(Officer o, Instant at) {
        return jdbi.withHandle(h -> {
            if (h.createQuery("select count(*) from experience_officer where login = :l").bind("l", o.login())
                    .mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("insert into experience_officer (login, display_name, category, mobile, motivation, state, "
                    + "applied_at) values (:login, :name, :category, :mobile, :motivation, :state, :at)")
                    .bind("login", o.login()).bind("name", o.displayName()).bind("category", o.category().name())
                    .bind("mobile", o.mobile()).bind("motivation", o.motivation()).bind("state", o.state().name())
                    .bind("at", Timestamp.from(at)).execute();
            return true;
        });
    }

    Optional<Officer> officer(String login) {
        return jdbi.withHandle(h -> h.createQuery("select * from experience_officer where login = :l").bind("l", login)
                .map((rs, ctx) -> officer(rs)).findOne());
    }

    List<Officer> officers() {
        return jdbi.withHandle(h -> h.createQuery("select * from experience_officer order by state, login")
                .map((rs, ctx) -> officer(rs)).list());
    }

    /** Marks an application as made online (the account is made at its approval). */
    void markOnline(String login) {
        jdbi.useHandle(h -> h.createUpdate("update experience_officer set channel = 'ONLINE' where login = :l")
                .bind("l", login).execute());
    }

    /** Whether the application was made online: its approval makes the person's account. */
    boolean online(String login) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from experience_officer where login = :l "
                + "and channel = 'ONLINE'").bind("l", login).mapTo(Integer.class).one()) > 0;
    }

    /** Decides an application still open; false when it was decided meanwhile. */
    boolean decide(String login, OfficerState to, String by, Instant at, String note, LocalDate start, LocalDate end) {
        return jdbi.withHandle(h -> h.createUpdate("update experience_officer set state = :to, decided_by = :by, "
                + "decided_at = :at, decision_note = :note, term_start = :start, term_end = :end "
                + "where login = :login and state = 'APPLIED'").bind("to", to.name()).bind("by", by)
                .bind("at", Timestamp.from(at)).bind("note", note).bind("start", start == null ? null : Date.valueOf(start))
                .bind("end", end == null ? null : Date.valueOf(end)).bind("login", login).execute()) == 1;
    }

    /** The officers whose term ended before {@code today}, marked EXPIRED; their logins. */
    List<String> expire(LocalDate today) {
        return jdbi.inTransaction(h -> {
            List<String> ended = h.createQuery("select login from experience_officer where state = 'ACTIVE' "
                    + "and term_end < :today order by login").bind("today", Date.valueOf(today)).mapTo(String.class).list();
            for (String login : ended) {
                h.createUpdate("update experience_officer set state = 'EXPIRED' where login = :l and state = 'ACTIVE'")
                        .bind("l", login).execute();
            }
            return ended;
        });
    }

    // questionnaires

    boolean templateExists(String code) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from questionnaire_template where code = :c")
                .bind("c", code).mapTo(Integer.class).one()) > 0;
    }

    List<Question> questions(String templateCode) {
        return jdbi.withHandle(h -> h.createQuery("select * from template_question where template_code = :c "
                + "order by position").bind("c", templateCode).map((rs, ctx) -> new Question(rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getString("text_zh"), rs.getString("text_en"),
                        rs.getString("choices") == null ? List.of() : Arrays.asList(rs.getString("choices").split("\\|"))))
                .list());
    }

    // tasks

    long insertTask(String officer, TaskSubject kind, String subject, ExperienceMode mode, String template,
            String department, String by, Instant at, LocalDate due) {
        return jdbi.withHandle(h -> h.createUpdate("insert into experience_task (officer_login, subject_kind, subject, "
                + "mode, template_code, state, department_code, assigned_by, assigned_at, due_on) values (:officer, "
                + ":kind, :subject, :mode, :template, 'ASSIGNED', :dept, :by, :at, :due)").bind("officer", officer)
                .bind("kind", kind.name()).bind("subject", subject).bind("mode", mode.name()).bind("template", template)
                .bind("dept", department).bind("by", by).bind("at", Timestamp.from(at)).bind("due", Date.valueOf(due))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    List<ExperienceTask> tasks(RecordScope.Condition scope) {
        return jdbi.withHandle(h -> scope.bind(h.createQuery(TASK + scope.where() + " order by t.assigned_at desc, t.id desc"))
                .map((rs, ctx) -> task(rs)).list());
    }

    Optional<ExperienceTask> task(long id, RecordScope.Condition scope) {
        return jdbi.withHandle(h -> scope.bind(h.createQuery(TASK + scope.and(" where t.id = :id")).bind("id", id))
                .map((rs, ctx) -> task(rs)).findOne());
    }

    /** Stores the answers and marks the task answered, if it still was not; false otherwise. */
    boolean answer(long taskId, Map<Integer, String> answers, Instant at) {
        return jdbi.inTransaction(h -> {
            if (h.createUpdate("update experience_task set state = 'ANSWERED', answered_at = :at where id = :id "
                    + "and state = 'ASSIGNED'").bind("at", Timestamp.from(at)).bind("id", taskId).execute() != 1) {
                return false;
            }
            for (Map.Entry<Integer, String> a : answers.entrySet()) {
                h.createUpdate("insert into task_answer (task_id, position, answer) values (:t, :p, :a)")
                        .bind("t", taskId).bind("p", a.getKey()).bind("a", a.getValue()).execute();
            }
            return true;
        });
    }

    Map<Integer, String> answers(long taskId) {
        return jdbi.withHandle(h -> h.createQuery("select position, answer from task_answer where task_id = :t "
                + "order by position").bind("t", taskId).setMapKeyColumn("position").setMapValueColumn("answer")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.TreeMap<Integer, String>>() { }));
    }

    // findings

    long insertFinding(long taskId, String officer, String description, String suggestion, String department,
            Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into experience_finding (task_id, officer_login, description, "
                + "suggestion, state, department_code, reported_at) values (:task, :officer, :description, :suggestion, "
                + "'REPORTED', :dept, :at)").bind("task", taskId).bind("officer", officer)
                .bind("description", description).bind("suggestion", suggestion).bind("dept", department)
                .bind("at", Timestamp.from(at)).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    List<Finding> findings(RecordScope.Condition scope) {
        return jdbi.withHandle(h -> scope.bind(h.createQuery(FINDING + scope.where() + " order by f.reported_at desc, f.id desc"))
                .map((rs, ctx) -> finding(rs)).list());
    }

    Optional<Finding> finding(long id, RecordScope.Condition scope) {
        return jdbi.withHandle(h -> scope.bind(h.createQuery(FINDING + scope.and(" where f.id = :id")).bind("id", id))
                .map((rs, ctx) -> finding(rs)).findOne());
    }

    /** Moves the finding on from the state it was read in, setting the given columns; false when it moved meanwhile. */
    boolean move(long id, FindingState from, FindingState to, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update experience_finding set state = :to");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id and state = :from");
        return jdbi.withHandle(h -> {
            var update = h.createUpdate(sql.toString()).bind("to", to.name()).bind("id", id).bind("from", from.name());
            columns.forEach(update::bind);
            return update.execute();
        }) == 1;
    }

    // open days

    long insertOpenDay(String title, String theme, LocalDate on, String place, int places, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into open_day (title, theme, held_on, place, places, "
                + "created_by, created_at) values (:title, :theme, :on, :place, :places, :by, :at)").bind("title", title)
                .bind("theme", theme).bind("on", Date.valueOf(on)).bind("place", place).bind("places", places)
                .bind("by", by).bind("at", Timestamp.from(at)).executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    List<OpenDay> openDays() {
        return jdbi.withHandle(h -> h.createQuery("select d.*, (select count(*) from open_day_registration r "
                + "where r.open_day_id = d.id) as registered from open_day d order by d.held_on desc, d.id desc")
                .map((rs, ctx) -> new OpenDay(rs.getLong("id"), rs.getString("title"), rs.getString("theme"),
                        rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getInt("places"),
                        rs.getInt("registered"))).list());
    }

    List<String> registered(long openDayId) {
        return jdbi.withHandle(h -> h.createQuery("select officer_login from open_day_registration where open_day_id = :d "
                + "order by officer_login").bind("d", openDayId).mapTo(String.class).list());
    }

    /**
     * Registers the officer while places are left, in one conditional insert: two officers taking the last place at
     * once cannot both get it past the count (the primary key stops a second registration of the same officer).
     */
    boolean register(long openDayId, String officer, Instant at) {
        return jdbi.inTransaction(h -> {
            // the open day's row lock orders concurrent registrations
            h.createUpdate("update open_day set places = places where id = :d").bind("d", openDayId).execute();
            if (h.createQuery("select count(*) from open_day_registration where open_day_id = :d and officer_login = :o")
                    .bind("d", openDayId).bind("o", officer).mapTo(Integer.class).one() > 0) {
                return false;
            }
            return h.createUpdate("insert into open_day_registration (open_day_id, officer_login, registered_at) "
                    + "select id, :o, :at from open_day where id = :d and places > (select count(*) from "
                    + "open_day_registration r where r.open_day_id = :d)").bind("d", openDayId).bind("o", officer)
                    .bind("at", Timestamp.from(at)).execute() == 1;
        });
    }

    // figures

    ExperienceFigures figures(int year) {
        Timestamp from = Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay());
        return jdbi.withHandle(h -> new ExperienceFigures(year,
                h.createQuery("select count(*) from (select distinct subject_kind, subject from experience_task "
                        + "where state = 'ANSWERED' and answered_at >= :from and answered_at < :to) s")
                        .bind("from", from).bind("to", to).mapTo(Integer.class).one(),
                h.createQuery("select count(*) from experience_finding where reported_at >= :from and reported_at < :to")
                        .bind("from", from).bind("to", to).mapTo(Integer.class).one(),
                h.createQuery("select count(*) from experience_finding where reported_at >= :from and reported_at < :to "
                        + "and state in ('FIXED', 'RECHECKED', 'CLOSED')").bind("from", from).bind("to", to)
                        .mapTo(Integer.class).one(),
                h.createQuery("select count(*) from experience_officer where state = 'ACTIVE'").mapTo(Integer.class).one()));
    }

    private static Officer officer(ResultSet rs) throws SQLException {
        Date start = rs.getDate("term_start");
        Date end = rs.getDate("term_end");
        return new Officer(rs.getString("login"), rs.getString("display_name"),
                OfficerCategory.valueOf(rs.getString("category")), rs.getString("mobile"), rs.getString("motivation"),
                OfficerState.valueOf(rs.getString("state")), start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate());
    }

    private static ExperienceTask task(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new ExperienceTask(rs.getLong("id"), rs.getString("officer_login"), rs.getString("display_name"),
                TaskSubject.valueOf(rs.getString("subject_kind")), rs.getString("subject"),
                ExperienceMode.valueOf(rs.getString("mode")), rs.getString("template_code"),
                TaskState.valueOf(rs.getString("state")), rs.getString("assigned_by"),
                rs.getTimestamp("assigned_at").toInstant(), rs.getDate("due_on").toLocalDate(),
                answered == null ? null : answered.toInstant());
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Finding(rs.getLong("id"), rs.getLong("task_id"), rs.getString("officer_login"),
                rs.getString("display_name"), rs.getString("subject"), rs.getString("description"),
                rs.getString("suggestion"), FindingState.valueOf(rs.getString("state")),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("verify_note"), rs.getString("unit_code"),
                date(rs, "fix_due"), rs.getString("fix_note"), date(rs, "fixed_on"), date(rs, "recheck_due"),
                rs.getString("recheck_note"), rs.getInt("rechecks"), rs.getString("report_note"),
                closed == null ? null : closed.toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
