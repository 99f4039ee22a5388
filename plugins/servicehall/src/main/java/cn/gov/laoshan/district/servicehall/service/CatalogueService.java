package cn.gov.laoshan.district.servicehall.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.servicehall.domain.CatalogueFilter;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.uikit.imports.FileImport;

/**
 * The service item catalogue: read by every holder of {@link ServiceHallRoles#CATALOGUE_READ}; imported (new items
 * added, known codes replaced, all or nothing) only by the centre's administrators, each import audited.
 */
public class CatalogueService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogueRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    public CatalogueService(CatalogueRepository repository, AccessControl access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ServiceItem> list(CatalogueFilter filter, int offset, int limit) {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.list(filter, offset, limit);
    }

    public long count(CatalogueFilter filter) {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.count(filter);
    }

    public Optional<ServiceItem> find(String code) {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.find(code);
    }

    /** Whether the user may import the catalogue (the screen offers the upload only then; the import checks again). */
    public boolean mayManage() {
        return access.scope(ServiceHallRoles.CATALOGUE_MANAGE).includes(ServiceHallRoles.DEPARTMENT);
    }

    public List<String> departments() {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        return repository.departments();
    }

    /**
     * An active item by its code, for the plugin's own booking pages: the catalogue is public information (the
     * public booking page shows it to residents without an account), so this reads without a permission.
     */
    Optional<ServiceItem> offered(String code) {
        return code == null ? Optional.empty() : repository.find(code).filter(ServiceItem::active);
    }

    /** Every active item, for choosing one to book (public information, as {@link #offered}). */
    public List<ServiceItem> offeredItems() {
        return repository.list(CatalogueFilter.ALL, 0, CatalogueExcel.MAX_ROWS).stream().filter(ServiceItem::active)
                .toList();
    }

    public void exportXlsx(CatalogueFilter filter, OutputStream out) throws IOException {
        access.check(ServiceHallRoles.CATALOGUE_READ);
        CatalogueExcel.write(out, repository.list(filter, 0, Integer.MAX_VALUE));
    }

    /** Imports an .xlsx or .csv: every row checked first, then all items written in one transaction, audited once. */
    public ImportReport importFile(InputStream in, String fileName) {
        access.check(ServiceHallRoles.CATALOGUE_MANAGE, ServiceHallRoles.DEPARTMENT);
        ImportFormat format = ImportFormat.ofFileName(fileName);
        if (format == null) {
            throw new RefusedException(null, "servicehall.import.format");
        }
        String by = access.currentUser().orElseThrow().login();
        ImportReport report;
        try {
            report = CatalogueExcel.read(in, format, FileImport.inTransaction(repository.jdbi(), (h, rows) -> {
                rows.forEach(r -> repository.save(h, r.value(), by, clock.instant()));
                return rows.size();
            }));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (report.accepted()) {
            // the file's name as the uploader gave it, escaped by Jackson (quotes, backslashes, control characters)
            ObjectNode details = JSON.createObjectNode().put("file", fileName).put("items", report.rowsImported());
            audit.record(ServiceHallRoles.PLUGIN, "catalogue.import", "ServiceCatalogue", null, null,
                    details.toString());
        }
        return report;
    }
}
