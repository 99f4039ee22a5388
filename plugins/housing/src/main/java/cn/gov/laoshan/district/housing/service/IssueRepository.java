package cn.gov.laoshan.district.housing.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.IssueStatus;

/** Blocking issues (堵点) of projects; a scope sees the issues of its departments' projects. */
public final class IssueRepository {

    private final Jdbi jdbi;
    private final HousingSql sql;

    IssueRepository(Jdbi jdbi, HousingSql sql) {
        this.jdbi = jdbi;
        this.sql = sql;
    }

    public long insert(Handle h, BlockingIssue i) {
        return h.createUpdate("insert into blocking_issue (project_id, title, description, severity, owner_department, "
                + "due_date, status, next_step, resolution, raised_on, resolved_on, raised_by) values (:p, :title, :d, "
                + ":sev, :owner, :due, :status, :next, :res, :raised, :resolved, :by)").bind("p", i.projectId())
                .bind("title", i.title()).bind("d", i.description()).bind("sev", i.severity().name())
                .bind("owner", i.ownerDepartment()).bind("due", HousingSql.date(i.dueDate())).bind("status", i.status().name())
                .bind("next", i.nextStep()).bind("res", i.resolution()).bind("raised", HousingSql.date(i.raisedOn()))
                .bind("resolved", HousingSql.date(i.resolvedOn())).bind("by", i.raisedBy())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    public void update(Handle h, BlockingIssue i) {
        h.createUpdate("update blocking_issue set title = :title, description = :d, severity = :sev, "
                + "owner_department = :owner, due_date = :due, status = :status, next_step = :next, resolution = :res, "
                + "resolved_on = :resolved where id = :id").bind("id", i.id()).bind("title", i.title())
                .bind("d", i.description()).bind("sev", i.severity().name()).bind("owner", i.ownerDepartment())
                .bind("due", HousingSql.date(i.dueDate())).bind("status", i.status().name()).bind("next", i.nextStep())
                .bind("res", i.resolution()).bind("resolved", HousingSql.date(i.resolvedOn())).execute();
    }

    public Optional<BlockingIssue> find(long id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    public Optional<BlockingIssue> find(Handle h, long id) {
        return sql.scoped(h.createQuery(ISSUE_SELECT + sql.and(" where i.id = :id", "p.department_code"))).bind("id", id)
                .map((rs, ctx) -> mapIssue(rs)).findOne();
    }

    private static final String ISSUE_SELECT = "select i.*, p.name as project_name from blocking_issue i "
            + "join project p on p.id = i.project_id";

    public List<BlockingIssue> list(IssueFilter f, String sort, boolean ascending, int offset, int limit) {
        return jdbi.withHandle(h -> {
            Query q = sql.scoped(h.createQuery(ISSUE_SELECT + sql.and(where(f), "p.department_code") + " order by "
                    + issueColumn(sort) + (ascending ? " asc" : " desc")
                    + ", i.id asc offset :offset rows fetch next :limit rows only"));
            bind(q, f);
            return q.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> mapIssue(rs)).list();
        });
    }

    public int count(IssueFilter f) {
        return jdbi.withHandle(h -> {
            Query q = sql.scoped(h.createQuery("select count(*) from blocking_issue i join project p on p.id = i.project_id"
                    + sql.and(where(f), "p.department_code")));
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
                rs.getString("owner_department"), HousingSql.localDate(rs.getDate("due_date")),
                IssueStatus.valueOf(rs.getString("status")), rs.getString("next_step"), rs.getString("resolution"),
                rs.getDate("raised_on").toLocalDate(), HousingSql.localDate(rs.getDate("resolved_on")), rs.getString("raised_by"));
    }
}
