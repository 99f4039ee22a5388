package cn.gov.laoshan.district.registry.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;

/**
 * The export: the current filter and sort, all rows, with the import's headers in the reader's language (so that an
 * export imports back), in the format it is given. With a search index the index gives the order and the filters and
 * the rows are read by code, a thousand at a time; without one, one SQL stream. No permission check: the registry
 * does that.
 */
final class EnterpriseExport {

    private final EnterpriseStore store;
    private final SearchIndexMaintenance index;
    private final TableWriter.Format format;

    EnterpriseExport(EnterpriseStore store, SearchIndexMaintenance index, TableWriter.Format format) {
        this.store = store;
        this.index = index;
        this.format = format;
    }

    void write(EnterpriseQuery query, OutputStream out, Locale locale) throws IOException {
        // headers in the reader's language: the import knows both (Column.ofHeader)
        List<String> headers = Arrays.stream(Column.values()).map(c -> c.label(locale)).toList();
        String sheetName = locale != null && "en".equals(locale.getLanguage()) ? "Enterprises" : "市场主体";
        SearchIndex searchIndex = index.awaitIndex();
        try (TableWriter table = format.open(out, sheetName, headers)) {
            if (searchIndex == null) {
                store.forEach(query, e -> row(table, e));
                return;
            }
            List<String> codes = new ArrayList<>(EnterpriseQuery.MAX_LIMIT);
            Runnable flush = () -> {
                store.byCodes(codes).forEach(e -> row(table, e));
                codes.clear();
            };
            searchIndex.forEachMatch(query, code -> {
                codes.add(code);
                if (codes.size() == EnterpriseQuery.MAX_LIMIT) {
                    flush.run();
                }
            });
            flush.run();
        }
    }

    private static void row(TableWriter table, Enterprise e) {
        table.row(e.uscc().value(), e.name(), e.type(), e.legalRepresentative(), e.registeredCapital(), e.establishedOn(),
                e.address(), e.industryCode(), e.status().zh(), e.creditGrade() == null ? null : e.creditGrade().name(),
                e.size() == null ? null : e.size().zh());
    }
}
