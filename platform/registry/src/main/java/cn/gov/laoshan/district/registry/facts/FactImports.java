package cn.gov.laoshan.district.registry.facts;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.imports.ImportRefusedException;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.registry.service.RegistryAudit;
import cn.gov.laoshan.district.registry.service.RowValidator;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.FileImport;

/**
 * The fact files (yearly figures, qualifications, credit grades, size classes) imported for
 * {@link JdbiEnterpriseFacts}: each all or nothing, for staff holding the import permission for every enterprise,
 * read and checked whole by the import kit, written in one transaction with the change log and the facts' version
 * (snapshots compare it), audited after the commit.
 */
final class FactImports {

    private final Jdbi jdbi;
    private final AccessControl access;
    private final RegistryAudit audit;
    private final Clock clock;

    FactImports(Jdbi jdbi, AccessControl access, RegistryAudit audit, Clock clock) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fact file of the chosen kind, its reading told to {@code progress}. */
    ImportReport importFile(FactFile file, InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        return switch (file) {
            case FIGURES -> figures(in, format, fileName, progress);
            case QUALIFICATIONS -> qualifications(in, format, fileName, progress);
            case CREDIT_GRADES -> creditGrades(in, format, fileName, progress);
            case SIZES -> sizes(in, format, fileName, progress);
        };
    }

    /** A file of yearly figures ({@link FigureImport}). */
    ImportReport figures(InputStream in, ImportFormat format, String fileName, ImportProgress progress) throws IOException {
        LocalDate today = LocalDate.now(clock);
        return importFile(in, format, fileName, "figures", limits -> new FigureImport(today, limits, progress),
                (h, figures, changes, history) -> {
                    Map<String, String> before = figuresBefore(h, figures);
                    FactWrites.putFigures(h, figures, false);
                    figures.forEach(f -> history.add(FactHistory.figure(null, f).withBefore(
                            before.get(f.kind() + "/" + f.year() + "/" + f.uscc().value()))));
                    return figures.stream().map(f -> f.uscc().value()).toList();
                }, YearlyFigure::uscc);
    }

    /** A file of qualifications: each replaces the enterprise's of its type. */
    ImportReport qualifications(InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        List<QualificationType> types = jdbi.withHandle(JdbiEnterpriseFacts::types);
        return importFile(in, format, fileName, "qualifications",
                limits -> new FactFileImports.Qualifications(types, limits, progress), (h, qualifications, changes, history) -> {
                    Map<String, String> before = qualificationsBefore(h, qualifications);
                    run(h, "delete from enterprise_qualification where type = ? and uscc = ?", qualifications, (st, q) -> {
                        st.setString(1, q.type());
                        st.setString(2, q.uscc().value());
                    });
                    FactWrites.putQualifications(h, qualifications);
                    qualifications.forEach(q -> history.add(FactHistory.qualification(null, q).withBefore(
                            before.get(q.type() + "/" + q.uscc().value()))));
                    return qualifications.stream().map(q -> q.uscc().value()).toList();
                }, Qualification::uscc);
    }

    /** A file of credit grades, each with its reason (its own audit record, as a grade set by hand). */
    ImportReport creditGrades(InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        return importFile(in, format, fileName, "creditGrades", limits -> new FactFileImports.Grades(limits, progress),
                (h, grades, changes, history) -> {
            Map<String, String> before = column(h, "credit", grades.stream().map(g -> g.uscc().value()).toList());
            List<FactFileImports.GradeRow> changed = grades.stream()
                    .filter(g -> !java.util.Objects.equals(before.get(g.uscc().value()), g.grade() == null ? null : g.grade().name()))
                    .toList();
            Timestamp now = Timestamp.from(clock.instant());
            run(h, "update enterprise set credit = ?, updated_at = ? where uscc = ?", changed, (st, g) -> {
                st.setString(1, g.grade() == null ? null : g.grade().name());
                st.setTimestamp(2, now);
                st.setString(3, g.uscc().value());
            });
            // a grade changes only with its reason, kept in its own audit record (as setCreditGrade does)
            changed.forEach(g -> changes.add(() -> audit.record("facts.credit-grade", "Enterprise", g.uscc().value(),
                    RegistryAudit.object().put("creditGrade", before.get(g.uscc().value())).toString(),
                    RegistryAudit.object().put("creditGrade", g.grade() == null ? null : g.grade().name())
                            .put("reason", g.reason()).put("file", fileName).toString())));
            changed.forEach(g -> history.add(new FactHistory.Change(g.uscc().value(), FactHistory.CREDIT_GRADE, null,
                    before.get(g.uscc().value()), g.grade() == null ? null : g.grade().name(), g.reason())));
            return changed.stream().map(g -> g.uscc().value()).toList();
        }, FactFileImports.GradeRow::uscc);
    }

