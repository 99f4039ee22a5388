package cn.gov.laoshan.district.market.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.domain.Period;

/** The plugin's tables. Every read of licences, reminders and renewals takes the caller's scope. */
public class LicenceRepository {

    private static final RowMapper<Licence> LICENCE = ConstructorMapper.of(Licence.class);
    private static final RowMapper<ReminderEntry> REMINDER = ConstructorMapper.of(ReminderEntry.class);
    private static final RowMapper<Renewal> RENEWAL = ConstructorMapper.of(Renewal.class);

    /** Staff see their departments' licences; an enterprise user their own enterprise's. */
    static final RecordScope.Columns SCOPED = RecordScope.columns("department_code").enterprises("uscc");

    private static final String INSERT = "insert into licence (licence_no, type_code, uscc, holder_name, scope, premises, "
            + "key_staff, issued_on, expires_on, window_opens, window_closes, state, department_code, next_step, "
            + "next_step_on, renewed_from, renewal_kind, created_by, created_at) values (:licenceNo, :typeCode, :uscc, "
            + ":holderName, :scope, :premises, :keyStaff, :issuedOn, :expiresOn, :windowOpens, :windowCloses, :state, "
            + ":departmentCode, :nextStep, :nextStepOn, :renewedFrom, :renewalKind, :createdBy, :createdAt)";

    private final Jdbi jdbi;

    public LicenceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** A date column as a day, or {@code null} (Derby's driver has no getObject(…, LocalDate.class)). */
    static LocalDate day(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDate day(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    // licence types

    public List<LicenceType> types() {
        return jdbi.withHandle(h -> h.createQuery("select * from licence_type order by sort_order, code")
                .map((rs, ctx) -> new LicenceType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        (Integer) rs.getObject("validity_months") == null ? null : rs.getInt("validity_months"),
                        new Period(rs.getInt("opens_amount"), Period.Unit.of(rs.getString("opens_unit"))),
                        new Period(rs.getInt("closes_amount"), Period.Unit.of(rs.getString("closes_unit"))),
                        steps(rs.getString("reminder_steps")), rs.getInt("late_accepted") == 1,
                        rs.getInt("minimal_renewal") == 1, rs.getString("regulation"), rs.getInt("sort_order")))
                .list());
    }

    private static List<Integer> steps(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** Inserts or replaces the type; returns whether it existed. */
    public boolean saveType(LicenceType t, String by, Instant at) {
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("select count(*) from licence_type where code = :c").bind("c", t.code())
                    .mapTo(Integer.class).one() > 0;
            String sql = exists
                    ? "update licence_type set name_zh = :nameZh, name_en = :nameEn, validity_months = :validity, "
                            + "opens_amount = :oa, opens_unit = :ou, closes_amount = :ca, closes_unit = :cu, "
                            + "reminder_steps = :steps, late_accepted = :late, minimal_renewal = :minimal, "
                            + "regulation = :regulation, sort_order = :sortOrder, updated_by = :by, updated_at = :at "
                            + "where code = :code"
                    : "insert into licence_type (code, name_zh, name_en, validity_months, opens_amount, opens_unit, "
                            + "closes_amount, closes_unit, reminder_steps, late_accepted, minimal_renewal, regulation, "
                            + "sort_order, updated_by, updated_at) values (:code, :nameZh, :nameEn, :validity, :oa, :ou, "
                            + ":ca, :cu, :steps, :late, :minimal, :regulation, :sortOrder, :by, :at)";
            h.createUpdate(sql).bind("code", t.code()).bind("nameZh", t.nameZh()).bind("nameEn", t.nameEn())
                    .bind("validity", t.validityMonths()).bind("oa", t.opens().amount())
                    .bind("ou", String.valueOf(t.opens().unit().code())).bind("ca", t.closes().amount())
                    .bind("cu", String.valueOf(t.closes().unit().code())).bind("steps", t.reminderStepsText())
                    .bind("late", t.lateAccepted() ? 1 : 0).bind("minimal", t.minimalRenewal() ? 1 : 0)
                    .bind("regulation", t.regulation()).bind("sortOrder", t.sortOrder()).bind("by", by)
                    .bind("at", Timestamp.from(at)).execute();
            return exists;
        });
    }

    // licences

    public long insert(Licence licence) {
        return jdbi.withHandle(h -> insert(h, licence));
    }

    static long insert(Handle h, Licence licence) {
        return h.createUpdate(INSERT).bindMethods(licence).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    /** Many licences in batches (demo data, benchmarks): one transaction per call. */
    public void insertAll(List<Licence> licences) {
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (Licence l : licences) {
                batch.bindMethods(l).add();
            }
            batch.execute();
        });
    }

