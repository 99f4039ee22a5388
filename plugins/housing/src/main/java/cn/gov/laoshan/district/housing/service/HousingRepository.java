package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;

/** The housing plugin's tables in its own schema. No permission checks here: the services do them. */
public final class HousingRepository {

    private final Jdbi jdbi;
    private final Set<String> departments;

    public HousingRepository(Jdbi jdbi) {
        this(jdbi, null);
    }

    private HousingRepository(Jdbi jdbi, Set<String> departments) {
        this.jdbi = jdbi;
        this.departments = departments == null ? null : Set.copyOf(departments);
    }

    /**
     * The same tables seen from a department scope: every read of the returned repository selects only projects,
     * menus and meetings of those departments (and issues of those projects), in SQL. {@code null} is everything
     * (the district scope, the system's jobs).
     */
    public HousingRepository in(Collection<String> departments) {
        return new HousingRepository(jdbi, departments == null ? null : Set.copyOf(departments));
    }

    /** The scope condition on {@code column}, or {@code null} when this repository sees every department. */
    private String scope(String column) {
        if (departments == null) {
            return null;
        }
        return departments.isEmpty() ? "1 = 0" : column + " in (<departments>)";
    }

    private <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q scoped(Q query) {
        if (departments != null && !departments.isEmpty()) {
            query.bindList("departments", new ArrayList<>(departments));
        }
        return query;
    }

