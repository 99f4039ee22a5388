package cn.gov.laoshan.district.housing.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;

/** The approval service menus (点菜单) with their items, as the repository's scope sees them. */
public final class TemplateRepository {

    private final Jdbi jdbi;
    private final HousingSql sql;

    TemplateRepository(Jdbi jdbi, HousingSql sql) {
        this.jdbi = jdbi;
        this.sql = sql;
    }

    public List<Template> all() {
        return jdbi.withHandle(h -> {
            Map<Long, List<TemplateItem>> items = new HashMap<>();
            h.createQuery("select * from template_item order by template_id, position").map((rs, ctx) -> items
                    .computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>()).add(new TemplateItem(
                            rs.getString("item_key"), Stage.valueOf(rs.getString("stage")), rs.getString("name"),
                            rs.getString("department"), rs.getString("materials"), rs.getInt("duration_days"),
                            HousingSql.keys(rs.getString("prerequisites")), rs.getBoolean("simulated_allowed"))))
                    .list();
            return sql.scoped(h.createQuery("select * from template" + sql.and("", "department_code") + " order by id")).map((rs, ctx) -> new Template(rs.getLong("id"),
                    rs.getString("name"), InvestmentKind.valueOf(rs.getString("kind")), rs.getString("description"),
                    rs.getBoolean("active"), items.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    public Optional<Template> find(long id) {
        return all().stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Template> named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Inserts or (when {@code t.id() > 0}) replaces a template with its items; returns its id. */
    public long save(Handle h, Template t) {
        return save(h, t, HousingPermissions.DEPARTMENT);
    }

    /** As {@link #save(Handle, Template)}; a new menu belongs to {@code department}. */
    public long save(Handle h, Template t, String department) {
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
                    .bind("pre", HousingSql.join(i.prerequisites())).bind("sim", i.simulatedAllowed()).execute();
        }
        return id;
    }
}
