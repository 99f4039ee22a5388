package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;

/** Key projects with their plan items (one aggregate: the items are stored and replaced with their project). */
public final class ProjectRepository {

    private final Jdbi jdbi;
    private final HousingSql sql;

    ProjectRepository(Jdbi jdbi, HousingSql sql) {
        this.jdbi = jdbi;
        this.sql = sql;
    }

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

    public long insert(Handle h, Project p) {
        return insert(h, p, HousingPermissions.DEPARTMENT);
    }

    /** As {@link #insert(Handle, Project)}; the project belongs to {@code department}. */
    public long insert(Handle h, Project p, String department) {
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

    public void update(Handle h, Project p) {
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
                .bind("template", p.templateId()).bind("baseline", HousingSql.date(p.baselineCompletion()))
                .bind("baselinedOn", HousingSql.date(p.baselinedOn())).execute();
    }

    public Optional<Project> find(long id) {
        return jdbi.withHandle(h -> sql.scoped(h.createQuery("select * from project where id = :id"
                + sql.and("", "department_code").replace(" where ", " and "))).bind("id", id)
                .map((rs, ctx) -> mapProject(rs)).findOne());
    }

    /** Project {@code id} in this repository's scope; one outside it is "no such project", as is one not there. */
    public Project existing(long id) {
        return find(id).orElseThrow(() -> new RefusedException("project", "housing.error.no-such-project"));
    }

    public List<Project> list(ProjectFilter f, String sort, boolean ascending, int offset, int limit) {
        return jdbi.withHandle(h -> {
            Query q = sql.scoped(h.createQuery("select * from project" + sql.and(where(f), "department_code") + " order by " + projectColumn(sort)
                    + (ascending ? " asc" : " desc") + ", id asc offset :offset rows fetch next :limit rows only"));
            bind(q, f);
            return q.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> mapProject(rs)).list();
        });
    }

    public int count(ProjectFilter f) {
        return jdbi.withHandle(h -> {
            Query q = sql.scoped(h.createQuery("select count(*) from project" + sql.and(where(f), "department_code")));
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
                        : rs.getLong("template_id"), HousingSql.localDate(rs.getDate("baseline_completion")),
                HousingSql.localDate(rs.getDate("baselined_on")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    // a project's plan items belong to it: read and replaced with the project

    public List<PlanItemRecord> planItems(long projectId) {
        return jdbi.withHandle(h -> planItems(h, projectId));
    }

    public List<PlanItemRecord> planItems(Handle h, long projectId) {
        return h.createQuery("select * from plan_item where project_id = :p order by position, id").bind("p", projectId)
                .map((rs, ctx) -> new PlanItemRecord(rs.getLong("id"), rs.getLong("project_id"),
                        rs.getString("item_key"), Stage.valueOf(rs.getString("stage")), rs.getString("name"),
                        rs.getString("department"), rs.getString("materials"), rs.getInt("duration_days"),
                        HousingSql.keys(rs.getString("prerequisites")), rs.getBoolean("simulated_allowed"),
                        rs.getBoolean("simulated"), HousingSql.localDate(rs.getDate("baseline_start")),
                        HousingSql.localDate(rs.getDate("baseline_finish")), HousingSql.localDate(rs.getDate("actual_start")),
                        HousingSql.localDate(rs.getDate("actual_finish")), rs.getInt("position")))
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
                    .bind("days", i.durationDays()).bind("pre", HousingSql.join(i.prerequisites()))
                    .bind("allowed", i.simulatedAllowed()).bind("sim", i.simulated())
                    .bind("bs", HousingSql.date(i.baselineStart())).bind("bf", HousingSql.date(i.baselineFinish()))
                    .bind("as", HousingSql.date(i.actualStart())).bind("af", HousingSql.date(i.actualFinish())).add();
        }
        batch.execute();
    }
}