    private String and(String where, String column) {
        String condition = scope(column);
        if (condition == null) {
            return where;
        }
        return where.isEmpty() ? " where " + condition : where + " and " + condition;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    // ---- templates

    public List<Template> templates() {
        return jdbi.withHandle(h -> {
            Map<Long, List<TemplateItem>> items = new HashMap<>();
            h.createQuery("select * from template_item order by template_id, position").map((rs, ctx) -> items
                    .computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>()).add(new TemplateItem(
                            rs.getString("item_key"), Stage.valueOf(rs.getString("stage")), rs.getString("name"),
                            rs.getString("department"), rs.getString("materials"), rs.getInt("duration_days"),
                            keys(rs.getString("prerequisites")), rs.getBoolean("simulated_allowed"))))
                    .list();
            return scoped(h.createQuery("select * from template" + and("", "department_code") + " order by id")).map((rs, ctx) -> new Template(rs.getLong("id"),
                    rs.getString("name"), InvestmentKind.valueOf(rs.getString("kind")), rs.getString("description"),
                    rs.getBoolean("active"), items.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    public Optional<Template> template(long id) {
        return templates().stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Template> templateNamed(String name) {
        return templates().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Inserts or (when {@code t.id() > 0}) replaces a template with its items; returns its id. */
    public long saveTemplate(Handle h, Template t) {
        return saveTemplate(h, t, HousingScope.DEPARTMENT);
    }

    /** As {@link #saveTemplate(Handle, Template)}; a new menu belongs to {@code department}. */
    public long saveTemplate(Handle h, Template t, String department) {
        long id = t.id();
        if (id == 0) {
            id = h.createUpdate("insert into template (name, kind, description, active, department_code) "
                    + "values (:name, :kind, :d, :a, :dept)").bind("dept", department)
                    .bind("name", t.name()).bind("kind", t.kind().name()).bind("d", t.description())
                    .bind("a", t.active()).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        } else {
            h.createUpdate("update template set name = :name, kind = :kind, description = :d, active = :a where id = :id")
                    .bind("id", id).bind("name", t.name()).bind("kind", t.kind().name()).bind("d", t.description())
                    .bind("a", t.active()).execute();
            h.createUpdate("delete from template_item where template_id = :id").bind("id", id).execute();
        }
        int position = 0;
        for (TemplateItem i : t.items()) {
            h.createUpdate("insert into template_item (template_id, item_key, position, stage, name, department, "
                    + "materials, duration_days, prerequisites, simulated_allowed) values (:t, :key, :pos, :stage, "
                    + ":name, :dept, :materials, :days, :pre, :sim)").bind("t", id).bind("key", i.key())
                    .bind("pos", position++).bind("stage", i.stage().name()).bind("name", i.name())
                    .bind("dept", i.department()).bind("materials", i.materials()).bind("days", i.durationDays())
                    .bind("pre", join(i.prerequisites())).bind("sim", i.simulatedAllowed()).execute();
        }
        return id;
    }

    // ---- projects

    public String nextCode(Handle h, int year) {
        int updated = h.createUpdate("update project_counter set last_seq = last_seq + 1 where code_year = :y")
                .bind("y", year).execute();
        int seq = 1;
        if (updated == 0) {
            h.createUpdate("insert into project_counter (code_year, last_seq) values (:y, 1)").bind("y", year).execute();
        } else {
            seq = h.createQuery("select last_seq from project_counter where code_year = :y").bind("y", year)
                    .mapTo(Integer.class).one();
        }
        return String.format("崂住项〔%d〕%03d号", year, seq);
    }

    public long insertProject(Handle h, Project p) {
        return insertProject(h, p, HousingScope.DEPARTMENT);
    }

    /** As {@link #insertProject(Handle, Project)}; the project belongs to {@code department}. */
    public long insertProject(Handle h, Project p, String department) {
        return h.createUpdate("insert into project (code, name, investor_uscc, investor_name, kind, project_level, "
                + "amount_wan, location, team_name, lead_login, lead_name, team_members, status, start_date, "
                + "created_at, created_by, department_code) values (:code, :name, :uscc, :investor, :kind, :level, "
                + ":amount, :location, :team, :lead, :leadName, :members, :status, :start, :at, :by, :dept)")
                .bind("dept", department)
                .bind("code", p.code()).bind("name", p.name()).bind("uscc", p.investorUscc())
                .bind("investor", p.investorName()).bind("kind", p.kind().name()).bind("level", p.level().name())
                .bind("amount", p.amountWan()).bind("location", p.location()).bind("team", p.teamName())
                .bind("lead", p.leadLogin()).bind("leadName", p.leadName()).bind("members", p.teamMembers())
                .bind("status", p.status().name()).bind("start", Date.valueOf(p.startDate()))
                .bind("at", Timestamp.from(p.createdAt())).bind("by", p.createdBy())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    public void updateProject(Handle h, Project p) {
        h.createUpdate("update project set name = :name, investor_uscc = :uscc, investor_name = :investor, kind = :kind, "
                + "project_level = :level, amount_wan = :amount, location = :location, team_name = :team, "
                + "lead_login = :lead, lead_name = :leadName, team_members = :members, status = :status, "
                + "start_date = :start, template_id = :template, baseline_completion = :baseline, "
                + "baselined_on = :baselinedOn where id = :id")
                .bind("id", p.id()).bind("name", p.name()).bind("uscc", p.investorUscc())
                .bind("investor", p.investorName()).bind("kind", p.kind().name()).bind("level", p.level().name())
                .bind("amount", p.amountWan()).bind("location", p.location()).bind("team", p.teamName())
                .bind("lead", p.leadLogin()).bind("leadName", p.leadName()).bind("members", p.teamMembers())
                .bind("status", p.status().name()).bind("start", Date.valueOf(p.startDate()))
                .bind("template", p.templateId()).bind("baseline", date(p.baselineCompletion()))
                .bind("baselinedOn", date(p.baselinedOn())).execute();
    }

    public Optional<Project> project(long id) {
        return jdbi.withHandle(h -> scoped(h.createQuery("select * from project where id = :id"
                + and("", "department_code").replace(" where ", " and "))).bind("id", id)
                .map((rs, ctx) -> mapProject(rs)).findOne());
    }

    public List<Project> projects(ProjectFilter f, String sort, boolean ascending, int offset, int limit) {
        return jdbi.withHandle(h -> {
            Query q = scoped(h.createQuery("select * from project" + and(where(f), "department_code") + " order by " + projectColumn(sort)
                    + (ascending ? " asc" : " desc") + ", id asc offset :offset rows fetch next :limit rows only"));
            bind(q, f);
            return q.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> mapProject(rs)).list();
        });
    }

    public int countProjects(ProjectFilter f) {
        return jdbi.withHandle(h -> {
            Query q = scoped(h.createQuery("select count(*) from project" + and(where(f), "department_code")));
            bind(q, f);
            return q.mapTo(Integer.class).one();
        });
    }

    private static String where(ProjectFilter f) {
        List<String> c = new ArrayList<>();
        if (f.nameFragment() != null && !f.nameFragment().isBlank()) {
            c.add("(name like :name or investor_name like :name or code like :name)");
        }
        if (f.kind() != null) {
            c.add("kind = :kind");
        }
        if (f.level() != null) {
            c.add("project_level = :level");
        }
        if (f.status() != null) {
            c.add("status = :status");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void bind(Query q, ProjectFilter f) {
        if (f.nameFragment() != null && !f.nameFragment().isBlank()) {
            q.bind("name", "%" + f.nameFragment().trim() + "%");
        }
        if (f.kind() != null) {
            q.bind("kind", f.kind().name());
        }
        if (f.level() != null) {
            q.bind("level", f.level().name());
        }
        if (f.status() != null) {
            q.bind("status", f.status().name());
        }
    }

    private static String projectColumn(String sort) {
        return switch (sort == null ? "" : sort) {
            case "name" -> "name";
            case "investor" -> "investor_name";
            case "amount" -> "amount_wan";
            case "level" -> "project_level";
            case "status" -> "status";
            case "start" -> "start_date";
            default -> "code";
        };
    }

    private static Project mapProject(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("investor_uscc"),
                rs.getString("investor_name"), InvestmentKind.valueOf(rs.getString("kind")),
                ProjectLevel.valueOf(rs.getString("project_level")), rs.getBigDecimal("amount_wan"),
                rs.getString("location"), rs.getString("team_name"), rs.getString("lead_login"),
                rs.getString("lead_name"), rs.getString("team_members"), ProjectStatus.valueOf(rs.getString("status")),
                rs.getDate("start_date").toLocalDate(), rs.getObject("template_id") == null ? null
                        : rs.getLong("template_id"), localDate(rs.getDate("baseline_completion")),
                localDate(rs.getDate("baselined_on")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    // ---- plan items

    public List<PlanItemRecord> planItems(long projectId) {
        return jdbi.withHandle(h -> planItems(h, projectId));
    }

    public List<PlanItemRecord> planItems(Handle h, long projectId) {
        return h.createQuery("select * from plan_item where project_id = :p order by position, id").bind("p", projectId)
                .map((rs, ctx) -> new PlanItemRecord(rs.getLong("id"), rs.getLong("project_id"),
                        rs.getString("item_key"), Stage.valueOf(rs.getString("stage")), rs.getString("name"),
                        rs.getString("department"), rs.getString("materials"), rs.getInt("duration_days"),
                        keys(rs.getString("prerequisites")), rs.getBoolean("simulated_allowed"),
                        rs.getBoolean("simulated"), localDate(rs.getDate("baseline_start")),
                        localDate(rs.getDate("baseline_finish")), localDate(rs.getDate("actual_start")),
                        localDate(rs.getDate("actual_finish")), rs.getInt("position")))
                .list();
    }

    /** Replaces a project's plan items with {@code items} (in the caller's transaction). */
    public void replacePlan(Handle h, long projectId, List<PlanItemRecord> items) {
        h.createUpdate("delete from plan_item where project_id = :p").bind("p", projectId).execute();
        if (items.isEmpty()) {
            return;
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = h.prepareBatch("insert into plan_item (project_id, item_key, "
                + "position, stage, name, department, materials, duration_days, prerequisites, simulated_allowed, "
                + "simulated, baseline_start, baseline_finish, actual_start, actual_finish) values (:p, :key, :pos, "
                + ":stage, :name, :dept, :materials, :days, :pre, :allowed, :sim, :bs, :bf, :as, :af)");
        int position = 0;
        for (PlanItemRecord i : items) {
            batch.bind("p", projectId).bind("key", i.key()).bind("pos", position++).bind("stage", i.stage().name())
                    .bind("name", i.name()).bind("dept", i.department()).bind("materials", i.materials())
                    .bind("days", i.durationDays()).bind("pre", join(i.prerequisites()))
                    .bind("allowed", i.simulatedAllowed()).bind("sim", i.simulated())
                    .bind("bs", date(i.baselineStart())).bind("bf", date(i.baselineFinish()))
                    .bind("as", date(i.actualStart())).bind("af", date(i.actualFinish())).add();
        }
        batch.execute();
    }

    // ---- issues

    public long insertIssue(Handle h, BlockingIssue i) {
        return h.createUpdate("insert into blocking_issue (project_id, title, description, severity, owner_department, "
                + "due_date, status, next_step, resolution, raised_on, resolved_on, raised_by) values (:p, :title, :d, "
                + ":sev, :owner, :due, :status, :next, :res, :raised, :resolved, :by)").bind("p", i.projectId())
                .bind("title", i.title()).bind("d", i.description()).bind("sev", i.severity().name())
                .bind("owner", i.ownerDepartment()).bind("due", date(i.dueDate())).bind("status", i.status().name())
                .bind("next", i.nextStep()).bind("res", i.resolution()).bind("raised", date(i.raisedOn()))
                .bind("resolved", date(i.resolvedOn())).bind("by", i.raisedBy())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    public void updateIssue(Handle h, BlockingIssue i) {
        h.createUpdate("update blocking_issue set title = :title, description = :d, severity = :sev, "
                + "owner_department = :owner, due_date = :due, status = :status, next_step = :next, resolution = :res, "
                + "resolved_on = :resolved where id = :id").bind("id", i.id()).bind("title", i.title())
                .bind("d", i.description()).bind("sev", i.severity().name()).bind("owner", i.ownerDepartment())
                .bind("due", date(i.dueDate())).bind("status", i.status().name()).bind("next", i.nextStep())
                .bind("res", i.resolution()).bind("resolved", date(i.resolvedOn())).execute();
    }

    public Optional<BlockingIssue> issue(long id) {
        return jdbi.withHandle(h -> issue(h, id));
    }

    public Optional<BlockingIssue> issue(Handle h, long id) {
        return scoped(h.createQuery(ISSUE_SELECT + and(" where i.id = :id", "p.department_code"))).bind("id", id)
                .map((rs, ctx) -> mapIssue(rs)).findOne();
    }

    private static final String ISSUE_SELECT = "select i.*, p.name as project_name from blocking_issue i "
            + "join project p on p.id = i.project_id";

    public List<BlockingIssue> issues(IssueFilter f, String sort, boolean ascending, int offset, int limit) {
        return jdbi.withHandle(h -> {
            Query q = scoped(h.createQuery(ISSUE_SELECT + and(where(f), "p.department_code") + " order by "
                    + issueColumn(sort) + (ascending ? " asc" : " desc")
                    + ", i.id asc offset :offset rows fetch next :limit rows only"));
            bind(q, f);
            return q.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> mapIssue(rs)).list();
        });
    }

    public int countIssues(IssueFilter f) {
        return jdbi.withHandle(h -> {
            Query q = scoped(h.createQuery("select count(*) from blocking_issue i join project p on p.id = i.project_id"
                    + and(where(f), "p.department_code")));
            bind(q, f);
            return q.mapTo(Integer.class).one();
        });
    }

    private static String where(IssueFilter f) {
        List<String> c = new ArrayList<>();
        if (f.projectId() != null) {
            c.add("i.project_id = :project");
        }
        if (f.severity() != null) {
            c.add("i.severity = :severity");
        }
        if (f.status() != null) {
            c.add("i.status = :status");
        }
        if (f.ownerDepartment() != null && !f.ownerDepartment().isBlank()) {
            c.add("i.owner_department like :owner");
        }
        if (f.openOnly() || f.overdueOnly()) {
            c.add("i.status <> 'RESOLVED'");
        }
        if (f.overdueOnly()) {
            c.add("i.due_date < :today");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void bind(Query q, IssueFilter f) {
        if (f.projectId() != null) {
            q.bind("project", f.projectId());
        }
        if (f.severity() != null) {
            q.bind("severity", f.severity().name());
        }
        if (f.status() != null) {
            q.bind("status", f.status().name());
        }
        if (f.ownerDepartment() != null && !f.ownerDepartment().isBlank()) {
            q.bind("owner", "%" + f.ownerDepartment().trim() + "%");
        }
        if (f.overdueOnly()) {
            q.bind("today", Date.valueOf(f.today()));
        }
    }

    private static String issueColumn(String sort) {
        return switch (sort == null ? "" : sort) {
            case "severity" -> "i.severity";
            case "status" -> "i.status";
            case "owner" -> "i.owner_department";
            case "raised" -> "i.raised_on";
            case "title" -> "i.title";
            default -> "i.due_date";
        };
    }

    private static BlockingIssue mapIssue(ResultSet rs) throws SQLException {
        return new BlockingIssue(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_name"),
                rs.getString("title"), rs.getString("description"), IssueSeverity.valueOf(rs.getString("severity")),
                rs.getString("owner_department"), localDate(rs.getDate("due_date")),
                IssueStatus.valueOf(rs.getString("status")), rs.getString("next_step"), rs.getString("resolution"),
                rs.getDate("raised_on").toLocalDate(), localDate(rs.getDate("resolved_on")), rs.getString("raised_by"));
    }

    // ---- meetings

    public long insertMeeting(Handle h, Meeting m) {
        return insertMeeting(h, m, HousingScope.DEPARTMENT);
    }

    /** As {@link #insertMeeting(Handle, Meeting)}; the meeting belongs to {@code department}. */
    public long insertMeeting(Handle h, Meeting m, String department) {
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

    public List<Meeting> meetings(int offset, int limit) {
        return jdbi.withHandle(h -> scoped(h.createQuery("select id from meeting" + and("", "department_code")
                + " order by held_on desc, id desc offset :offset rows fetch next :limit rows only"))
                .bind("offset", offset).bind("limit", limit)
                .mapTo(Long.class).list().stream().map(id -> meeting(h, id).orElseThrow()).toList());
    }

    public int countMeetings(LocalDate since) {
        return jdbi.withHandle(h -> scoped(h.createQuery("select count(*) from meeting"
                + and(" where held_on >= :since", "department_code"))).bind("since", Date.valueOf(since))
                .mapTo(Integer.class).one());
    }

    public Optional<Meeting> meeting(long id) {
        return jdbi.withHandle(h -> scoped(h.createQuery("select count(*) from meeting"
                + and(" where id = :id", "department_code"))).bind("id", id).mapTo(Integer.class).one() == 0
                        ? Optional.<Meeting>empty() : meeting(h, id));
    }

    private static Optional<Meeting> meeting(Handle h, long id) {
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

    // ---- helpers

    static Set<String> keys(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String join(Set<String> keys) {
        return keys.isEmpty() ? null : keys.stream().sorted().collect(Collectors.joining(","));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
