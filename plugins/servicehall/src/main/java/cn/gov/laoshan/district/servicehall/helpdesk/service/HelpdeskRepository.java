package cn.gov.laoshan.district.servicehall.helpdesk.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.ConsentForm;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpChannel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpMode;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpNeed;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRequest;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpResult;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpRouting;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelperGroup;

/** The SQL of 帮办代办: groups, helpers, the routing table and the requests; every list in the reader's scope. */
public class HelpdeskRepository {

    private static final String REQUESTS = "select r.*, g.name as group_name, g.group_level, i.name as item_name "
            + "from help_request r join helper_group g on g.code = r.group_code join service_item i on "
            + "i.code = r.item_code";

    private static final RowMapper<HelperGroup> GROUP = (rs, ctx) -> new HelperGroup(rs.getString("code"),
            rs.getString("name"), HallLevel.valueOf(rs.getString("group_level")), rs.getString("street"),
            rs.getString("hall_code"));

    private static final RowMapper<HelpRequest> REQUEST = (rs, ctx) -> new HelpRequest(rs.getLong("id"),
            rs.getString("request_no"), HelpState.valueOf(rs.getString("state")),
            HelpChannel.valueOf(rs.getString("channel")), HelpMode.valueOf(rs.getString("help_mode")),
            rs.getString("caller_name"), rs.getString("caller_mobile"), rs.getString("person_name"),
            rs.getString("person_id_number"), rs.getString("relation"), HelpNeed.valueOf(rs.getString("need")),
            rs.getString("item_code"), rs.getString("item_name"), rs.getString("address"), rs.getString("street"),
            rs.getString("community"), rs.getString("group_code"), rs.getString("group_name"),
            HallLevel.valueOf(rs.getString("group_level")), rs.getDate("preferred_on").toLocalDate(),
            rs.getString("preferred_period"), rs.getString("assignee"), instant(rs.getTimestamp("visited_at")),
            rs.getString("materials"), rs.getString("consent_by"),
            rs.getString("consent_how") == null ? null : ConsentForm.valueOf(rs.getString("consent_how")),
            instant(rs.getTimestamp("consent_at")), rs.getString("consent_recorded_by"),
            instant(rs.getTimestamp("submitted_at")), rs.getString("submission_ref"),
            rs.getString("result") == null ? null : HelpResult.valueOf(rs.getString("result")),
            rs.getString("result_note"), instant(rs.getTimestamp("completed_at")), rs.getString("department_code"),
            rs.getString("created_by"), instant(rs.getTimestamp("created_at")));

    private final Jdbi jdbi;

    public HelpdeskRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // groups, helpers, routes

    List<HelperGroup> groups() {
        return jdbi.withHandle(h -> h.createQuery("select * from helper_group order by code").map(GROUP).list());
    }

    Optional<HelperGroup> group(String code) {
        return jdbi.withHandle(h -> h.createQuery("select * from helper_group where code = :c").bind("c", code)
                .map(GROUP).findOne());
    }

    List<String> members(String groupCode) {
        return jdbi.withHandle(h -> h.createQuery("select login from helper_member where group_code = :g order by "
                + "login").bind("g", groupCode).mapTo(String.class).list());
    }

    List<String> groupsOf(String login) {
        return jdbi.withHandle(h -> h.createQuery("select group_code from helper_member where login = :l order by "
                + "group_code").bind("l", login).mapTo(String.class).list());
    }

