package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseEvents;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseValidationException;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportProgress;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * The registry service: checks the caller's permission, validates, and hands the work to the class of each concern —
 * the table ({@link EnterpriseStore}), the search index kept current ({@link SearchIndexMaintenance}: pages, counts
 * and exports are served by it once loaded), bulk writes ({@link BulkImport}: Derby bulk insert, PostgreSQL
 * {@code COPY}), the export ({@link EnterpriseExport}) and the audit ({@link RegistryAudit}); then posts the
 * events. Portable SQL, Derby and PostgreSQL.
 */
public class JdbiEnterpriseRegistry implements EnterpriseRegistry {

    private final AccessControl access;
    private final RegistryAudit audit;
    private final EventPublisher events;
    private final Clock clock;
    private final EnterpriseStore store;
    private final SearchIndexMaintenance index;
    private final BulkImport bulk;
    private final EnterpriseExport export;

    /**
     * @param tables the file format of {@link #exportXlsx} (the module gives the UI kit's .xlsx writer,
     *            {@code ui/XlsxTables})
     */
    public JdbiEnterpriseRegistry(Jdbi jdbi, AccessControl access, Supplier<Optional<AuditLog>> audit, EventPublisher events, Clock clock,
            TableWriter.Format tables) {
        this.access = access;
        this.audit = new RegistryAudit(audit);
        this.events = events;
        this.clock = clock;
        this.store = new EnterpriseStore(jdbi);
        this.index = new SearchIndexMaintenance(jdbi, clock, store::written);
        this.bulk = new BulkImport(jdbi, index, clock);
        this.export = new EnterpriseExport(store, index, tables);
    }

    @Override
    public Optional<Enterprise> find(Uscc uscc) {
        access.check(PERMISSION_READ);
        return store.find(uscc);
    }

    @Override
    public List<Enterprise> list(EnterpriseQuery query) {
        access.check(PERMISSION_READ);
        SearchIndex searchIndex = index.awaitIndex();
        return searchIndex != null ? store.byCodes(searchIndex.page(query)) : store.page(query);
    }

    @Override
    public long count(EnterpriseQuery query) {
        access.check(PERMISSION_READ);
        SearchIndex searchIndex = index.awaitIndex();
        return searchIndex != null ? searchIndex.count(query) : store.count(query);
    }

    @Override
    public void create(Enterprise enterprise) {
        access.check(PERMISSION_EDIT);
        validate(enterprise);
        Timestamp now = Timestamp.from(clock.instant());
        boolean created = store.jdbi().inTransaction(h -> {
            if (EnterpriseStore.exists(h, enterprise.uscc())) {
                return false;
            }
            EnterpriseStore.insert(h, List.of(enterprise), now);
            index.logChanges(h, List.of(enterprise));
            return true;
        });
        if (!created) {
            throw new EnterpriseValidationException(List.of(new ImportReport.Problem(0, Column.USCC.zh(),
                    "统一社会信用代码" + enterprise.uscc() + "已登记。", "The code " + enterprise.uscc() + " is registered already.")));
        }
        store.written();
        index.merge(List.of(enterprise), now);
        audit.created(enterprise);
        events.post(EnterpriseEvents.REGISTERED, Map.of(EnterpriseEvents.USCC, enterprise.uscc().value(),
                EnterpriseEvents.NAME, enterprise.name()));
    }

    @Override
    public void update(Enterprise enterprise) {
        access.check(PERMISSION_EDIT);
        validate(enterprise);
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Enterprise> before = store.jdbi().inTransaction(h -> {
            Optional<Enterprise> old = EnterpriseStore.find(h, enterprise.uscc());
            if (old.isPresent() && old.get().creditGrade() != enterprise.creditGrade()) {
                // the grade is a credit decision with a reason of its own (EnterpriseFactsService.setCreditGrade),
                // never a side effect of correcting the registration
                throw new EnterpriseValidationException(List.of(GradeChange.problem(0, old.get().creditGrade(),
                        enterprise.creditGrade())));
            }
            if (old.isPresent()) {
                EnterpriseStore.update(h, List.of(enterprise), now);
                index.logChanges(h, List.of(enterprise));
            }
            return old;
        });
        if (before.isEmpty()) {
            throw new EnterpriseValidationException(List.of(new ImportReport.Problem(0, Column.USCC.zh(),
                    "统一社会信用代码" + enterprise.uscc() + "未登记。", "The code " + enterprise.uscc() + " is not registered.")));
        }
        store.written();
        index.merge(List.of(enterprise), now);
        audit.updated(before.get(), enterprise);
        events.post(EnterpriseEvents.UPDATED, Map.of(EnterpriseEvents.USCC, enterprise.uscc().value(),
                EnterpriseEvents.NAME, enterprise.name()));
    }

    @Override
    public ImportReport importFile(InputStream in, ImportFormat format, String fileName) throws IOException {
        return importFile(in, format, fileName, ImportProgress.NONE);
    }

    @Override
    public ImportReport importFile(InputStream in, ImportFormat format, String fileName, ImportProgress progress)
            throws IOException {
        access.check(PERMISSION_IMPORT);
        ImportReport report = bulk.importFile(in, format, fileName, progress);
        if (report.problems().isEmpty()) {
            audit.imported(fileName, report.rowsImported());
            events.post(EnterpriseEvents.IMPORTED, Map.of(EnterpriseEvents.COUNT, report.rowsImported(), EnterpriseEvents.FILE_NAME,
                    fileName == null ? "" : fileName));
        }
        return report;
    }

    /**
     * Writes enterprises in one transaction: new codes inserted, known ones updated, in batches. No permission
     * check: for the platform's own demo data.
     */
    public int save(List<Enterprise> enterprises) {
        return bulk.save(enterprises, Timestamp.from(clock.instant()));
    }

    @Override
    public void exportXlsx(EnterpriseQuery query, OutputStream out) throws IOException {
        exportXlsx(query, out, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void exportXlsx(EnterpriseQuery query, OutputStream out, Locale locale) throws IOException {
        access.check(PERMISSION_READ);
        export.write(query, out, locale);
    }

    /** Whether the registry holds no enterprise (no permission check: for start-up). */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** Loads the search index on the executor; searches asked meanwhile wait for it. */
    public CompletableFuture<SearchIndex> loadIndexAsync(Executor executor) {
        return index.loadAsync(executor);
    }

    /**
     * Reads the search columns of every enterprise into the {@link SearchIndex} (a few seconds at a million rows);
     * from then on pages and counts are served by it. Safe to call again (reloads).
     */
    public SearchIndex loadIndex() {
        return index.load();
    }

    /** Applies other nodes' logged changes to the search index (called every few seconds by the module). */
    public void refreshIndex() {
        index.refresh();
    }

    /** The search index, or {@code null} before {@link #loadIndex()}. */
    public SearchIndex index() {
        return index.index();
    }

    /** Forgets the cached counts (benchmarks measure the database, not the cache). */
    public void forgetCounts() {
        store.written();
        SearchIndex searchIndex = index.index();
        if (searchIndex != null) {
            searchIndex.forgetFragments();
        }
    }

    private void validate(Enterprise enterprise) {
        List<ImportReport.Problem> problems = new RowValidator(LocalDate.now(clock)).check(enterprise);
        if (!problems.isEmpty()) {
            throw new EnterpriseValidationException(problems);
        }
    }
}
