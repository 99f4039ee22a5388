package cn.gov.laoshan.district.registry.facts;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseEvents;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.registry.service.EventPublisher;
import cn.gov.laoshan.district.registry.service.RegistryAudit;

/**
 * Enterprise facts on the platform schema's fact tables (migration V4), in portable SQL. Each method checks its
 * permission first (deny by default): an enterprise user reads their own enterprise's facts only; changes, imports
 * and snapshots are for staff. Then it validates (a refusal changes nothing), writes in one transaction that also
 * raises {@code facts_version} (snapshots compare it), and audits before and after. The fact files are imported by
 * {@link FactImports}, snapshots read by {@link FactSnapshots}.
 */
public final class JdbiEnterpriseFacts implements EnterpriseFactsService {

    private final Jdbi jdbi;
    private final AccessControl access;
    private final RegistryAudit audit;
    private final Clock clock;
    private final FactSnapshots snapshots;
    private final FactImports imports;
    private final EventPublisher events;

    public JdbiEnterpriseFacts(Jdbi jdbi, AccessControl access, RegistryAudit audit, Clock clock) {
        this(jdbi, access, audit, clock, new EventPublisher(null));
    }

    /**
     * @param events posts {@link EnterpriseEvents#UPDATED} after a change of one enterprise's facts (a figure, a
     *               qualification, the location, a credit mark or grade), so that rule engines evaluate that
     *               enterprise again (the policy plugin's incremental matching)
     */
    public JdbiEnterpriseFacts(Jdbi jdbi, AccessControl access, RegistryAudit audit, Clock clock, EventPublisher events) {
        this.events = events;
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.snapshots = new FactSnapshots(jdbi, clock);
        this.imports = new FactImports(jdbi, access, audit, clock);
    }

    @Override
    public EnterpriseFacts facts(Uscc uscc) {
        // staff holding the permission read every enterprise's facts, an enterprise user their own only
        access.checkEnterprise(PERMISSION_READ, uscc.value());
        return jdbi.withHandle(h -> {
            requireRegistered(h, uscc);
            return read(h, uscc);
        });
    }

    private static EnterpriseFacts read(Handle h, Uscc uscc) {
        List<YearlyFigure> figures = h.createQuery("select kind, fig_year, amount, source, as_of from enterprise_figure "
                + "where uscc = :uscc order by fig_year desc, kind").bind("uscc", uscc.value())
                .map((rs, ctx) -> new YearlyFigure(uscc, FigureKind.valueOf(rs.getString("kind")), rs.getInt("fig_year"),
                        rs.getBigDecimal("amount"), rs.getString("source"), rs.getDate("as_of").toLocalDate())).list();
        List<Qualification> qualifications = h.createQuery("select type, valid_from, valid_until, certificate from "
                + "enterprise_qualification where uscc = :uscc order by type").bind("uscc", uscc.value())
                .map((rs, ctx) -> new Qualification(uscc, rs.getString("type"), rs.getDate("valid_from").toLocalDate(),
                        rs.getDate("valid_until").toLocalDate(), rs.getString("certificate"))).list();
        Location location = h.createQuery("select street, park from enterprise_location where uscc = :uscc")
                .bind("uscc", uscc.value()).map((rs, ctx) -> new Location(rs.getString("street"), rs.getString("park")))
                .findOne().orElse(new Location(null, null));
        List<CreditMark> marks = h.createQuery("select id, mark, reason, set_by, set_at, holds_until from "
                + "enterprise_credit_mark where uscc = :uscc order by set_at desc, id desc").bind("uscc", uscc.value())
                .map((rs, ctx) -> {
                    java.sql.Date until = rs.getDate("holds_until");
                    return new CreditMark(rs.getLong("id"), rs.getString("mark"), rs.getString("reason"), rs.getString("set_by"),
                            rs.getTimestamp("set_at").toInstant(), until == null ? null : until.toLocalDate());
                }).list();
        return new EnterpriseFacts(uscc, figures, qualifications, location, marks);
    }

