package cn.gov.laoshan.district.registry.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseQuery;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSort;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.registry.demo.Industries;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;

/**
 * 市场主体库: the registry as a lazy grid with filters (code, name fragment, industry, status), sortable columns,
 * the count, import (CSV/xlsx, all or nothing, with the per-row report when refused), export of the current filter
 * to .xlsx; a row opens the enterprise's page, 登记 the form for a new one.
 */
public class EnterpriseListView extends VerticalLayout {

    private final EnterpriseRegistry registry;
    private final AccessControl access;
    private final QueryGrid<Enterprise> grid = new QueryGrid<>(Enterprise.class);
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField industry = new TextField();
    private final Select<EnterpriseStatus> status = new Select<>();

    public EnterpriseListView(EnterpriseRegistry registry, AccessControl access) {
        this.registry = registry;
        this.access = access;
        setId("registry-enterprises");
        setSizeFull();
        Locale locale = getLocale();

        code.setLabel(getTranslation("registry.filter.code"));
        code.setPlaceholder("91370212…");
        code.setId("registry-filter-code");
        name.setLabel(getTranslation("registry.filter.name"));
        name.setPlaceholder(getTranslation("registry.filter.name.placeholder"));
        name.setId("registry-filter-name");
        industry.setLabel(getTranslation("registry.filter.industry"));
        industry.setPlaceholder(getTranslation("registry.filter.industry.placeholder"));
        industry.setId("registry-filter-industry");
        industry.setWidth("9em");
        status.setLabel(getTranslation("registry.field.status"));
        status.setItems(EnterpriseStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("registry.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("registry.filter.any") : getTranslation(s.messageKey()));
        status.setId("registry-filter-status");
        grid.addFilter(code);
        grid.addFilter(name);
        grid.addFilter(industry);
        grid.addFilter(status);

        var g = grid.grid();
        g.setId("registry-grid");
        g.addColumn(e -> e.uscc().value()).setKey(EnterpriseSort.USCC.name()).setSortable(true)
                .setHeader(getTranslation("registry.field.uscc")).setWidth("13.5em").setFlexGrow(0);
        g.addColumn(Enterprise::name).setKey(EnterpriseSort.NAME.name()).setSortable(true)
                .setHeader(getTranslation("registry.field.name")).setWidth("20em").setFlexGrow(1).setResizable(true);
        g.addColumn(e -> Formats.companyType(e.type(), locale, this::getTranslation)).setHeader(getTranslation("registry.field.type")).setWidth("9em").setFlexGrow(0);
        g.addColumn(Enterprise::legalRepresentative).setHeader(getTranslation("registry.field.legal")).setWidth("6.5em").setFlexGrow(0);
        g.addColumn(e -> Formats.capital(e.registeredCapital(), locale)).setKey(EnterpriseSort.REGISTERED_CAPITAL.name())
                .setSortable(true).setHeader(getTranslation("registry.field.capital")).setTextAlign(ColumnTextAlign.END)
                .setWidth("9.5em").setFlexGrow(0);
        g.addColumn(e -> Dates.date(e.establishedOn(), locale)).setKey(EnterpriseSort.ESTABLISHED_ON.name())
                .setSortable(true).setHeader(getTranslation("registry.field.established")).setWidth("9.5em").setFlexGrow(0);
        g.addColumn(e -> Industries.label(e.industryCode(), locale)).setKey(EnterpriseSort.INDUSTRY_CODE.name())
                .setSortable(true).setHeader(getTranslation("registry.field.industry")).setWidth("12em").setFlexGrow(0);
        g.addColumn(e -> getTranslation(e.status().messageKey())).setKey(EnterpriseSort.STATUS.name()).setSortable(true)
                .setHeader(getTranslation("registry.field.status")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(e -> e.creditGrade() == null ? "" : e.creditGrade().name())
                .setHeader(getTranslation("registry.field.credit")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(e -> e.size() == null ? "" : getTranslation(e.size().messageKey()))
                .setHeader(getTranslation("registry.field.size")).setAutoWidth(true).setFlexGrow(0);
        g.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EnterprisePageView.class,
                new com.vaadin.flow.router.RouteParameters(EnterprisePageView.USCC, e.getItem().uscc().value()))));

        grid.setCountText(n -> getTranslation("registry.count", String.format(Locale.ROOT, "%,d", n)));
        grid.countLabel().setId("registry-count");
        grid.setSource((offset, limit, sort) -> registry.list(query(sort, offset, limit)),
                () -> registry.count(query(List.of(), 0, 1)));

        if (access.has(EnterpriseRegistry.PERMISSION_EDIT)) {
            Button create = new Button(getTranslation("registry.action.new"), VaadinIcon.PLUS.create(),
                    e -> openNew());
            create.setId("registry-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            grid.addActions(create);
        }
        ImportBar importBar = access.has(EnterpriseRegistry.PERMISSION_IMPORT) ? new ImportBar(this, "registry-import", this::runImport)
                : null;
        if (importBar != null) {
            grid.addActions(importBar.upload());
        }
        Anchor export = new Anchor(ExcelExport.download(getTranslation("registry.export.file") + "-" + LocalDate.now() + ".xlsx",
                out -> registry.exportXlsx(query(List.of(), 0, 1), out, getLocale())), "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("registry.action.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        export.setId("registry-export");
        grid.addActions(export);

        if (importBar != null) {
            add(importBar.progress());
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    private EnterpriseQuery query(List<QuerySortOrder> sort, int offset, int limit) {
        QuerySortOrder first = QueryGrid.firstSort(sort);
        EnterpriseSort column = first == null ? EnterpriseSort.NAME : EnterpriseSort.valueOf(first.getSorted());
        boolean ascending = first == null || first.getDirection() == SortDirection.ASCENDING;
        return new EnterpriseQuery(code.getValue(), name.getValue(), industry.getValue(), status.getValue(), column,
                ascending, offset, Math.min(limit, EnterpriseQuery.MAX_LIMIT));
    }

    /** Imports an uploaded file of enterprises: all or nothing, the per-row report when refused. */
    private void runImport(String fileName, Path file, ImportFormat format, ImportBar.Progress progress) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ImportReport report = registry.importFile(in, format, fileName, progress);
            if (report.accepted()) {
                notify(getTranslation("registry.import.accepted", String.format(Locale.ROOT, "%,d", report.rowsImported())),
                        NotificationVariant.LUMO_SUCCESS);
                grid.refresh();
            } else {
                new ImportReportDialog("registry", fileName, ImportReader.generic(report), getLocale()).open();
            }
        }
    }

    /** 登记: the form for a new enterprise (a row opens the enterprise's page, which edits and shows its facts). */
    private void openNew() {
        new EnterpriseDialog(registry, null, null, true, saved -> {
            grid.refresh();
            notify(getTranslation("registry.saved.new", saved.name()), NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    private static void notify(String text, NotificationVariant variant) {
        ImportBar.notify(text, variant);
    }
}
