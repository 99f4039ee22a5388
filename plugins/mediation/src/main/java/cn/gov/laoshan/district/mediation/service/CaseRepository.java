package cn.gov.laoshan.district.mediation.service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.mediation.domain.CaseNumber;
import cn.gov.laoshan.district.mediation.domain.CaseSession;
import cn.gov.laoshan.district.mediation.domain.CaseState;
import cn.gov.laoshan.district.mediation.domain.CaseType;
import cn.gov.laoshan.district.mediation.domain.IntakeChannel;
import cn.gov.laoshan.district.mediation.domain.MediationCase;
import cn.gov.laoshan.district.mediation.domain.Party;
import cn.gov.laoshan.district.mediation.domain.PartyRole;

/** The mediation plugin's tables in its own schema. No permission checks here: {@link CaseService} does them. */
public final class CaseRepository {

    /** The order of a list that the user did not sort: open cases first, the most overdue on top; then the rest, newest deadline first. */
    public static final String DEFAULT_ORDER = "default";

    /**
     * Where a case's scope is (see {@link CaseService#scope()}): its department, its registrant and mediator (their
     * own cases), and, for an enterprise user, the parties (which hold the enterprises' codes).
     */
    static final RecordScope.Columns CASES = RecordScope.columns("department_code")
            .owners("registered_by", "mediator_login").enterprises("exists (select 1 from party scope_party "
                    + "where scope_party.case_id = mediation_case.id and ?)", "scope_party.uscc");

    private final Jdbi jdbi;
    private final GroupRepository groups;