    @Override
    public List<QualificationType> qualificationTypes() {
        access.check(PERMISSION_READ);
        return jdbi.withHandle(JdbiEnterpriseFacts::types);
    }

    static List<QualificationType> types(Handle h) {
        return h.createQuery("select code, name_zh, name_en from qualification_type order by code")
                .map((rs, ctx) -> new QualificationType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
                .list();
    }

    @Override
    public void putFigure(YearlyFigure figure) {
        checkStaff(PERMISSION_EDIT);
        List<ImportReport.Problem> problems = FactRules.check(figure, LocalDate.now(clock), 0);
        refuseIf(problems);
        Optional<YearlyFigure> before = jdbi.inTransaction(h -> {
            requireRegistered(h, figure.uscc());
            Optional<YearlyFigure> old = read(h, figure.uscc()).figure(figure.kind(), figure.year());
            FactWrites.putFigures(h, List.of(figure), old.isEmpty());
            FactWrites.changed(h, Timestamp.from(clock.instant()), List.of(figure.uscc().value()));
            return old;
        });
        audit.record("facts.figure", "EnterpriseFigure", figure.uscc().value() + "/" + figure.kind() + "/" + figure.year(),
                before.map(JdbiEnterpriseFacts::json).orElse(null), json(figure));
        posted(figure.uscc());
    }

    @Override
    public void putQualification(Qualification qualification) {
        checkStaff(PERMISSION_EDIT);
        refuseIf(FactRules.check(qualification, 0));
        Optional<Qualification> before = jdbi.inTransaction(h -> {
            requireRegistered(h, qualification.uscc());
            boolean known = h.createQuery("select count(*) from qualification_type where code = :code")
                    .bind("code", qualification.type()).mapTo(Integer.class).one() > 0;
            if (!known) {
                throw refusal("资质类型", "资质类型“" + qualification.type() + "”不存在。",
                        "There is no qualification type \"" + qualification.type() + "\".");
            }
            Optional<Qualification> old = read(h, qualification.uscc()).qualifications().stream()
                    .filter(q -> q.type().equals(qualification.type())).findFirst();
            FactWrites.removeQualification(h, qualification.uscc(), qualification.type());
            FactWrites.putQualifications(h, List.of(qualification));
            FactWrites.changed(h, Timestamp.from(clock.instant()), List.of(qualification.uscc().value()));
            return old;
        });
        audit.record("facts.qualification", "EnterpriseQualification", qualification.uscc().value() + "/" + qualification.type(),
                before.map(JdbiEnterpriseFacts::json).orElse(null), json(qualification));
        posted(qualification.uscc());
    }

    @Override
    public void removeQualification(Uscc uscc, String type) {
        checkStaff(PERMISSION_EDIT);
        Optional<Qualification> before = jdbi.inTransaction(h -> {
            requireRegistered(h, uscc);
            Optional<Qualification> old = read(h, uscc).qualifications().stream().filter(q -> q.type().equals(type)).findFirst();
            if (old.isPresent()) {
                FactWrites.removeQualification(h, uscc, type);
                FactWrites.changed(h, Timestamp.from(clock.instant()), List.of(uscc.value()));
            }
            return old;
        });
        before.ifPresent(old -> audit.record("facts.qualification.remove", "EnterpriseQualification",
                uscc.value() + "/" + type, json(old), null));
        posted(uscc);
    }

    @Override
    public void setLocation(Uscc uscc, Location location) {
        checkStaff(PERMISSION_EDIT);
        Location next = new Location(blankToNull(location.street()), blankToNull(location.park()));
        refuseIf(FactRules.check(next, 0));
        Location before = jdbi.inTransaction(h -> {
            requireRegistered(h, uscc);
            Location old = read(h, uscc).location();
            FactWrites.putLocations(h, List.of(uscc), List.of(next));
            FactWrites.changed(h, Timestamp.from(clock.instant()), List.of(uscc.value()));
            return old;
        });
        audit.record("facts.location", "EnterpriseLocation", uscc.value(), json(before), json(next));
        posted(uscc);
    }

    @Override
    public long addCreditMark(Uscc uscc, String mark, String reason, LocalDate until) {
        checkStaff(PERMISSION_EDIT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (mark == null || mark.isBlank() || mark.strip().length() > 40) {
            problems.add(FactRules.problem(0, "信用标记", "信用标记不能为空，最多40个字。", "The credit mark is required, at most 40 characters."));
        }
        FactRules.reason(reason, problems);
        if (until != null && until.isBefore(LocalDate.now(clock))) {
            problems.add(FactRules.problem(0, "有效期至", "有效期至不能早于今天。", "The end date cannot be in the past."));
        }
        refuseIf(problems);
        String setBy = access.currentUser().map(CurrentUser::login).orElse("system");
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbi.inTransaction(h -> {
            requireRegistered(h, uscc);
            long created = h.createUpdate("insert into enterprise_credit_mark (uscc, mark, reason, set_by, set_at, holds_until) "
                    + "values (:uscc, :mark, :reason, :setBy, :at, :until)").bind("uscc", uscc.value()).bind("mark", mark.strip())
                    .bind("reason", reason.strip()).bind("setBy", setBy).bind("at", now)
                    .bind("until", until == null ? null : java.sql.Date.valueOf(until))
                    .executeAndReturnGeneratedKeys().map((rs, ctx) -> rs.getLong(1)).one();
            FactWrites.changed(h, Timestamp.from(clock.instant()), List.of(uscc.value()));
            return created;
        });
        ObjectNode after = RegistryAudit.object().put("id", id).put("mark", mark.strip()).put("reason", reason.strip())
                .put("setBy", setBy).put("until", until == null ? null : until.toString());
        audit.record("facts.credit-mark", "EnterpriseCreditMark", uscc.value(), null, after.toString());
        posted(uscc);
        return id;
    }

    @Override
    public void setCreditGrade(Uscc uscc, CreditGrade grade, String reason) {
        checkStaff(PERMISSION_EDIT);
        List<ImportReport.Problem> problems = new ArrayList<>();
        FactRules.reason(reason, problems);
        refuseIf(problems);
        Timestamp now = Timestamp.from(clock.instant());
        String before = jdbi.inTransaction(h -> {
            requireRegistered(h, uscc);
            String old = h.createQuery("select credit from enterprise where uscc = :uscc").bind("uscc", uscc.value())
                    .mapTo(String.class).one();
            h.createUpdate("update enterprise set credit = :credit, updated_at = :at where uscc = :uscc")
                    .bind("credit", grade == null ? null : grade.name()).bind("at", now).bind("uscc", uscc.value()).execute();
            // the other nodes' registries read the row again (the change log their search indexes follow)
            h.createUpdate("insert into enterprise_change (changed_at, uscc) values (:at, :uscc)").bind("at", now)
                    .bind("uscc", uscc.value()).execute();
            FactWrites.bumpVersion(h);
            return old == null ? null : old.strip();
        });
        audit.record("facts.credit-grade", "Enterprise", uscc.value(),
                RegistryAudit.object().put("creditGrade", before).toString(),
                RegistryAudit.object().put("creditGrade", grade == null ? null : grade.name()).put("reason", reason.strip()).toString());
        posted(uscc);
    }

    @Override
    public ImportReport importFigures(InputStream in, ImportFormat format, String fileName) throws IOException {
        return imports.figures(in, format, fileName);
    }

    @Override
    public ImportReport importQualifications(InputStream in, ImportFormat format, String fileName) throws IOException {
        return imports.qualifications(in, format, fileName);
    }

    @Override
    public ImportReport importCreditGrades(InputStream in, ImportFormat format, String fileName) throws IOException {
        return imports.creditGrades(in, format, fileName);
    }

    @Override
    public ImportReport importSizes(InputStream in, ImportFormat format, String fileName) throws IOException {
        return imports.sizes(in, format, fileName);
    }

    @Override
    public FactSnapshot snapshot(List<FactColumn> columns) {
        // every enterprise's facts at once: for staff (rule engines run as staff or as the system), never an
        // enterprise user, whose scope is their own enterprise
        checkStaff(PERMISSION_READ);
        return snapshots.take(columns);
    }

    /** Whether no enterprise has a location or a figure yet (no permission check: for start-up). */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("select uscc from enterprise_location fetch first 1 rows only")
                .mapTo(String.class).list().isEmpty()
                && h.createQuery("select uscc from enterprise_figure fetch first 1 rows only").mapTo(String.class).list().isEmpty());
    }