    boolean addMember(String groupCode, String login) {
        return jdbi.withHandle(h -> {
            if (h.createQuery("select count(*) from helper_member where group_code = :g and login = :l")
                    .bind("g", groupCode).bind("l", login).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("insert into helper_member (group_code, login) values (:g, :l)").bind("g", groupCode)
                    .bind("l", login).execute();
            return true;
        });
    }

    List<HelpRouting.Route> routes() {
        return jdbi.withHandle(h -> h.createQuery("select * from helper_route order by street, community")
                .map((rs, ctx) -> new HelpRouting.Route(rs.getString("street"), rs.getString("community"),
                        rs.getString("group_code"))).list());
    }

    /** Sets the route of a street (community empty) or a community; returns the group it had before, if any. */
    Optional<String> putRoute(String street, String community, String groupCode) {
        return jdbi.inTransaction(h -> {
            Optional<String> before = h.createQuery("select group_code from helper_route where street = :s and "
                    + "community = :c").bind("s", street).bind("c", community).mapTo(String.class).findOne();
            if (before.isPresent()) {
                h.createUpdate("update helper_route set group_code = :g where street = :s and community = :c")
                        .bind("g", groupCode).bind("s", street).bind("c", community).execute();
            } else {
                h.createUpdate("insert into helper_route (street, community, group_code) values (:s, :c, :g)")
                        .bind("g", groupCode).bind("s", street).bind("c", community).execute();
            }
            return before;
        });
    }

    // requests

    long insert(HelpRequest.Intake in, String street, String community, String groupCode, String department,
            String by, Instant at) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("insert into help_request (request_no, state, channel, help_mode, caller_name, "
                    + "caller_mobile, person_name, person_id_number, relation, need, item_code, address, street, "
                    + "community, group_code, preferred_on, preferred_period, department_code, created_by, "
                    + "created_at) values (:no, :state, :channel, :mode, :cn, :cm, :pn, :pid, :rel, :need, :item, "
                    + ":addr, :street, :comm, :grp, :on, :period, :dep, :by, :at)")
                    .bind("no", "tmp-" + java.util.UUID.randomUUID().toString().substring(0, 15))
                    .bind("state", HelpState.ROUTED.name()).bind("channel", in.channel().name())
                    .bind("mode", in.mode().name()).bind("cn", in.callerName()).bind("cm", in.callerMobile())
                    .bind("pn", in.personName()).bind("pid", in.personIdNumber()).bind("rel", in.relation())
                    .bind("need", in.need().name()).bind("item", in.itemCode()).bind("addr", in.address())
                    .bind("street", street).bind("comm", community).bind("grp", groupCode)
                    .bind("on", in.preferredOn()).bind("period", in.preferredPeriod()).bind("dep", department)
                    .bind("by", by).bind("at", Timestamp.from(at)).executeAndReturnGeneratedKeys()
                    .mapTo(Long.class).one();
            // 帮办 + day + the id: unique without a counter table (BB261207-000012)
            String number = String.format("BB%s-%06d", java.time.format.DateTimeFormatter.ofPattern("yyMMdd")
                    .format(at.atZone(java.time.ZoneId.of("Asia/Shanghai"))), id);
            h.createUpdate("update help_request set request_no = :no where id = :id").bind("no", number)
                    .bind("id", id).execute();
            return id;
        });
    }

    /**
     * The condition that keeps a helper to their groups' requests (see {@link HelpdeskService}): routed to a helper
     * group they are a member of, or taken by them, or given to them. Empty for {@code null} (the centre).
     */
    private static String helpersOwn(String helper, boolean first) {
        return helper == null ? "" : (first ? " where " : " and ") + "(r.group_code in (select m.group_code from "
                + "helper_member m where m.login = :helper) or r.created_by = :helper or r.assignee = :helper)";
    }

    private static <Q extends org.jdbi.v3.core.statement.SqlStatement<Q>> Q bindHelper(Q q, String helper) {
        return helper == null ? q : q.bind("helper", helper);
    }

    List<HelpRequest> list(RecordScope scope, String helper, HelpState state, String groupCode, int offset, int limit) {
        RecordScope.Condition in = scope.condition(HelpdeskWorkflow.REQUESTS);
        StringBuilder where = new StringBuilder();
        if (state != null) {
            where.append(" where r.state = :state");
        }
        if (groupCode != null) {
            where.append(where.length() == 0 ? " where " : " and ").append("r.group_code = :group");
        }
        where.append(helpersOwn(helper, where.length() == 0));
        return jdbi.withHandle(h -> {
            var q = h.createQuery(REQUESTS + in.and(where.toString()) + " order by r.id desc offset " + offset
                    + " rows fetch next " + limit + " rows only");
            in.bind(q);
            bindHelper(q, helper);
            if (state != null) {
                q.bind("state", state.name());
            }
            if (groupCode != null) {
                q.bind("group", groupCode);
            }
            return q.map(REQUEST).list();
        });
    }

    Optional<HelpRequest> find(RecordScope scope, long id) {
        return find(scope, null, id);
    }

    Optional<HelpRequest> find(RecordScope scope, String helper, long id) {
        RecordScope.Condition in = scope.condition(HelpdeskWorkflow.REQUESTS);
        return jdbi.withHandle(h -> bindHelper(in.bind(h.createQuery(REQUESTS + in.and(" where r.id = :id"
                + helpersOwn(helper, false)))), helper).bind("id", id).map(REQUEST).findOne());
    }

    Optional<HelpRequest> findByNumber(RecordScope scope, String helper, String number) {
        RecordScope.Condition in = scope.condition(HelpdeskWorkflow.REQUESTS);
        return jdbi.withHandle(h -> bindHelper(in.bind(h.createQuery(REQUESTS + in.and(" where r.request_no = :no"
                + helpersOwn(helper, false)))), helper).bind("no", number).map(REQUEST).findOne());
    }

    /**
     * Moves the request from {@code from} to {@code to} and sets {@code columns}, only if it is still in
     * {@code from}: a second helper's click on a stale screen changes nothing.
     */
    boolean move(long id, HelpState from, HelpState to, Map<String, Object> columns) {
        StringBuilder set = new StringBuilder("update help_request set state = :to");
        columns.keySet().forEach(c -> set.append(", ").append(c).append(" = :").append(c));
        return jdbi.withHandle(h -> {
            var u = h.createUpdate(set + " where id = :id and state = :from").bind("to", to.name())
                    .bind("from", from.name()).bind("id", id);
            columns.forEach((c, v) -> u.bind(c, v instanceof Instant i ? Timestamp.from(i) : v));
            return u.execute() == 1;
        });
    }

    /** Requests per level, street and state, in the reader's scope (counted in the database). */
    List<Map<String, Object>> counts(RecordScope scope, String helper, Instant from, Instant to) {
        RecordScope.Condition in = scope.condition(HelpdeskWorkflow.REQUESTS);
        return jdbi.withHandle(h -> bindHelper(in.bind(h.createQuery("select g.group_level, coalesce(r.street, '') "
                + "as street, r.state, count(*) as n from help_request r join helper_group g on g.code = r.group_code"
                + in.and(" where r.created_at >= :from and r.created_at < :to" + helpersOwn(helper, false))
                + " group by g.group_level, coalesce(r.street, ''), r.state")), helper)
                .bind("from", Timestamp.from(from)).bind("to", Timestamp.from(to)).mapToMap().list());
    }

}