    public Optional<Licence> find(RecordScope scope, long id) {
        RecordScope.Condition in = scope.condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select * from licence" + in.and(" where id = :id")))
                .bind("id", id).map(LICENCE).findOne());
    }

    /** In their renewal window first, then valid, then the rest; each by expiry: what staff act on comes first. */
    public List<Licence> list(RecordScope scope, LicenceFilter filter, int offset, int limit) {
        return jdbi.withHandle(h -> where(h, "select *", scope, filter,
                " order by case when state = 'IN_WINDOW' then 0 when state = 'VALID' then 1 else 2 end, expires_on, id"
                        + " offset :offset rows fetch next :limit rows only")
                .bind("offset", offset).bind("limit", limit).map(LICENCE).list());
    }

    public long count(RecordScope scope, LicenceFilter filter) {
        return jdbi.withHandle(h -> where(h, "select count(*)", scope, filter, "").mapTo(Long.class).one());
    }

    private static Query where(Handle h, String select, RecordScope scope, LicenceFilter f, String rest) {
        RecordScope.Condition in = scope.condition(SCOPED);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (f.typeCode() != null) {
            conditions.add("type_code = :type");
            values.put("type", f.typeCode());
        }
        if (f.state() != null) {
            conditions.add("state = :state");
            values.put("state", f.state().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            conditions.add("(licence_no like :prefix or holder_name like :fragment)");
            String text = f.text().strip().replace("%", "").replace("_", "");
            values.put("prefix", text + "%");
            values.put("fragment", "%" + text + "%");
        }
        if (f.expiresFrom() != null) {
            conditions.add("expires_on >= :from");
            values.put("from", f.expiresFrom());
        }
        if (f.expiresTo() != null) {
            conditions.add("expires_on <= :to");
            values.put("to", f.expiresTo());
        }
        if (f.uscc() != null) {
            conditions.add("uscc = :uscc");
            values.put("uscc", f.uscc());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query query = in.bind(h.createQuery(select + " from licence" + in.and(where) + rest));
        values.forEach(query::bind);
        return query;
    }

    /** Moves the licence on only from the state it was read in: a concurrent change makes this return false. */
    public boolean move(Handle h, long id, LicenceState from, LicenceState to) {
        return h.createUpdate("update licence set state = :to, next_step = case when :to in ('REVOKED', 'RENEWED', "
                + "'CANCELLED') then null else next_step end, next_step_on = case when :to in ('REVOKED', 'RENEWED', "
                + "'CANCELLED') then null "
                + "else next_step_on end where id = :id and state = :from")
                .bind("id", id).bind("from", from.name()).bind("to", to.name()).execute() == 1;
    }

    /** The licence no longer counts as held from {@code day} on (revoked, or cancelled): licence facts read it. */
    public boolean end(Handle h, long id, LocalDate day) {
        return h.createUpdate("update licence set ended_on = :day where id = :id").bind("id", id).bind("day", day)
                .execute() == 1;
    }

    // the daily scan

    /** Licences whose window opened by {@code today} move into it; returns how many. */
    public int openWindows(LocalDate today) {
        return jdbi.withHandle(h -> h.createUpdate("update licence set state = 'IN_WINDOW' where state = 'VALID' "
                + "and window_opens <= :today").bind("today", today).execute());
    }

    /** Licences whose last valid day was before {@code today} expire; returns how many. */
    public int expire(LocalDate today) {
        int valid = jdbi.withHandle(h -> h.createUpdate("update licence set state = 'EXPIRED' where state = 'VALID' "
                + "and expires_on < :today").bind("today", today).execute());
        return valid + jdbi.withHandle(h -> h.createUpdate("update licence set state = 'EXPIRED' where "
                + "state = 'IN_WINDOW' and expires_on < :today").bind("today", today).execute());
    }

    /** Licences with a reminder step due by {@code today}, after {@code afterId}, in id order: a page of the scan. */
    public List<Licence> due(LocalDate today, long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("select * from licence where next_step_on <= :today and id > :after "
                + "order by id fetch first :limit rows only").bind("today", today).bind("after", afterId)
                .bind("limit", limit).map(LICENCE).list());
    }

    /** The next step after one was sent; only if no other node moved it meanwhile. */
    public boolean nextStep(long id, String fromStep, String step, LocalDate on) {
        return jdbi.withHandle(h -> h.createUpdate("update licence set next_step = :step, next_step_on = :on "
                + "where id = :id and " + (fromStep == null ? "next_step is null" : "next_step = :from"))
                .bind("id", id).bind("from", fromStep).bindByType("step", step, String.class)
                .bindByType("on", on, LocalDate.class).execute()) == 1;
    }

    /** A reminder sent (for the log). */
    public record Sent(Licence licence, String step, String recipientKind, String recipient, String title,
            Instant at) {
    }

    /** The step a licence goes to after a scan ({@code null}: none left), from the one it was read with. */
    public record Next(long id, String fromStep, String step, LocalDate on) {
    }

    /** Logs what a page of the scan sent and moves its licences to their next steps: one transaction. */
    public void afterSending(List<Sent> sent, List<Next> next) {
        jdbi.useTransaction(h -> {
            if (!sent.isEmpty()) {
                PreparedBatch log = h.prepareBatch("insert into licence_reminder (licence_id, licence_no, type_code, "
                        + "step, recipient_kind, recipient, title, department_code, uscc, sent_at) values (:id, :no, "
                        + ":type, :step, :kind, :recipient, :title, :department, :uscc, :at)");
                for (Sent s : sent) {
                    Licence l = s.licence();
                    log.bind("id", l.id()).bind("no", l.licenceNo()).bind("type", l.typeCode()).bind("step", s.step())
                            .bind("kind", s.recipientKind()).bind("recipient", s.recipient()).bind("title", s.title())
                            .bind("department", l.departmentCode()).bind("uscc", l.uscc())
                            .bind("at", Timestamp.from(s.at())).add();
                }
                log.execute();
            }
            // only if no other node moved it meanwhile (the same next step either way)
            for (Next n : next) {
                h.createUpdate("update licence set next_step = :step, next_step_on = :on where id = :id and "
                        + (n.fromStep() == null ? "next_step is null" : "next_step = :from")).bind("id", n.id())
                        .bind("from", n.fromStep()).bindByType("step", n.step(), String.class)
                        .bindByType("on", n.on(), LocalDate.class).execute();
            }
        });
    }

    /** A holder reminder no department entry of the log matches yet: waiting for the department's digest. */
    public record Undigested(long licenceId, String licenceNo, String typeCode, String step, String departmentCode,
            String uscc) {
    }

    public List<Undigested> undigested(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("select r.licence_id, r.licence_no, r.type_code, r.step, "
                + "r.department_code, r.uscc from licence_reminder r where r.recipient_kind = 'ENTERPRISE' "
                + "and r.sent_at >= :since and not exists (select 1 from licence_reminder s where "
                + "s.licence_id = r.licence_id and s.step = r.step and s.recipient_kind = 'DEPARTMENT') "
                + "order by r.department_code, r.id").bind("since", Timestamp.from(since))
                .map((rs, ctx) -> new Undigested(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list());
    }

    /** The department entries of a digest sent: one per licence and step, under the digest's title. */
    public void logDigest(List<Undigested> listed, String title, Instant at) {
        jdbi.useTransaction(h -> {
            PreparedBatch log = h.prepareBatch("insert into licence_reminder (licence_id, licence_no, type_code, "
                    + "step, recipient_kind, recipient, title, department_code, uscc, sent_at) values (:id, :no, "
                    + ":type, :step, 'DEPARTMENT', :department, :title, :department, :uscc, :at)");
            for (Undigested u : listed) {
                log.bind("id", u.licenceId()).bind("no", u.licenceNo()).bind("type", u.typeCode())
                        .bind("step", u.step()).bind("department", u.departmentCode()).bind("title", title)
                        .bind("uscc", u.uscc()).bind("at", Timestamp.from(at)).add();
            }
            log.execute();
        });
    }

    public void logReminder(Licence l, String step, String recipientKind, String recipient, String title, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("insert into licence_reminder (licence_id, licence_no, type_code, step, "
                + "recipient_kind, recipient, title, department_code, uscc, sent_at) values (:id, :no, :type, :step, "
                + ":kind, :recipient, :title, :department, :uscc, :at)").bind("id", l.id()).bind("no", l.licenceNo())
                .bind("type", l.typeCode()).bind("step", step).bind("kind", recipientKind).bind("recipient", recipient)
                .bind("title", title).bind("department", l.departmentCode()).bind("uscc", l.uscc())
                .bind("at", Timestamp.from(at)).execute());
    }

    public List<ReminderEntry> reminders(RecordScope scope, Long licenceId, int offset, int limit) {
        RecordScope.Condition in = scope.condition(SCOPED);
        return jdbi.withHandle(h -> {
            Query q = in.bind(h.createQuery("select id, licence_id, licence_no, type_code, step, recipient_kind, "
                    + "recipient, title, sent_at from licence_reminder"
                    + in.and(licenceId == null ? "" : " where licence_id = :licence")
                    + " order by sent_at desc, id desc offset :offset rows fetch next :limit rows only"));
            if (licenceId != null) {
                q.bind("licence", licenceId);
            }
            return q.bind("offset", offset).bind("limit", limit).map(REMINDER).list();
        });
    }

    public long countReminders(RecordScope scope) {
        RecordScope.Condition in = scope.condition(SCOPED);
        return jdbi.withHandle(h -> in.bind(h.createQuery("select count(*) from licence_reminder" + in.where()))
                .mapTo(Long.class).one());
    }

    // renewals, violations, post-checks

    public long insertRenewal(Handle h, Renewal r) {
        return h.createUpdate("insert into renewal (licence_id, uscc, kind, state, reasons, department_code, "
                + "declared_by, declared_at, decided_by, decided_at, new_licence_id) values (:licenceId, :uscc, :kind, "
                + ":state, :reasons, :departmentCode, :declaredBy, :declaredAt, :decidedBy, :decidedAt, :newLicenceId)")
                .bindMethods(r).executeAndReturnGeneratedKeys().mapTo(Long.class).one();
    }

    public List<Renewal> renewals(RecordScope scope, Long licenceId, String state, int offset, int limit) {
        RecordScope.Condition in = scope.condition(SCOPED);
        return jdbi.withHandle(h -> {
            List<String> c = new ArrayList<>();
            if (licenceId != null) {
                c.add("licence_id = :licence");
            }
            if (state != null) {
                c.add("state = :state");
            }
            Query q = in.bind(h.createQuery("select * from renewal" + in.and(c.isEmpty() ? "" : " where "
                    + String.join(" and ", c)) + " order by declared_at desc, id desc offset :offset rows "
                    + "fetch next :limit rows only"));
            if (licenceId != null) {
                q.bind("licence", licenceId);
            }
            if (state != null) {
                q.bind("state", state);
            }
            return q.bind("offset", offset).bind("limit", limit).map(RENEWAL).list();
        });
    }

    public boolean decideRenewal(Handle h, long id, String state, String by, Instant at, Long newLicenceId) {
        return h.createUpdate("update renewal set state = :state, decided_by = :by, decided_at = :at, "
                + "new_licence_id = :licence where id = :id and state = 'IN_REVIEW'").bind("id", id)
                .bind("state", state).bind("by", by).bind("at", Timestamp.from(at)).bind("licence", newLicenceId)
                .execute() == 1;
    }

    public int violations(String uscc, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from violation where uscc = :uscc and "
                + "occurred_on >= :from and occurred_on <= :to").bind("uscc", uscc).bind("from", from)
                .bind("to", to).mapTo(Integer.class).one());
    }

    public int openPostChecks(String uscc) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from post_check where uscc = :uscc and "
                + "closed_on is null").bind("uscc", uscc).mapTo(Integer.class).one());
    }

    public long addViolation(String uscc, LocalDate on, String description, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into violation (uscc, occurred_on, description, "
                + "recorded_by, recorded_at) values (:uscc, :on, :d, :by, :at)").bind("uscc", uscc).bind("on", on)
                .bind("d", description).bind("by", by).bind("at", Timestamp.from(at))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    public long openPostCheck(String uscc, String subject, LocalDate on, String by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("insert into post_check (uscc, subject, opened_on, recorded_by, "
                + "recorded_at) values (:uscc, :s, :on, :by, :at)").bind("uscc", uscc).bind("s", subject)
                .bind("on", on).bind("by", by).bind("at", Timestamp.from(at))
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }

    // figures

    /** Licences expiring between the days (both included) by type, in the caller's scope. */
    public Map<String, Long> expiringByType(RecordScope scope, LocalDate from, LocalDate to) {
        RecordScope.Condition in = scope.condition(SCOPED);
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> in.bind(h.createQuery("select type_code, count(*) as n from licence"
                + in.and(" where expires_on >= :from and expires_on <= :to and state in ('VALID', 'IN_WINDOW')")
                + " group by type_code")).bind("from", from).bind("to", to)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    /** Licences issued by renewal since {@code from}, by kind (MINIMAL, NORMAL), in the caller's scope. */
    public Map<String, Long> renewalsByKind(RecordScope scope, LocalDate from) {
        RecordScope.Condition in = scope.condition(SCOPED);
        Map<String, Long> out = new LinkedHashMap<>();
        jdbi.useHandle(h -> in.bind(h.createQuery("select renewal_kind, count(*) from licence"
                + in.and(" where renewal_kind is not null and issued_on >= :from") + " group by renewal_kind"))
                .bind("from", from).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    public long countAll() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from licence").mapTo(Long.class).one());
    }
}