    /**
     * Writes facts of enterprises that have none yet, in one transaction (locations: the lists run in parallel). No
     * permission check and no audit record: for the platform's own demo data and benchmarks.
     */
    public void save(List<YearlyFigure> figures, List<Qualification> qualifications, List<Uscc> usccs, List<Location> locations) {
        jdbi.useTransaction(h -> {
            FactWrites.putFigures(h, figures, true);
            FactWrites.putQualifications(h, qualifications);
            FactWrites.putLocations(h, usccs, locations);
            java.util.Set<String> codes = new java.util.TreeSet<>();
            figures.forEach(f -> codes.add(f.uscc().value()));
            qualifications.forEach(q -> codes.add(q.uscc().value()));
            usccs.forEach(u -> codes.add(u.value()));
            FactWrites.changed(h, Timestamp.from(clock.instant()), codes);
        });
    }

    /** The snapshots' reader (for benchmarks: forgetting its cache measures a cold read). */
    public FactSnapshots snapshots() {
        return snapshots;
    }

    /**
     * Throws {@link AccessDeniedException} unless the caller holds {@code permission} for every enterprise: changes,
     * imports and snapshots are staff work, whatever permission an enterprise user's role was given by mistake.
     */
    private void checkStaff(String permission) {
        checkStaff(access, permission);
    }

