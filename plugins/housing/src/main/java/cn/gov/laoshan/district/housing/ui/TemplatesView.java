package cn.gov.laoshan.district.housing.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.housing.service.TemplateExcel;
import cn.gov.laoshan.district.housing.service.TemplateService;
import cn.gov.laoshan.district.uikit.ExcelExport;

/**
 * The approval service menus (审批服务菜单): one menu's items by stage with department, materials, duration,
 * prerequisites and whether simulated approval is allowed; import (all or nothing, per-row report) and export
 * in the same .xlsx format; a menu can be switched off.
 */
public class TemplatesView extends VerticalLayout {

    private final TemplateService templates;
    private final Select<Template> template = new Select<>();
    private final Grid<TemplateItem> items = new Grid<>();
    private final Button toggle = new Button();

    public TemplatesView(TemplateService templates) {
        this.templates = templates;
        setId("housing-templates");
        setSizeFull();
        template.setId("template-select");
        template.setLabel(getTranslation("housing.plan.template"));
        template.setItemLabelGenerator(t -> t.name() + (t.active() ? "" : "（" + getTranslation("housing.template.inactive") + "）"));
        template.addValueChangeListener(e -> showItems(e.getValue()));
        toggle.setId("template-toggle");
        toggle.addClickListener(e -> {
            Template t = template.getValue();
            if (t != null && Ui.run(this, () -> templates.setActive(t.id(), !t.active())) != null) {
                reload(t.name());
            }
        });
        Anchor export = new Anchor(ExcelExport.download("审批服务菜单.xlsx", out -> templates.exportXlsx(List.of(), out)), "");
        Button exportButton = new Button(getTranslation("housing.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("templates-export");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> runImport(metadata.fileName(), bytes)));
        upload.setId("templates-import");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("housing.template.import"), VaadinIcon.UPLOAD.create()));
        HorizontalLayout bar = new HorizontalLayout(template, toggle, export, upload);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        items.setId("template-items");
        items.addColumn(TemplateItem::key).setHeader(getTranslation("housing.item.key")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> getTranslation("housing.stage." + i.stage())).setHeader(getTranslation("housing.item.stage"))
                .setAutoWidth(true).setFlexGrow(0);
        items.addColumn(TemplateItem::name).setHeader(getTranslation("housing.item.name")).setFlexGrow(2);
        items.addColumn(TemplateItem::department).setHeader(getTranslation("housing.item.department"));
        items.addColumn(TemplateItem::materials).setHeader(getTranslation("housing.item.materials")).setFlexGrow(3);
        items.addColumn(TemplateItem::durationDays).setHeader(getTranslation("housing.item.days")).setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(i -> String.join(",", new java.util.TreeSet<>(i.prerequisites())))
                .setHeader(getTranslation("housing.item.prerequisites"));
        items.addColumn(i -> i.simulatedAllowed() ? getTranslation("housing.yes") : "")
                .setHeader(getTranslation("housing.item.simulated-allowed"));
        items.setSizeFull();
        add(bar, new Paragraph(getTranslation("housing.template.hint")), items);
        reload(null);
    }

    private void reload(String select) {
        List<Template> all = templates.list();
        template.setItems(all);
        all.stream().filter(t -> select == null || t.name().equals(select)).findFirst().ifPresent(template::setValue);
    }

    private void showItems(Template t) {
        items.setItems(t == null ? List.of() : t.items());
        toggle.setText(getTranslation(t != null && t.active() ? "housing.template.deactivate" : "housing.template.activate"));
        toggle.setEnabled(t != null);
    }

    private void runImport(String fileName, byte[] bytes) {
        try {
            TemplateService.ImportResult result = templates.importXlsx(new ByteArrayInputStream(bytes), fileName);
            if (result.problems().isEmpty()) {
                Notification.show(getTranslation("housing.template.imported", String.join("、", result.imported()),
                        result.rowsRead()), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload(result.imported().get(0));
            } else {
                report(fileName, result.problems());
            }
        } catch (AccessDeniedException e) {
            Ui.error(getTranslation("shell.error.denied.text"));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(TemplatesView.class).warn("template import of {} failed", fileName, e);
            Ui.error(getTranslation("housing.template.import-failed"));
        }
    }

    private void report(String fileName, List<TemplateExcel.Problem> problems) {
        Dialog dialog = new Dialog(getTranslation("housing.template.report", fileName));
        dialog.setWidth("50rem");
        boolean english = getLocale() != null && "en".equals(getLocale().getLanguage());
        Grid<TemplateExcel.Problem> grid = new Grid<>();
        grid.setId("template-import-report");
        grid.addColumn(TemplateExcel.Problem::row).setHeader(getTranslation("housing.template.row")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("housing.template.column"))
                .setAutoWidth(true);
        grid.addColumn(p -> english ? p.en() : p.zh()).setHeader(getTranslation("housing.template.problem")).setFlexGrow(3);
        grid.setItems(problems);
        dialog.add(new H3(getTranslation("housing.template.nothing-changed", problems.size())), grid);
        dialog.getFooter().add(new Button(getTranslation("housing.close"), e -> dialog.close()));
        dialog.open();
    }
}
