package cn.gov.laoshan.district.market.inspection.service;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.EnterpriseScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.inspection.domain.Draw;
import cn.gov.laoshan.district.market.inspection.domain.DrawCheck;
import cn.gov.laoshan.district.market.inspection.domain.DrawRequest;
import cn.gov.laoshan.district.market.inspection.domain.GradeRatios;
import cn.gov.laoshan.district.market.inspection.domain.Inspection;
import cn.gov.laoshan.district.market.inspection.domain.InspectionResult;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Candidate;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Inspector;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Recusal;
import cn.gov.laoshan.district.market.inspection.domain.RandomDraw.Target;
import cn.gov.laoshan.district.market.service.Market;

/**
 * 双随机一公开: draws over the latest graded month's enterprises (filtered by industry, street and licence type held, in
 * SQL) with the grades' percents within their bounds, inspectors at random with recusal (a declared relation, or the
 * enterprise's inspectors last time); the seed, the SHA-256 of the candidate list and of the inspectors with their
 * recusals recorded in the audit log, the input kept so that {@link #verify} draws again. Results recorded by staff are
 * published at once: every user holding {@link Inspections#PUBLISHED} reads them, an enterprise user its own on
 * 我的企业. Every change is audited and posted as {@code district/market/inspection/<DRAWN|RECORDED>}.
 */
