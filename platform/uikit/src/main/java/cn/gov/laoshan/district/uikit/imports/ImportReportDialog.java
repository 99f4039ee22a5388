package cn.gov.laoshan.district.uikit.imports;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportReport;

/**
 * The problems of a refused import file, row by row, in the UI language (the kit's words, {@link ImportMessages#KIT}):
 * a summary (rows read, problems, nothing imported) and a grid of row, field and problem. Element ids start with the
 * importer's prefix: {@code <prefix>-import-report} (the dialog), {@code -import-summary}, {@code -import-problems},
 * {@code -import-report-close}.
 */
public class ImportReportDialog extends Dialog {

    public ImportReportDialog(String idPrefix, String fileName, ImportReport report, Locale locale) {
        ImportMessages words = ImportMessages.KIT;
        setId(idPrefix + "-import-report");
        setHeaderTitle(words.text(locale, "import.report.title", fileName == null ? "" : fileName));
        setWidth("860px");
        Paragraph summary = new Paragraph(words.text(locale, "import.report.refused", ImportMessages.number(report.rowsRead()),
                ImportMessages.number(report.problems().size())));
        summary.setId(idPrefix + "-import-summary");
        Grid<ImportProblem> problems = new Grid<>();
        problems.setId(idPrefix + "-import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.addColumn(p -> p.row() == 0 ? "" : Integer.toString(p.row())).setHeader(words.text(locale, "import.report.row"))
                .setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> p.field() == null ? "" : p.field()).setHeader(words.text(locale, "import.report.field"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.message(locale)).setHeader(words.text(locale, "import.report.problem")).setFlexGrow(1);
        problems.setItems(report.problems());
        problems.setHeight("360px");
        add(summary, problems);
        Button close = new Button(words.text(locale, "import.report.close"), e -> close());
        close.setId(idPrefix + "-import-report-close");
        getFooter().add(close);
    }
}
