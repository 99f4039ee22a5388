package cn.gov.laoshan.district.registry.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import cn.gov.laoshan.district.api.enterprise.ImportFormat;
import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.registry.facts.FactFile;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;

/**
 * 事实导入 ({@code registry/facts/import}): staff holding {@code registry.facts.import} choose the kind of fact file
 * (yearly figures, qualifications, credit grades with their reasons, size classes), download its template (.xlsx,
 * headers in the UI language; both languages' headers are read) and upload a CSV or .xlsx file. The file is read and
 * checked whole, with a progress bar, and written all or nothing: a refused file's problems are listed row by row
 * (uikit's {@link ImportReportDialog}, ids {@code registry-facts-import-*}) and nothing is written; a good file is
 * written in one transaction, each changed fact kept in its enterprise's history and audited. The service checks the
 * permission again (and refuses enterprise users whatever they hold).
 */
public class FactImportView extends VerticalLayout {

    /** Imports a fact file of a kind, telling the progress (the registry's {@code JdbiEnterpriseFacts.importFile}). */
    @FunctionalInterface
    public interface Importer {
        ImportReport importFile(FactFile file, InputStream in, ImportFormat format, String fileName,
                cn.gov.laoshan.district.api.imports.ImportProgress progress) throws IOException;
    }

    private final Importer importer;
    private final Select<FactFile> kind = new Select<>();
    private final Paragraph columns = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final HorizontalLayout template = new HorizontalLayout();

    public FactImportView(Importer importer) {
        this.importer = importer;
        setId("registry-fact-import-view");
        kind.setId("registry-fact-import-kind");
        kind.setLabel(getTranslation("registry.fact-import.kind"));
        kind.setItems(FactFile.values());
        kind.setItemLabelGenerator(f -> f == null ? "" : getTranslation(key(f)));
        kind.setValue(FactFile.FIGURES);
        kind.addValueChangeListener(e -> describe());
        columns.setId("registry-fact-import-columns");
        result.setId("registry-fact-import-result");
        result.setVisible(false);
        ImportBar bar = new ImportBar(this, "registry-fact-import", this::runImport);
        HorizontalLayout choice = new HorizontalLayout(kind, template, bar.upload());
        choice.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        Paragraph rule = new Paragraph(getTranslation("registry.fact-import.rule"));
        add(rule, choice, columns, bar.progress(), result);
        describe();
    }

    private static String key(FactFile file) {
        return "registry.fact-import." + file.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The chosen kind's columns and its template. */
    private void describe() {
        FactFile file = kind.getValue();
        columns.setText(getTranslation(key(file) + ".columns"));
        boolean chinese = Dates.chinese(getLocale());
        String name = getTranslation(key(file)) + getTranslation("registry.fact-import.template-file") + ".xlsx";
        Anchor download = new Anchor(ExcelExport.download(name, out -> ExcelExport.write(out, getTranslation(key(file)),
                file.headers(chinese), List.of())), "");
        download.getElement().setAttribute("download", true);
        download.add(new Button(getTranslation("registry.fact-import.template"), VaadinIcon.DOWNLOAD.create()));
        download.setId("registry-fact-import-template");
        template.removeAll();
        template.add(download);
    }

    private void runImport(String fileName, Path file, ImportFormat format, ImportBar.Progress progress) throws IOException {
        FactFile chosen = kind.getValue();
        result.setVisible(false);
        ImportReport report;
        try (InputStream in = Files.newInputStream(file)) {
            report = importer.importFile(chosen, in, format, fileName, progress);
        }
        String rows = String.format(Locale.ROOT, "%,d", report.rowsImported());
        if (report.accepted()) {
            result.setText(getTranslation("registry.fact-import.accepted", fileName, getTranslation(key(chosen)), rows));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
            ImportBar.notify(getTranslation("registry.import.accepted", rows), NotificationVariant.LUMO_SUCCESS);
        } else {
            result.setText(getTranslation("registry.fact-import.refused", fileName, report.problems().size()));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
            new ImportReportDialog("registry-facts", fileName, ImportReader.generic(report), getLocale()).open();
        }
        result.setVisible(true);
    }
}