public class InspectionService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** At most this many findings characters. */
    static final int MAX_FINDINGS = 2000;

    private static final RowMapper<Draw> DRAW = (rs, ctx) -> new Draw(rs.getLong("id"), rs.getString("title"),
            rs.getString("grade_month"), rs.getString("industry"), rs.getString("street"), rs.getString("licence_type"),
            rs.getInt("percent_a"), rs.getInt("percent_b"), rs.getInt("percent_c"), rs.getInt("percent_d"),
            rs.getInt("per_target"), rs.getLong("seed"), rs.getString("candidates_hash"),
            rs.getString("inspectors_hash"), rs.getInt("population"), rs.getInt("drawn"), rs.getString("drawn_by"),
            rs.getTimestamp("drawn_at").toInstant());

    private static final RowMapper<Inspection> INSPECTION = (rs, ctx) -> new Inspection(rs.getLong("id"),
            rs.getLong("draw_id"), rs.getString("title"), rs.getString("uscc").strip(), rs.getString("name"),
            rs.getString("grade").strip(), Arrays.asList(rs.getString("inspectors").split(",")),
            InspectionResult.valueOf(rs.getString("state")), rs.getString("findings"),
            rs.getDate("inspected_on") == null ? null : rs.getDate("inspected_on").toLocalDate(),
            rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at") == null ? null : rs.getTimestamp("recorded_at").toInstant());

    private static final String SELECT_INSPECTION = "select i.*, d.title from inspection i join inspection_draw d on "
            + "d.id = i.draw_id";

    /** An inspector of the list: whether drawn, and the relations declared. */
    public record InspectorEntry(String login, String name, boolean active) {
    }

    /** A declared relation between an inspector and an enterprise (回避). */
    public record Relation(long id, String login, String uscc, String note) {
    }

    /** Drawn and failed per grade, for the widget. */
    public record GradeFigures(Map<CreditGrade, Integer> drawn, Map<CreditGrade, Integer> failed) {
    }

    private final Jdbi jdbi;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Supplier<Optional<AuditLog>> audit;
    private final RecordEvents events;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public InspectionService(Jdbi jdbi, AccessControl access, EnterpriseRegistry registry,
            Supplier<Optional<AuditLog>> audit, RecordEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Writes the default ratios into an empty database (as the system, at start). */
    public void seedDefaults() {
        if (jdbi.withHandle(h -> h.createQuery("select count(*) from inspection_ratio").mapTo(Integer.class).one())
                == 0) {
            jdbi.useTransaction(h -> writeRatios(h, GradeRatios.standard(), "system"));
        }
    }

    /** Each grade's bounds (readable by whoever reads the grades or draws). */
    public GradeRatios ratios() {
        return jdbi.withHandle(InspectionService::readRatios);
    }

    private static GradeRatios readRatios(Handle h) {
        Map<CreditGrade, GradeRatios.Bounds> bounds = new EnumMap<>(CreditGrade.class);
        h.createQuery("select grade, min_percent, max_percent from inspection_ratio").map((rs, ctx) -> Map.entry(
                CreditGrade.valueOf(rs.getString(1).strip()), new GradeRatios.Bounds(rs.getInt(2), rs.getInt(3))))
                .forEach(e -> bounds.put(e.getKey(), e.getValue()));
        return bounds.size() == CreditGrade.values().length ? new GradeRatios(bounds) : GradeRatios.standard();
    }

    /** Changes the bounds ({@link Credit#GRADE}); audited with before and after. */
    public void saveRatios(GradeRatios ratios) {
        access.check(Credit.GRADE);
        staff();
        if (!ratios.problems().isEmpty()) {
            throw new RefusedException(null, ratios.problems().get(0));
        }
        GradeRatios before = jdbi.inTransaction(h -> {
            GradeRatios old = readRatios(h);
            h.execute("delete from inspection_ratio");
            writeRatios(h, ratios, login());
            return old;
        });
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.ratios.change", "InspectionRatios", "ratios",
                ratiosText(before), ratiosText(ratios)));
    }

    private void writeRatios(Handle h, GradeRatios ratios, String login) {
        for (CreditGrade g : CreditGrade.values()) {
            h.createUpdate("insert into inspection_ratio (grade, min_percent, max_percent, updated_by, updated_at) "
                    + "values (:g, :min, :max, :by, :at)").bind("g", g.name()).bind("min", ratios.of(g).min())
                    .bind("max", ratios.of(g).max()).bind("by", login).bind("at", Timestamp.from(clock.instant()))
                    .execute();
        }
    }

    private static String ratiosText(GradeRatios r) {
        StringBuilder t = new StringBuilder();
        for (CreditGrade g : CreditGrade.values()) {
            t.append(g).append('=').append(r.of(g).min()).append('-').append(r.of(g).max()).append("%;");
        }
        return t.toString();
    }

    public List<InspectorEntry> inspectors() {
        access.check(Inspections.DRAW);
        return jdbi.withHandle(h -> h.createQuery("select login, name, active from inspector order by login")
                .map((rs, ctx) -> new InspectorEntry(rs.getString(1), rs.getString(2), rs.getInt(3) == 1)).list());
    }

    /** Adds an inspector to the list, or takes one back (active again); audited. */
    public void addInspector(String login, String name) {
        access.check(Inspections.DRAW);
        staff();
        if (login == null || !login.strip().matches("[a-z0-9][a-z0-9._-]{1,39}")) {
            throw new RefusedException("login", "market.inspection.inspector.error.login");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RefusedException("name", "market.inspection.inspector.error.name");
        }
        String who = login.strip();
        jdbi.useTransaction(h -> {
            h.createUpdate("delete from inspector where login = :l").bind("l", who).execute();
            h.createUpdate("insert into inspector (login, name, department_code, active, recorded_by, recorded_at) "
                    + "values (:l, :n, :d, 1, :by, :at)").bind("l", who).bind("n", name.strip())
                    .bind("d", Market.DEPARTMENT).bind("by", login()).bind("at", Timestamp.from(clock.instant()))
                    .execute();
        });
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.inspector.add", "Inspector", who, null,
                name.strip()));
    }

    /** Takes an inspector out of the draws (kept for the draws they were in); audited. */
    public void deactivateInspector(String login) {
        access.check(Inspections.DRAW);
        staff();
        int changed = jdbi.withHandle(h -> h.createUpdate("update inspector set active = 0 where login = :l and "
                + "active = 1").bind("l", login).execute());
        if (changed == 0) {
            throw new RefusedException(null, "market.error.not-found");
        }
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.inspector.deactivate", "Inspector", login,
                "active", "inactive"));
    }

    public List<Relation> relations() {
        access.check(Inspections.DRAW);
        return jdbi.withHandle(h -> h.createQuery("select id, login, uscc, note from inspector_relation order by "
                + "login, uscc").map((rs, ctx) -> new Relation(rs.getLong(1), rs.getString(2), rs.getString(3).strip(),
                        rs.getString(4))).list());
    }

    /** Declares a relation of an inspector with an enterprise: never drawn to inspect it; audited. */
    public void relate(String login, String uscc, String note) {
        access.check(Inspections.DRAW);
        staff();
        boolean known = login != null && jdbi.withHandle(h -> h.createQuery("select count(*) from inspector where "
                + "login = :l").bind("l", login).mapTo(Integer.class).one()) > 0;
        if (!known) {
            throw new RefusedException("login", "market.inspection.relation.error.inspector");
        }
        if (uscc == null || !Uscc.isValid(uscc)) {
            throw new RefusedException("uscc", "market.error.uscc");
        }
        if (note == null || note.isBlank() || note.strip().length() > 300) {
            throw new RefusedException("note", "market.inspection.relation.error.note");
        }
        jdbi.useHandle(h -> h.createUpdate("insert into inspector_relation (login, uscc, note, recorded_by, recorded_at) "
                + "values (:l, :u, :n, :by, :at)").bind("l", login).bind("u", uscc).bind("n", note.strip())
                .bind("by", login()).bind("at", Timestamp.from(clock.instant())).execute());
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.relation.add", "InspectorRelation",
                login + "|" + uscc, null, note.strip()));
    }

    /**
     * Draws ({@link Inspections#DRAW}): the population, the candidates in code order, a fresh seed, the targets and
     * inspectors; all recorded with the input, audited with the seed and the hashes. Refused without a graded month,
     * with a percent outside its grade's bounds, an empty population, or too few inspectors free for a target.
     */
    public Draw draw(DrawRequest request) {
        access.check(Inspections.DRAW);
        staff();
        if (request.title() == null || request.title().isBlank() || request.title().strip().length() > 200) {
            throw new RefusedException("title", "market.inspection.error.title");
        }
        if (request.perTarget() < 1 || request.perTarget() > 5) {
            throw new RefusedException("perTarget", "market.inspection.error.per-target");
        }
        GradeRatios ratios = ratios();
        for (CreditGrade g : CreditGrade.values()) {
            Integer p = request.percents().get(g);
            if (p == null || !ratios.of(g).includes(p)) {
                throw new RefusedException("percent" + g, "market.inspection.error.percent", g.name(),
                        ratios.of(g).min(), ratios.of(g).max());
            }
        }
        String month = jdbi.withHandle(h -> h.createQuery("select max(month) from credit_run where state = 'DONE'")
                .mapTo(String.class).findOne()).orElseThrow(() -> new RefusedException(null,
                        "market.inspection.error.no-grades"));
        LocalDate today = today();
        List<Candidate> candidates = population(month, request, today);
        if (candidates.isEmpty()) {
            throw new RefusedException(null, "market.inspection.error.empty");
        }
        List<Inspector> inspectors = jdbi.withHandle(h -> h.createQuery("select login, name from inspector where "
                + "active = 1 order by login").map((rs, ctx) -> new Inspector(rs.getString(1), rs.getString(2)))
                .list());
        Set<Recusal> recusals = recusals(candidates);
        long seed = seeds.nextLong();
        List<Target> targets;
        try {
            targets = RandomDraw.draw(seed, candidates, request.percents(), ratios, inspectors, recusals,
                    request.perTarget());
        } catch (RandomDraw.NotEnoughInspectors e) {
            throw new RefusedException(null, "market.inspection.error.inspectors", e.uscc());
        }
        String candidatesHash = RandomDraw.candidatesHash(candidates);
        String inspectorsHash = RandomDraw.inspectorsHash(inspectors, recusals);
        Map<String, String> names = new HashMap<>();
        for (Target t : targets) {
            names.put(t.uscc(), registry.find(Uscc.parse(t.uscc())).map(e -> e.name()).orElse(t.uscc()));
        }
        String by = login();
        long id = jdbi.inTransaction(h -> {
            long drawId = h.createUpdate("insert into inspection_draw (title, grade_month, industry, street, "
                    + "licence_type, percent_a, percent_b, percent_c, percent_d, per_target, seed, candidates_hash, "
                    + "inspectors_hash, population, drawn, department_code, drawn_by, drawn_at) values (:title, :month, "
                    + ":industry, :street, :type, :a, :b, :c, :d, :per, :seed, :ch, :ih, :pop, :drawn, :dept, :by, :at)")
                    .bind("title", request.title().strip()).bind("month", month).bind("industry", blank(
                            request.industry())).bind("street", blank(request.street()))
                    .bind("type", blank(request.licenceType())).bind("a", request.percents().get(CreditGrade.A))
                    .bind("b", request.percents().get(CreditGrade.B)).bind("c", request.percents().get(CreditGrade.C))
                    .bind("d", request.percents().get(CreditGrade.D)).bind("per", request.perTarget())
                    .bind("seed", seed).bind("ch", candidatesHash).bind("ih", inspectorsHash)
                    .bind("pop", candidates.size()).bind("drawn", targets.size()).bind("dept", Market.DEPARTMENT)
                    .bind("by", by).bind("at", Timestamp.from(clock.instant())).executeAndReturnGeneratedKeys()
                    .mapTo(Long.class).one();
            PreparedBatch c = h.prepareBatch("insert into draw_candidate (draw_id, position, uscc, grade) values (:d, "
                    + ":p, :u, :g)");
            for (int i = 0; i < candidates.size(); i++) {
                c.bind("d", drawId).bind("p", i).bind("u", candidates.get(i).uscc())
                        .bind("g", candidates.get(i).grade().name()).add();
                if (c.size() >= 5000) {
                    c.execute();
                }
            }
            if (c.size() > 0) {
                c.execute();
            }
            PreparedBatch ins = h.prepareBatch("insert into draw_inspector (draw_id, position, login, name) values (:d, "
                    + ":p, :l, :n)");
            for (int i = 0; i < inspectors.size(); i++) {
                ins.bind("d", drawId).bind("p", i).bind("l", inspectors.get(i).login())
                        .bind("n", inspectors.get(i).name()).add();
            }
            if (ins.size() > 0) {
                ins.execute();
            }
            if (!recusals.isEmpty()) {
                PreparedBatch r = h.prepareBatch("insert into draw_recusal (draw_id, login, uscc, reason) values (:d, "
                        + ":l, :u, :r)");
                for (Recusal x : recusals) {
                    r.bind("d", drawId).bind("l", x.login()).bind("u", x.uscc()).bind("r", x.reason()).add();
                }
                r.execute();
            }
            PreparedBatch t = h.prepareBatch("insert into inspection (draw_id, position, uscc, name, grade, inspectors, "
                    + "state, department_code) values (:d, :p, :u, :n, :g, :i, 'PENDING', :dept)");
            for (int i = 0; i < targets.size(); i++) {
                Target x = targets.get(i);
                t.bind("d", drawId).bind("p", i).bind("u", x.uscc()).bind("n", cut(names.get(x.uscc()), 200))
                        .bind("g", x.grade().name()).bind("i", String.join(",", x.inspectors()))
                        .bind("dept", Market.DEPARTMENT).add();
            }
            if (t.size() > 0) {
                t.execute();
            }
            return drawId;
        });
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.draw", "InspectionDraw", String.valueOf(id),
                null, "{\"seed\":" + seed + ",\"candidatesSha256\":\"" + candidatesHash + "\",\"inspectorsSha256\":\""
                        + inspectorsHash + "\",\"gradeMonth\":\"" + month + "\",\"population\":" + candidates.size()
                        + ",\"drawn\":" + targets.size() + "}"));
        events.post("DRAWN", String.valueOf(id), Market.DEPARTMENT, Map.of("population", candidates.size(), "drawn",
                targets.size()));
        return find(id).orElseThrow();
    }

    /** The month's graded enterprises the request's filters select, in code order, with the grade in force. */
    private List<Candidate> population(String month, DrawRequest request, LocalDate today) {
        StringBuilder sql = new StringBuilder("select g.uscc, g.final_grade from credit_grade g where g.month = :m");
        if (blank(request.industry()) != null) {
            sql.append(" and g.industry like :industry");
        }
        if (blank(request.street()) != null) {
            sql.append(" and g.street = :street");
        }
        if (blank(request.licenceType()) != null) {
            sql.append(" and exists (select 1 from licence l where l.uscc = g.uscc and l.type_code = :type and "
                    + "l.issued_on <= :day and l.expires_on >= :day and (l.ended_on is null or l.ended_on > :day))");
        }
        sql.append(" order by g.uscc");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("m", month);
            if (blank(request.industry()) != null) {
                q.bind("industry", request.industry().strip().toUpperCase(java.util.Locale.ROOT) + "%");
            }
            if (blank(request.street()) != null) {
                q.bind("street", request.street().strip());
            }
            if (blank(request.licenceType()) != null) {
                q.bind("type", request.licenceType().strip()).bind("day", today);
            }
            return q.setFetchSize(5000).map((rs, ctx) -> new Candidate(rs.getString(1).strip(),
                    CreditGrade.valueOf(rs.getString(2).strip()))).list();
        });
    }

    /**
     * The recusals for these candidates: every declared relation, and each candidate's inspectors of its latest
     * inspection (not the same inspectors as last time).
     */
    private Set<Recusal> recusals(List<Candidate> candidates) {
        Set<String> codes = new HashSet<>();
        candidates.forEach(c -> codes.add(c.uscc()));
        Set<Recusal> found = new LinkedHashSet<>();
        jdbi.useHandle(h -> {
            h.createQuery("select login, uscc from inspector_relation").map((rs, ctx) -> new Recusal(rs.getString(1),
                    rs.getString(2).strip(), "related")).filter(r -> codes.contains(r.uscc())).forEach(found::add);
            h.createQuery("select i.uscc, i.inspectors from inspection i where i.id = (select max(j.id) from "
                    + "inspection j where j.uscc = i.uscc)").map((rs, ctx) -> Map.entry(rs.getString(1).strip(),
                            rs.getString(2))).filter(e -> codes.contains(e.getKey())).forEach(e -> {
                                for (String login : e.getValue().split(",")) {
                                    found.add(new Recusal(login, e.getKey(), "last-time"));
                                }
                            });
        });
        return found;
    }

    /**
     * Draws again from the recorded seed and input: the input's hashes against the recorded ones, and the targets and
     * inspectors against those recorded. Staff holding {@link Inspections#DRAW} or {@link Credit#READ}.
     */
    public DrawCheck verify(long drawId) {
        staffReading();
        Draw d = find(drawId).orElseThrow(() -> new RefusedException(null, "market.error.not-found"));
        return jdbi.withHandle(h -> {
            List<Candidate> candidates = h.createQuery("select uscc, grade from draw_candidate where draw_id = :d order "
                    + "by position").bind("d", drawId).map((rs, ctx) -> new Candidate(rs.getString(1).strip(),
                            CreditGrade.valueOf(rs.getString(2).strip()))).list();
            List<Inspector> inspectors = h.createQuery("select login, name from draw_inspector where draw_id = :d "
                    + "order by position").bind("d", drawId).map((rs, ctx) -> new Inspector(rs.getString(1),
                            rs.getString(2))).list();
            Set<Recusal> recusals = new LinkedHashSet<>(h.createQuery("select login, uscc, reason from draw_recusal "
                    + "where draw_id = :d").bind("d", drawId).map((rs, ctx) -> new Recusal(rs.getString(1),
                            rs.getString(2).strip(), rs.getString(3))).list());
            String ch = RandomDraw.candidatesHash(candidates);
            String ih = RandomDraw.inspectorsHash(inspectors, recusals);
            Map<CreditGrade, Integer> percents = new EnumMap<>(CreditGrade.class);
            percents.put(CreditGrade.A, d.percentA());
            percents.put(CreditGrade.B, d.percentB());
            percents.put(CreditGrade.C, d.percentC());
            percents.put(CreditGrade.D, d.percentD());
            List<Target> again;
            try {
                again = RandomDraw.draw(d.seed(), candidates, percents, ratiosOf(h, d), inspectors, recusals,
                        d.perTarget());
            } catch (RandomDraw.NotEnoughInspectors e) {
                again = List.of();
            }
            List<Target> recorded = h.createQuery("select uscc, grade, inspectors from inspection where draw_id = :d "
                    + "order by position").bind("d", drawId).map((rs, ctx) -> new Target(rs.getString(1).strip(),
                            CreditGrade.valueOf(rs.getString(2).strip()), List.of(rs.getString(3).split(",")))).list();
            return new DrawCheck(ch, ch.equals(d.candidatesHash()), ih, ih.equals(d.inspectorsHash()),
                    again.equals(recorded), recorded.size());
        });
    }

    /**
     * The bounds a draw was made with: the counts depend on them, so a draw is checked against the bounds in force
     * when it was made — kept on the draw as its percents lie within them; the current bounds are used, widened to
     * include the draw's percents (a later change of the bounds must not make an honest draw look altered).
     */
    private static GradeRatios ratiosOf(Handle h, Draw d) {
        GradeRatios now = readRatios(h);
        Map<CreditGrade, GradeRatios.Bounds> b = new EnumMap<>(CreditGrade.class);
        int[] p = {d.percentA(), d.percentB(), d.percentC(), d.percentD()};
        for (CreditGrade g : CreditGrade.values()) {
            GradeRatios.Bounds x = now.of(g);
            b.put(g, new GradeRatios.Bounds(Math.min(x.min(), p[g.ordinal()]), Math.max(x.max(), p[g.ordinal()])));
        }
        return new GradeRatios(b);
    }

    public List<Draw> draws() {
        staffReading();
        return jdbi.withHandle(h -> h.createQuery("select * from inspection_draw order by drawn_at desc, id desc")
                .map(DRAW).list());
    }

    public Optional<Draw> find(long id) {
        staffReading();
        return jdbi.withHandle(h -> h.createQuery("select * from inspection_draw where id = :id").bind("id", id)
                .map(DRAW).findOne());
    }

    /** A draw's targets with their inspectors and results, in draw order. */
    public List<Inspection> targets(long drawId) {
        staffReading();
        return jdbi.withHandle(h -> h.createQuery(SELECT_INSPECTION + " where i.draw_id = :d order by i.position")
                .bind("d", drawId).map(INSPECTION).list());
    }

    /**
     * Records an inspection's result ({@link Inspections#RECORD}), published with it: once; findings required unless
     * passed; the day not before the draw nor after today. Audited, posted.
     */
    public Inspection record(long inspectionId, InspectionResult result, String findings, LocalDate inspectedOn) {
        access.check(Inspections.RECORD);
        staff();
        if (result == null || result == InspectionResult.PENDING) {
            throw new RefusedException("result", "market.inspection.error.result");
        }
        String text = findings == null ? "" : findings.strip();
        if (result != InspectionResult.PASSED && text.isEmpty()) {
            throw new RefusedException("findings", "market.inspection.error.findings");
        }
        if (text.length() > MAX_FINDINGS) {
            throw new RefusedException("findings", "market.inspection.error.findings-long");
        }
        Inspection before = jdbi.withHandle(h -> h.createQuery(SELECT_INSPECTION + " where i.id = :id")
                .bind("id", inspectionId).map(INSPECTION).findOne()).orElseThrow(() -> new RefusedException(null,
                        "market.error.not-found"));
        Draw draw = find(before.drawId()).orElseThrow();
        LocalDate drawnOn = LocalDate.ofInstant(draw.drawnAt(), ZONE);
        if (inspectedOn == null || inspectedOn.isAfter(today()) || inspectedOn.isBefore(drawnOn)) {
            throw new RefusedException("inspectedOn", "market.inspection.error.day", drawnOn, today());
        }
        int changed = jdbi.withHandle(h -> h.createUpdate("update inspection set state = :s, findings = :f, "
                + "inspected_on = :day, recorded_by = :by, recorded_at = :at where id = :id and state = 'PENDING'")
                .bind("s", result.name()).bind("f", text.isEmpty() ? null : text).bind("day", inspectedOn)
                .bind("by", login()).bind("at", Timestamp.from(clock.instant())).bind("id", inspectionId).execute());
        if (changed == 0) {
            throw new RefusedException(null, "market.inspection.error.recorded");
        }
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.record", "Inspection",
                String.valueOf(inspectionId), "PENDING", "{\"uscc\":\"" + before.uscc() + "\",\"result\":\"" + result
                        + "\",\"inspectedOn\":\"" + inspectedOn + "\",\"findings\":" + json(text) + "}"));
        events.post("RECORDED", String.valueOf(inspectionId), Market.DEPARTMENT, Map.of("uscc", before.uscc(),
                "result", result.name(), "drawId", before.drawId()));
        return jdbi.withHandle(h -> h.createQuery(SELECT_INSPECTION + " where i.id = :id").bind("id", inspectionId)
                .map(INSPECTION).one());
    }

    /**
     * The published results (一公开), newest first, optionally of codes or names containing {@code text}: for anyone
     * holding {@link Inspections#PUBLISHED}. The grade is not part of it.
     */
    public List<Inspection> published(String text, int limit) {
        access.check(Inspections.PUBLISHED);
        String t = blank(text);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(SELECT_INSPECTION + " where i.state <> 'PENDING'" + (t == null ? ""
                    : " and (i.uscc like :t or i.name like :t)") + " order by i.inspected_on desc, i.id desc");
            if (t != null) {
                q.bind("t", "%" + t + "%");
            }
            return q.setMaxRows(limit).map(this::withoutGrade).list();
        });
    }

    /** One enterprise's published results: staff holding {@link Inspections#PUBLISHED}, or that enterprise's users. */
    public List<Inspection> publishedOf(String uscc) {
        access.checkEnterprise(Inspections.PUBLISHED, uscc);
        return jdbi.withHandle(h -> h.createQuery(SELECT_INSPECTION + " where i.state <> 'PENDING' and i.uscc = :u "
                + "order by i.inspected_on desc, i.id desc").bind("u", uscc).map(this::withoutGrade).list());
    }

    /** The signed-in enterprise user's own published results (empty for staff). */
    public List<Inspection> mine() {
        EnterpriseScope scope = access.enterprises(Inspections.PUBLISHED);
        String own = access.currentUser().map(CurrentUser::uscc).orElse(null);
        if (own == null || !scope.includes(own)) {
            return List.of();
        }
        return publishedOf(own);
    }

    private Inspection withoutGrade(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        Inspection i = INSPECTION.map(rs, ctx);
        // the grade the target was drawn in is internal: a published result never carries it
        return new Inspection(i.id(), i.drawId(), i.drawTitle(), i.uscc(), i.name(), null, i.inspectors(), i.state(),
                i.findings(), i.inspectedOn(), i.recordedBy(), i.recordedAt());
    }

    /** This year's draws' targets per grade, and how many of them failed (the widget; staff reading grades). */
    public GradeFigures figures() {
        staffReading();
        Map<CreditGrade, Integer> drawn = new EnumMap<>(CreditGrade.class);
        Map<CreditGrade, Integer> failed = new EnumMap<>(CreditGrade.class);
        for (CreditGrade g : CreditGrade.values()) {
            drawn.put(g, 0);
            failed.put(g, 0);
        }
        Timestamp from = Timestamp.from(today().withDayOfYear(1).atStartOfDay(ZONE).toInstant());
        jdbi.useHandle(h -> h.createQuery("select i.grade, i.state, count(*) from inspection i join inspection_draw d on "
                + "d.id = i.draw_id where d.drawn_at >= :from group by i.grade, i.state").bind("from", from)
                .map((rs, ctx) -> new Object[] {CreditGrade.valueOf(rs.getString(1).strip()), rs.getString(2),
                        rs.getInt(3)}).forEach(r -> {
                            drawn.merge((CreditGrade) r[0], (Integer) r[2], Integer::sum);
                            if ("FAILED".equals(r[1])) {
                                failed.merge((CreditGrade) r[0], (Integer) r[2], Integer::sum);
                            }
                        }));
        return new GradeFigures(drawn, failed);
    }

    /** A draw's list for the Excel export (its targets), audited as an export. */
    public List<Inspection> exportList(long drawId) {
        List<Inspection> list = targets(drawId);
        audit.get().ifPresent(a -> a.record(Market.PLUGIN, "inspection.export", "InspectionDraw",
                String.valueOf(drawId), null, null));
        return list;
    }

    /** Draws and their targets' grades are internal: staff holding the draw or the grades' permission. */
    private void staffReading() {
        if (!access.has(Inspections.DRAW) && !access.has(Credit.READ) && !access.has(Inspections.RECORD)) {
            throw new AccessDeniedException(Inspections.DRAW);
        }
        staff();
    }

    private void staff() {
        if (access.currentUser().map(CurrentUser::external).orElse(true)) {
            throw new AccessDeniedException(Inspections.DRAW);
        }
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