    /** A file of size classes (one audit record of the sizes before and after). */
    ImportReport sizes(InputStream in, ImportFormat format, String fileName, ImportProgress progress) throws IOException {
        return importFile(in, format, fileName, "sizes", limits -> new FactFileImports.Sizes(limits, progress),
                (h, sizes, changes, history) -> {
            Map<String, String> before = column(h, "size_class", sizes.stream().map(z -> z.uscc().value()).toList());
            List<FactFileImports.SizeRow> changed = sizes.stream()
                    .filter(z -> !z.size().name().equals(before.get(z.uscc().value()))).toList();
            Timestamp now = Timestamp.from(clock.instant());
            run(h, "update enterprise set size_class = ?, updated_at = ? where uscc = ?", changed, (st, z) -> {
                st.setString(1, z.size().name());
                st.setTimestamp(2, now);
                st.setString(3, z.uscc().value());
            });
            ObjectNode sizesBefore = RegistryAudit.object();
            ObjectNode sizesAfter = RegistryAudit.object();
            changed.forEach(z -> {
                sizesBefore.put(z.uscc().value(), before.get(z.uscc().value()));
                sizesAfter.put(z.uscc().value(), z.size().name());
                history.add(new FactHistory.Change(z.uscc().value(), FactHistory.SIZE, null, before.get(z.uscc().value()),
                        z.size().name(), null));
            });
            changes.add(() -> audit.record("facts.sizes", "ImportFile", fileName, sizesBefore.toString(), sizesAfter.toString()));
            return changed.stream().map(z -> z.uscc().value()).toList();
        }, FactFileImports.SizeRow::uscc);
    }

    /** The amounts the file's figures replace, by {@code KIND/YEAR/code} (history form), one index range per kind and year. */
    private static Map<String, String> figuresBefore(Handle h, List<YearlyFigure> figures) {
        Map<String, String> before = new java.util.HashMap<>();
        Map<String, List<String>> byKindYear = new java.util.TreeMap<>();
        figures.forEach(f -> byKindYear.computeIfAbsent(f.kind() + "/" + f.year(), k -> new ArrayList<>()).add(f.uscc().value()));
        byKindYear.forEach((kindYear, codes) -> {
            String[] key = kindYear.split("/");
            for (int i = 0; i < codes.size(); i += 500) {
                h.createQuery("select uscc, amount from enterprise_figure where kind = :kind and fig_year = :year "
                        + "and uscc in (<codes>)").bind("kind", key[0]).bind("year", Integer.parseInt(key[1]))
                        .bindList("codes", codes.subList(i, Math.min(codes.size(), i + 500)))
                        .map((rs, ctx) -> before.put(kindYear + "/" + rs.getString(1).strip(),
                                rs.getBigDecimal(2).stripTrailingZeros().toPlainString()))
                        .list();
            }
        });
        return before;
    }

    /** The validities the file's qualifications replace, by {@code TYPE/code}. */
    private static Map<String, String> qualificationsBefore(Handle h, List<Qualification> qualifications) {
        Map<String, String> before = new java.util.HashMap<>();
        Map<String, List<String>> byType = new java.util.TreeMap<>();
        qualifications.forEach(q -> byType.computeIfAbsent(q.type(), k -> new ArrayList<>()).add(q.uscc().value()));
        byType.forEach((type, codes) -> {
            for (int i = 0; i < codes.size(); i += 500) {
                h.createQuery("select uscc, valid_from, valid_until from enterprise_qualification where type = :type "
                        + "and uscc in (<codes>)").bind("type", type)
                        .bindList("codes", codes.subList(i, Math.min(codes.size(), i + 500)))
                        .map((rs, ctx) -> before.put(type + "/" + rs.getString(1).strip(),
                                rs.getDate(2).toLocalDate() + "/" + rs.getDate(3).toLocalDate()))
                        .list();
            }
        });
        return before;
    }

