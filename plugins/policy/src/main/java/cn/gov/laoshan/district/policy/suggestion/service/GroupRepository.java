package cn.gov.laoshan.district.policy.suggestion.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.policy.suggestion.domain.SuggestionGroup;

/** The look-alike groups; members point at their group ({@code suggestion.group_id}). */
public class GroupRepository {

    private final Jdbi jdbi;

    public GroupRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static boolean confirmed(Jdbi jdbi, long groupId) {
        return jdbi.withHandle(h -> h.createQuery("select confirmed from suggestion_group where id = :id")
                .bind("id", groupId).mapTo(Integer.class).findOne().orElse(0)) == 1;
    }

    public long insert(String title, long typical, double cohesion, List<Long> members, boolean confirmed,
            String by, Instant at) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into suggestion_group (title, typical_id, confirmed, cohesion, "
                    + "created_by, created_at) values (:title, :typical, :confirmed, :cohesion, :by, :at)")
                    .bind("title", title).bind("typical", typical).bind("confirmed", confirmed ? 1 : 0)
                    .bind("cohesion", cohesion).bind("by", by).bind("at", at).executeAndReturnGeneratedKeys()
                    .mapTo(Long.class).one();
            h.createUpdate("update suggestion set group_id = :g where id in (<ids>)").bind("g", id)
                    .bindList("ids", members).execute();
            return id;
        });
    }

    /** Drops the proposals nobody confirmed (their members are free again); how many. */
    public int dropProposals() {
        return jdbi.inTransaction(h -> {
            h.execute("update suggestion set group_id = null where group_id in "
                    + "(select id from suggestion_group where confirmed = 0)");
            return h.execute("delete from suggestion_group where confirmed = 0");
        });
    }

    public List<SuggestionGroup> all(Boolean confirmed) {
        return jdbi.withHandle(h -> h.createQuery("select * from suggestion_group"
                + (confirmed == null ? "" : " where confirmed = " + (confirmed ? 1 : 0))
                + " order by confirmed desc, id desc").map((rs, ctx) -> new SuggestionGroup(rs.getLong("id"),
                        rs.getString("title"), rs.getLong("typical_id"), rs.getInt("confirmed") == 1,
                        rs.getDouble("cohesion"), List.of(), rs.getTimestamp("created_at").toInstant())).list()
                .stream().map(g -> new SuggestionGroup(g.id(), g.title(), g.typicalId(), g.confirmed(), g.cohesion(),
                        h.createQuery("select id from suggestion where group_id = :g order by id")
                                .bind("g", g.id()).mapTo(Long.class).list(), g.createdAt()))
                .toList());
    }

    public Optional<SuggestionGroup> find(long id) {
        return all(null).stream().filter(g -> g.id() == id).findFirst();
    }

    public boolean confirm(long id, String title) {
        return jdbi.withHandle(h -> h.createUpdate("update suggestion_group set confirmed = 1, title = :title "
                + "where id = :id").bind("id", id).bind("title", title).execute()) == 1;
    }

    public void release(List<Long> members) {
        if (!members.isEmpty()) {
            jdbi.useHandle(h -> h.createUpdate("update suggestion set group_id = null where id in (<ids>)")
                    .bindList("ids", members).execute());
        }
    }

    public void delete(long id) {
        jdbi.useTransaction(h -> {
            h.createUpdate("update suggestion set group_id = null where group_id = :id").bind("id", id).execute();
            h.createUpdate("delete from suggestion_group where id = :id").bind("id", id).execute();
        });
    }
}
