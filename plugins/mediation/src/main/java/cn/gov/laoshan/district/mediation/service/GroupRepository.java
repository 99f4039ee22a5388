package cn.gov.laoshan.district.mediation.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.MediationGroup;
import cn.gov.laoshan.district.mediation.domain.Relation;

/**
 * The mediation groups (调解小组) with their members, and what each mediator declared of their relations to parties
 * (回避: ID-card numbers and credit codes), which assignment checks. No permission checks here: the services do them.
 */
public final class GroupRepository {

    private final Jdbi jdbi;

    GroupRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<MediationGroup> all() {
        return jdbi.withHandle(h -> {
            Map<Long, List<MediationGroup.Member>> members = new HashMap<>();
            h.createQuery("select * from group_member order by lead desc, login").map((rs, ctx) -> {
                members.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>()).add(new MediationGroup.Member(
                        rs.getString("login"), rs.getString("name"), rs.getBoolean("lead"), rs.getString("employer_uscc")));
                return null;
            }).list();
            return h.createQuery("select * from mediation_group order by id").map((rs, ctx) -> new MediationGroup(
                    rs.getLong("id"), rs.getString("name_zh"), rs.getString("name_en"),
                    CaseType.valueOf(rs.getString("speciality")), rs.getBoolean("active"),
                    members.getOrDefault(rs.getLong("id"), List.of()))).list();
        });
    }

    public long insert(Handle h, MediationGroup g) {
        long id = h.createUpdate("insert into mediation_group (name_zh, name_en, speciality, active) values "
                + "(:zh, :en, :speciality, :active)").bind("zh", g.nameZh()).bind("en", g.nameEn())
                .bind("speciality", g.speciality().name()).bind("active", g.active())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        setMembers(h, id, g.members());
        return id;
    }

    public void update(Handle h, MediationGroup g) {
        h.createUpdate("update mediation_group set name_zh = :zh, name_en = :en, speciality = :speciality, "
                + "active = :active where id = :id").bind("id", g.id()).bind("zh", g.nameZh()).bind("en", g.nameEn())
                .bind("speciality", g.speciality().name()).bind("active", g.active()).execute();
        setMembers(h, g.id(), g.members());
    }

    private static void setMembers(Handle h, long groupId, List<MediationGroup.Member> members) {
        h.createUpdate("delete from group_member where group_id = :g").bind("g", groupId).execute();
        for (MediationGroup.Member m : members) {
            h.createUpdate("insert into group_member (group_id, login, name, lead, employer_uscc) values "
                    + "(:g, :login, :name, :lead, :uscc)").bind("g", groupId).bind("login", m.login())
                    .bind("name", m.name()).bind("lead", m.lead()).bind("uscc", m.employerUscc()).execute();
        }
    }

    /** A mediator's declared relationships: party key (ID number or USCC) → description. */
    public Map<String, String> relations(String login) {
        return jdbi.withHandle(h -> {
            Map<String, String> result = new LinkedHashMap<>();
            h.createQuery("select party_key, description from mediator_relation where login = :login")
                    .bind("login", login).map((rs, ctx) -> result.put(rs.getString(1), rs.getString(2))).list();
            return result;
        });
    }

    public void declareRelation(Handle h, String login, String partyKey, String description) {
        h.createUpdate("insert into mediator_relation (login, party_key, description) values (:l, :k, :d)")
                .bind("l", login).bind("k", partyKey).bind("d", description).execute();
    }

    public long insertRelation(String login, boolean enterprise, String partyKey, String partyName,
            String description, Instant at, String by) {
        return jdbi.withHandle(h -> h.createUpdate("insert into mediator_relation (login, party_key, description, "
                + "is_enterprise, party_name, declared_at, declared_by) values (:l, :k, :d, :e, :n, :at, :by)")
                .bind("l", login).bind("k", partyKey).bind("d", description).bind("e", enterprise)
                .bind("n", partyName).bind("at", Timestamp.from(at)).bind("by", by)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    public List<Relation> relationsOf(String login) {
        return jdbi.withHandle(h -> h.createQuery("select * from mediator_relation where login = :l order by id")
                .bind("l", login).map((rs, ctx) -> mapRelation(rs)).list());
    }

    public List<Relation> allRelations() {
        return jdbi.withHandle(h -> h.createQuery("select * from mediator_relation order by login, id")
                .map((rs, ctx) -> mapRelation(rs)).list());
    }

    public Optional<Relation> relation(long id) {
        return jdbi.withHandle(h -> h.createQuery("select * from mediator_relation where id = :id").bind("id", id)
                .map((rs, ctx) -> mapRelation(rs)).findOne());
    }

    public void deleteRelation(long id) {
        jdbi.useHandle(h -> h.createUpdate("delete from mediator_relation where id = :id").bind("id", id).execute());
    }

    private static Relation mapRelation(ResultSet rs) throws SQLException {
        String key = rs.getString("party_key");
        Timestamp at = rs.getTimestamp("declared_at");
        boolean enterprise = rs.getObject("is_enterprise") == null ? !key.matches("\\d{17}[\\dXx]")
                : rs.getBoolean("is_enterprise");
        return new Relation(rs.getLong("id"), rs.getString("login"), enterprise, key,
                rs.getString("party_name") == null ? key : rs.getString("party_name"), rs.getString("description"),
                at == null ? null : at.toInstant(), rs.getString("declared_by"));
    }
}