    static void checkStaff(AccessControl access, String permission) {
        access.check(permission);
        if (!access.enterprises(permission).all()) {
            throw new AccessDeniedException(permission);
        }
    }

    /** Tells the platform (EventAdmin, asynchronously) that this enterprise's facts changed. */
    private void posted(Uscc uscc) {
        String name = jdbi.withHandle(h -> h.createQuery("select name from enterprise where uscc = :uscc")
                .bind("uscc", uscc.value()).mapTo(String.class).findOne().orElse(""));
        events.post(EnterpriseEvents.UPDATED, java.util.Map.of(EnterpriseEvents.USCC, uscc.value(), EnterpriseEvents.NAME, name));
    }

    private static void requireRegistered(Handle h, Uscc uscc) {
        boolean registered = h.createQuery("select count(*) from enterprise where uscc = :uscc").bind("uscc", uscc.value())
                .mapTo(Integer.class).one() > 0;
        if (!registered) {
            throw refusal("统一社会信用代码", "统一社会信用代码" + uscc + "未登记。", "The code " + uscc + " is not registered.");
        }
    }

    private static EnterpriseValidationException refusal(String field, String zh, String en) {
        return new EnterpriseValidationException(List.of(FactRules.problem(0, field, zh, en)));
    }

    private static void refuseIf(List<ImportReport.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String json(YearlyFigure f) {
        return RegistryAudit.object().put("kind", f.kind().name()).put("year", f.year()).put("value", f.value().toPlainString())
                .put("source", f.source()).put("asOf", f.asOf().toString()).toString();
    }

    static String json(Qualification q) {
        return RegistryAudit.object().put("type", q.type()).put("validFrom", q.validFrom().toString())
                .put("validUntil", q.validUntil().toString()).put("certificate", q.certificate()).toString();
    }

    static String json(Location l) {
        return RegistryAudit.object().put("street", l.street()).put("park", l.park()).toString();
    }
}
