package cn.gov.laoshan.district.registry.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.api.enterprise.ImportReport;

/** The problems of a refused import file, row by row: nothing was imported. */
class ImportReportDialog extends Dialog {

    ImportReportDialog(String fileName, ImportReport report) {
        setId("registry-import-report");
        setHeaderTitle(getTranslation("registry.import.refused.title", fileName));
        setWidth("860px");
        Locale locale = getLocale();
        Paragraph summary = new Paragraph(getTranslation("registry.import.refused", report.rowsRead(), report.problems().size()));
        summary.setId("registry-import-summary");
        Grid<ImportReport.Problem> problems = new Grid<>();
        problems.setId("registry-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "" : Integer.toString(p.row())).setHeader(getTranslation("registry.import.row"))
                .setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> p.field() == null ? "" : p.field()).setHeader(getTranslation("registry.import.field"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.message(locale)).setHeader(getTranslation("registry.import.problem")).setFlexGrow(1);
        problems.setItems(report.problems());
        problems.setHeight("360px");
        add(summary, problems);
        Button close = new Button(getTranslation("registry.action.close"), e -> close());
        close.setId("registry-import-report-close");
        getFooter().add(close);
    }
}