    /** Writes a good file's rows, returning the codes of the enterprises it changed; adds audit records to write after. */
    @FunctionalInterface
    private interface FactFileWriter<T> {
        List<String> write(Handle h, List<T> rows, List<Runnable> audits, List<FactHistory.Change> history);
    }

    /**
     * One fact file, all or nothing (staff holding {@value EnterpriseFactsService#PERMISSION_IMPORT}): read and checked whole by the import
     * kit, then in one transaction the registered check (a code not registered refuses the file), the writer, the
     * change log and the version; audited after the commit (the file's record, then the writer's own).
     */
    private <T> ImportReport importFile(InputStream in, ImportFormat format, String fileName, String what,
            java.util.function.Function<cn.gov.laoshan.district.api.imports.ImportLimits, CheckedRows<T>> rows,
            FactFileWriter<T> writer, java.util.function.Function<T, Uscc> code) throws IOException {
        JdbiEnterpriseFacts.checkStaff(access, EnterpriseFactsService.PERMISSION_IMPORT);
        ImportReader reader = new ImportReader(new RowValidator(LocalDate.now(clock)));
        List<Runnable> audits = new ArrayList<>();
        int[] changed = {0};
        cn.gov.laoshan.district.api.imports.ImportReport report = FileImport.run(reader.tableReader(), in,
                cn.gov.laoshan.district.api.imports.ImportFormat.valueOf(format.name()), rows.apply(reader.limits()),
                FileImport.inTransaction(jdbi, (h, checked) -> {
                    requireRegistered(h, checked, code);
                    List<T> values = checked.stream().map(CheckedRows.Checked::value).toList();
                    List<FactHistory.Change> history = new ArrayList<>();
                    List<String> codes = writer.write(h, values, audits, history);
                    changed[0] = codes.size();
                    FactHistory.write(h, clock.instant(), access.currentUser().orElse(null), fileName, history);
                    FactWrites.changed(h, Timestamp.from(clock.instant()), new java.util.TreeSet<>(codes));
                    return values.size();
                }));
        if (report.accepted()) {
            audit.record("facts.import", "ImportFile", fileName, null,
                    RegistryAudit.object().put(what, report.rowsImported()).put("changed", changed[0]).toString());
            audits.forEach(Runnable::run);
        }
        return ImportReader.report(report);
    }

    /** Refuses the file (rolled back) when a row's enterprise is not registered, each such row with its number. */
    private static <T> void requireRegistered(Handle h, List<CheckedRows.Checked<T>> rows, java.util.function.Function<T, Uscc> code) {
        List<String> codes = rows.stream().map(r -> code.apply(r.value()).value()).distinct().toList();
        Set<String> registered = new HashSet<>(column(h, "uscc", codes).keySet());
        List<ImportProblem> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size() && unknown.size() < ImportReader.MAX_PROBLEMS; i++) {
            Uscc uscc = code.apply(rows.get(i).value());
            if (!registered.contains(uscc.value())) {
                unknown.add(new ImportProblem(rows.get(i).row(), "统一社会信用代码", "统一社会信用代码" + uscc + "未登记。",
                        "The code " + uscc + " is not registered."));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportRefusedException(unknown);
        }
    }

    /** A column of the {@code enterprise} table for these codes (registered ones only), by code, 500 at a time. */
    private static Map<String, String> column(Handle h, String column, List<String> codes) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < codes.size(); i += 500) {
            h.createQuery("select uscc, " + column + " from enterprise where uscc in (<codes>)")
                    .bindList("codes", codes.subList(i, Math.min(codes.size(), i + 500)))
                    .map((rs, ctx) -> {
                        String value = rs.getString(2);
                        values.put(rs.getString(1).strip(), value == null ? null : value.strip());
                        return null;
                    }).list();
        }
        return values;
    }

    private static <T> void run(Handle h, String sql, List<T> rows, cn.gov.laoshan.district.core.db.JdbcBatch.Binder<T> binder) {
        cn.gov.laoshan.district.core.db.JdbcBatch.write(h.getConnection(), sql, rows, binder, "enterprise facts");
    }
}