    public CaseRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.groups = new GroupRepository(jdbi);
    }

    /** The mediation groups and their members' declared relations (回避), in the same schema. */
    public GroupRepository groups() {
        return groups;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The next number of {@code year}, in the caller's transaction: 崂调〔2026〕0001号, 0002号, ... */
    public CaseNumber nextNumber(Handle h, int year) {
        int updated = h.createUpdate("update case_number_counter set last_seq = last_seq + 1 where case_year = :y")
                .bind("y", year).execute();
        if (updated == 0) {
            h.createUpdate("insert into case_number_counter (case_year, last_seq) values (:y, 1)").bind("y", year)
                    .execute();
            return new CaseNumber(year, 1);
        }
        return new CaseNumber(year, h.createQuery("select last_seq from case_number_counter where case_year = :y")
                .bind("y", year).mapTo(Integer.class).one());
    }

    public long insert(Handle h, MediationCase c, String departmentCode) {
        long id = h.createUpdate("insert into mediation_case (case_number, case_type, channel, state, facts, claims, "
                + "claim_amount, applied_on, deadline, registered_at, registered_by, settled_on_spot, department_code) "
                + "values (:number, :type, :channel, :state, :facts, :claims, :amount, :applied, :deadline, :at, :by, "
                + "false, :department)")
                .bind("department", departmentCode)
                .bind("number", c.number()).bind("type", c.type().name()).bind("channel", c.channel().name())
                .bind("state", c.state().name()).bind("facts", c.facts()).bind("claims", c.claims())
                .bind("amount", c.claimAmount()).bind("applied", Date.valueOf(c.appliedOn()))
                .bind("deadline", Date.valueOf(c.deadline())).bind("at", Timestamp.from(c.registeredAt()))
                .bind("by", c.registeredBy())
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one();
        for (Party p : c.parties()) {
            h.createUpdate("insert into party (case_id, role, is_enterprise, name, id_number, uscc, phone) values "
                    + "(:case, :role, :enterprise, :name, :idNumber, :uscc, :phone)").bind("case", id)
                    .bind("role", p.role().name()).bind("enterprise", p.enterprise()).bind("name", p.name())
                    .bind("idNumber", p.idNumber()).bind("uscc", p.uscc()).bind("phone", p.phone()).execute();
        }
        return id;
    }

    /** Moves a case's deadline (the calendar changed under it). */
    public void updateDeadline(Handle h, long id, LocalDate deadline) {
        h.createUpdate("update mediation_case set deadline = :deadline where id = :id").bind("id", id)
                .bind("deadline", date(deadline)).execute();
    }

    /** Stores everything a transition may change. */
    public void update(Handle h, MediationCase c) {
        h.createUpdate("update mediation_case set state = :state, group_id = :group, mediator_login = :mediator, "
                + "decline_reason = :decline, agreement_terms = :terms, agreed_amount = :agreed, "
                + "performance_deadline = :performBy, referral = :referral, outcome_note = :note, outcome_on = :outcomeOn, "
                + "settled_on_spot = :onSpot, follow_up_note = :followUp, honoured = :honoured, closed_on = :closedOn "
                + "where id = :id")
                .bind("id", c.id()).bind("state", c.state().name()).bind("group", c.groupId())
                .bind("mediator", c.mediatorLogin()).bind("decline", c.declineReason())
                .bind("terms", c.agreementTerms()).bind("agreed", c.agreedAmount())
                .bind("performBy", date(c.performanceDeadline())).bind("referral", c.referral())
                .bind("note", c.outcomeNote()).bind("outcomeOn", date(c.outcomeOn()))
                .bind("onSpot", c.settledOnSpot()).bind("followUp", c.followUpNote()).bind("honoured", c.honoured())
                .bind("closedOn", date(c.closedOn())).execute();
    }

    public Optional<MediationCase> find(long id) {
        return find(RecordScope.ALL, id);
    }

    /** A case, if it is inside {@code scope}. */
    public Optional<MediationCase> find(RecordScope scope, long id) {
        return jdbi.withHandle(h -> {
            RecordScope.Condition in = scope.condition(CASES);
            Query query = in.bind(h.createQuery("select * from mediation_case" + in.and(" where id = :id")))
                    .bind("id", id);
            return query.map((rs, ctx) -> mapCase(rs)).findOne().map(c -> withParties(h, c));
        });
    }

    /** The department a case belongs to (its registrant's). */
    public Optional<String> department(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("select department_code from mediation_case where id = :id")
                .bind("id", caseId).mapTo(String.class).findOne());
    }

    /** Gives cases registered before department scoping existed (or by the system) a department. */
    public int assignDepartment(String departmentCode) {
        return jdbi.withHandle(h -> h.createUpdate("update mediation_case set department_code = :d "
                + "where department_code is null").bind("d", departmentCode).execute());
    }

    /** A case read in the caller's transaction. */
    public MediationCase find(Handle h, long id) {
        return find(h, id, true).orElseThrow();
    }

    private static Optional<MediationCase> find(Handle h, long id, boolean withParties) {
        return h.createQuery("select * from mediation_case where id = :id").bind("id", id)
                .map((rs, ctx) -> mapCase(rs)).findOne().map(c -> withParties ? withParties(h, c) : c);
    }

    /** Cases that reached an agreement on or after {@code since}. */
    public int settledSince(RecordScope scope, LocalDate since) {
        return jdbi.withHandle(h -> scoped(h, scope, "select count(*) from mediation_case where agreement_terms is not null "
                + "and outcome_on >= :since").bind("since", Date.valueOf(since)).mapTo(Integer.class).one());
    }

    /** A query over mediation_case whose where clause gets the scope's condition too. */
    private static Query scoped(Handle h, RecordScope scope, String sql) {
        RecordScope.Condition in = scope.condition(CASES);
        return in.bind(h.createQuery(in.sql() == null ? sql : sql.contains(" where ")
                ? sql.replaceFirst(" where ", " where " + in.sql() + " and ") : sql + in.where()));
    }

    /** Closed cases that had reached an agreement. */
    public int closedAgreed(RecordScope scope) {
        return jdbi.withHandle(h -> scoped(h, scope, "select count(*) from mediation_case where state = 'CLOSED' "
                + "and agreement_terms is not null").mapTo(Integer.class).one());
    }

    /** Closed cases whose mediation failed (referred to arbitration or court). */
    public int closedFailed(RecordScope scope) {
        return jdbi.withHandle(h -> scoped(h, scope, "select count(*) from mediation_case where state = 'CLOSED' "
                + "and referral is not null").mapTo(Integer.class).one());
    }

    /** Average calendar days from application to outcome, over cases with an outcome. */
    public double averageDaysToOutcome(RecordScope scope) {
        List<long[]> spans = jdbi.withHandle(h -> scoped(h, scope, "select applied_on, outcome_on from mediation_case "
                + "where outcome_on is not null").map((rs, ctx) -> new long[] {
                    rs.getDate(1).toLocalDate().toEpochDay(), rs.getDate(2).toLocalDate().toEpochDay()}).list());
        return spans.stream().mapToLong(s -> s[1] - s[0]).average().orElse(0);
    }

    public List<MediationCase> list(CaseFilter filter, String sort, boolean ascending, int offset, int limit) {
        return list(RecordScope.ALL, filter, sort, ascending, offset, limit);
    }

    public List<MediationCase> list(RecordScope scope, CaseFilter filter, String sort, boolean ascending, int offset,
            int limit) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("select * from mediation_case" + where(filter, scope) + " order by "
                    + order(sort, ascending) + ", id desc offset :offset rows fetch next :limit rows only");
            bind(query, filter);
            scope.condition(CASES).bind(query);
            List<MediationCase> cases = query.bind("offset", offset).bind("limit", limit)
                    .map((rs, ctx) -> mapCase(rs)).list();
            return withParties(h, cases);
        });
    }

    public int count(CaseFilter filter) {
        return count(RecordScope.ALL, filter);
    }

    public int count(RecordScope scope, CaseFilter filter) {
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("select count(*) from mediation_case" + where(filter, scope));
            bind(query, filter);
            scope.condition(CASES).bind(query);
            return query.mapTo(Integer.class).one();
        });
    }

    private static String where(CaseFilter f, RecordScope scope) {
        List<String> conditions = new ArrayList<>();
        String in = scope.condition(CASES).sql();
        if (in != null) {
            conditions.add(in);
        }
        if (f.type() != null) {
            conditions.add("case_type = :type");
        }
        if (f.state() != null) {
            conditions.add("state = :state");
        }
        if (f.groupId() != null) {
            conditions.add("group_id = :group");
        }
        if (f.mediatorLogin() != null) {
            conditions.add("mediator_login = :mediator");
        }
        if (f.appliedFrom() != null) {
            conditions.add("applied_on >= :from");
        }
        if (f.appliedTo() != null) {
            conditions.add("applied_on <= :to");
        }
        if (f.openOnly() || f.overdueOnly()) {
            conditions.add("state in (" + quoted(CaseState.openStates()) + ")");
        }
        if (f.awaitingMediator()) {
            conditions.add("state in (" + quoted(CaseState.awaitingMediator()) + ")");
        }
        if (f.settledFrom() != null) {
            conditions.add("agreement_terms is not null and outcome_on >= :settled");
        }
        if (f.search() != null) {
            // a like pattern with the user's % and _ taken literally; '!' escapes (the same on Derby and PostgreSQL)
            conditions.add("(upper(case_number) like :text escape '!' or exists (select 1 from party p where "
                    + "p.case_id = mediation_case.id and (upper(p.name) like :text escape '!' "
                    + "or upper(p.uscc) like :text escape '!')))");
        }
        if (f.partyUscc() != null) {
            conditions.add("exists (select 1 from party pu where pu.case_id = mediation_case.id and pu.uscc = :partyUscc)");
        }
        if (f.overdueOnly()) {
            conditions.add("deadline < :today");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(Query query, CaseFilter f) {
        if (f.type() != null) {
            query.bind("type", f.type().name());
        }
        if (f.state() != null) {
            query.bind("state", f.state().name());
        }
        if (f.groupId() != null) {
            query.bind("group", f.groupId());
        }
        if (f.mediatorLogin() != null) {
            query.bind("mediator", f.mediatorLogin());
        }
        if (f.appliedFrom() != null) {
            query.bind("from", Date.valueOf(f.appliedFrom()));
        }
        if (f.appliedTo() != null) {
            query.bind("to", Date.valueOf(f.appliedTo()));
        }
        if (f.overdueOnly()) {
            query.bind("today", Date.valueOf(f.today()));
        }
        if (f.settledFrom() != null) {
            query.bind("settled", Date.valueOf(f.settledFrom()));
        }
        if (f.search() != null) {
            query.bind("text", "%" + f.search().toUpperCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (f.partyUscc() != null) {
            query.bind("partyUscc", f.partyUscc());
        }
    }

    private static String quoted(List<CaseState> states) {
        return String.join(", ", states.stream().map(s -> "'" + s.name() + "'").toList());
    }

    private static String order(String sort, boolean ascending) {
        if (sort == null || sort.equals(DEFAULT_ORDER)) {
            String open = "state in (" + quoted(CaseState.openStates()) + ")";
            return "case when " + open + " then 0 else 1 end, case when " + open + " then deadline end asc, deadline desc";
        }
        return column(sort) + (ascending ? " asc" : " desc");
    }

    private static String column(String sort) {
        return switch (sort == null ? "" : sort) {
            case "number" -> "case_number";
            case "type" -> "case_type";
            case "state" -> "state";
            case "appliedOn" -> "applied_on";
            default -> "deadline";
        };
    }

    // ---- sessions

    public void addSession(Handle h, CaseSession s) {
        h.createUpdate("insert into case_session (case_id, held_at, place, online, attendees, notes, recorded_by) "
                + "values (:case, :at, :place, :online, :attendees, :notes, :by)").bind("case", s.caseId())
                .bind("at", Timestamp.valueOf(s.heldAt())).bind("place", s.place()).bind("online", s.online())
                .bind("attendees", s.attendees()).bind("notes", s.notes()).bind("by", s.recordedBy()).execute();
    }

    public List<CaseSession> sessions(long caseId) {
        return jdbi.withHandle(h -> h.createQuery("select * from case_session where case_id = :case order by held_at")
                .bind("case", caseId)
                .map((rs, ctx) -> new CaseSession(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getTimestamp("held_at").toLocalDateTime(), rs.getString("place"), rs.getBoolean("online"),
                        rs.getString("attendees"), rs.getString("notes"), rs.getString("recorded_by")))
                .list());
    }

    // ---- figures

    /** Cases per type and month of application, for the chart: "2026-11" → type → count. */
    public Map<String, Map<CaseType, Integer>> countsByMonthAndType(RecordScope scope, LocalDate from) {
        return jdbi.withHandle(h -> {
            Map<String, Map<CaseType, Integer>> result = new java.util.TreeMap<>();
            scoped(h, scope, "select applied_on, case_type from mediation_case where applied_on >= :from")
                    .bind("from", Date.valueOf(from)).map((rs, ctx) -> {
                        LocalDate day = rs.getDate(1).toLocalDate();
                        String month = String.format("%d-%02d", day.getYear(), day.getMonthValue());
                        result.computeIfAbsent(month, k -> new java.util.EnumMap<>(CaseType.class))
                                .merge(CaseType.valueOf(rs.getString(2)), 1, Integer::sum);
                        return null;
                    }).list();
            return result;
        });
    }

    private static MediationCase mapCase(ResultSet rs) throws SQLException {
        Long group = rs.getObject("group_id") == null ? null : rs.getLong("group_id");
        Boolean honoured = rs.getObject("honoured") == null ? null : rs.getBoolean("honoured");
        return new MediationCase(rs.getLong("id"), rs.getString("case_number"), CaseType.valueOf(rs.getString("case_type")),
                IntakeChannel.valueOf(rs.getString("channel")), CaseState.valueOf(rs.getString("state")), List.of(),
                rs.getString("facts"), rs.getString("claims"), rs.getBigDecimal("claim_amount"),
                rs.getDate("applied_on").toLocalDate(), rs.getDate("deadline").toLocalDate(),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"), group,
                rs.getString("mediator_login"), rs.getString("decline_reason"), rs.getString("agreement_terms"),
                rs.getBigDecimal("agreed_amount"), localDate(rs.getDate("performance_deadline")), rs.getString("referral"),
                rs.getString("outcome_note"), localDate(rs.getDate("outcome_on")), rs.getBoolean("settled_on_spot"),
                rs.getString("follow_up_note"), honoured, localDate(rs.getDate("closed_on")));
    }

    private static MediationCase withParties(Handle h, MediationCase c) {
        return withParties(h, List.of(c)).get(0);
    }

    private static List<MediationCase> withParties(Handle h, List<MediationCase> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        Map<Long, List<Party>> parties = new HashMap<>();
        h.createQuery("select * from party where case_id in (<ids>) order by id")
                .bindList("ids", cases.stream().map(MediationCase::id).toList())
                .map((rs, ctx) -> parties.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>())
                        .add(new Party(PartyRole.valueOf(rs.getString("role")), rs.getBoolean("is_enterprise"),
                                rs.getString("name"), rs.getString("id_number"), rs.getString("uscc"),
                                rs.getString("phone"))))
                .list();
        return cases.stream().map(c -> new MediationCase(c.id(), c.number(), c.type(), c.channel(), c.state(),
                parties.getOrDefault(c.id(), List.of()), c.facts(), c.claims(), c.claimAmount(), c.appliedOn(),
                c.deadline(), c.registeredAt(), c.registeredBy(), c.groupId(), c.mediatorLogin(), c.declineReason(),
                c.agreementTerms(), c.agreedAmount(), c.performanceDeadline(), c.referral(), c.outcomeNote(),
                c.outcomeOn(), c.settledOnSpot(), c.followUpNote(), c.honoured(), c.closedOn())).toList();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
