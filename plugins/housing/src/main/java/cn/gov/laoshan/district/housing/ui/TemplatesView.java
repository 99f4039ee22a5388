package cn.gov.laoshan.district.housing.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.domain.TemplateItem;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.housing.service.TemplateExcel;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;
import cn.gov.laoshan.district.housing.service.TemplateService;
import cn.gov.laoshan.district.uikit.BoundedUpload;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Fields;

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
    private final Button rename = new Button();
    private final Button addItem = new Button();

    public TemplatesView(TemplateService templates) {
        this.templates = templates;
        setId("housing-templates");
        setSizeFull();
        template.setId("template-select");
        template.setLabel(getTranslation("housing.plan.template"));
        template.setItemLabelGenerator(t -> t.name() + (t.active() ? "" : getTranslation("housing.punct.open") + getTranslation("housing.template.inactive") + getTranslation("housing.punct.close")));
        template.addValueChangeListener(e -> showItems(e.getValue()));
        toggle.setId("template-toggle");
        toggle.addClickListener(e -> {
            Template t = template.getValue();
            if (t != null && Ui.run(this, () -> templates.setActive(t.id(), !t.active())) != null) {
                reload(t.name());
            }
        });
        Anchor export = new Anchor(ExcelExport.download(getTranslation("housing.export.templates-file"), out -> templates.exportXlsx(List.of(), out)), "");
        Button exportButton = new Button(getTranslation("housing.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("templates-export");
        // the limit is the server's too: a larger request is cut off before it is read into memory
        Upload upload = new Upload(BoundedUpload.inMemory(TemplateExcel.MAX_FILE_BYTES, this::runImport)
                .whenTooLarge(name -> Ui.error(getTranslation("housing.template.too-big",
                        TemplateExcel.MAX_FILE_BYTES / BoundedUpload.MIB))));
        upload.setId("templates-import");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFileSize((int) TemplateExcel.MAX_FILE_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("housing.template.import"), VaadinIcon.UPLOAD.create()));
        Button create = new Button(getTranslation("housing.template.new"), VaadinIcon.PLUS.create(), e -> menuDialog(null));
        create.setId("template-new");
        rename.setId("template-rename");
        rename.addClickListener(e -> {
            if (template.getValue() != null) {
                menuDialog(template.getValue());
            }
        });
        addItem.setId("template-add-item");
        addItem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addItem.addClickListener(e -> {
            if (template.getValue() != null) {
                itemDialog(template.getValue(), null);
            }
        });
        HorizontalLayout bar = new HorizontalLayout(template, toggle, rename, create, addItem, export, upload);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        items.setId("template-items");
        items.addColumn(TemplateItem::key).setHeader(getTranslation("housing.item.key")).setAutoWidth(true).setFlexGrow(0);
        items.addColumn(i -> getTranslation("housing.stage." + i.stage())).setHeader(getTranslation("housing.item.stage"))
                .setFlexGrow(1);
        // names, departments and materials are long Chinese texts: wrapped in full rather than cut to "项目公…"
        items.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        items.addColumn(TemplateItem::name).setHeader(getTranslation("housing.item.name")).setFlexGrow(3);
        items.addColumn(TemplateItem::department).setHeader(getTranslation("housing.item.department")).setFlexGrow(2);
        items.addColumn(TemplateItem::materials).setHeader(getTranslation("housing.item.materials")).setFlexGrow(4);
        items.addColumn(TemplateItem::durationDays).setHeader(getTranslation("housing.item.days")).setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(i -> String.join(", ", new java.util.TreeSet<>(i.prerequisites())))
                .setHeader(getTranslation("housing.item.prerequisites")).setWidth("6.5em").setFlexGrow(0);
        items.addColumn(i -> i.simulatedAllowed() ? getTranslation("housing.yes") : "")
                .setHeader(getTranslation("housing.item.simulated-allowed")).setWidth("7em").setFlexGrow(0);
        items.addComponentColumn(this::itemActions).setHeader(getTranslation("housing.template.actions"))
                .setAutoWidth(true).setFlexGrow(0);
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
        rename.setText(getTranslation("housing.template.edit"));
        rename.setEnabled(t != null);
        addItem.setText(getTranslation("housing.template.add-item"));
        addItem.setEnabled(t != null);
    }

    private Component itemActions(TemplateItem i) {
        Button edit = new Button(getTranslation("housing.template.item-edit-button"), e -> itemDialog(template.getValue(), i));
        edit.setId("item-edit-" + i.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("housing.template.item-remove"), e -> removeDialog(template.getValue(), i));
        remove.setId("item-remove-" + i.key());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    /** Creates a menu ({@code t} null) or changes its name and kind. */
    private void menuDialog(Template t) {
        TextField name = new TextField(getTranslation("housing.template.name"));
        name.setId("template-name");
        name.setRequired(true);
        name.setMaxLength(100);
        Select<InvestmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("housing.template.kind"));
        kind.setId("template-kind");
        kind.setItems(InvestmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("housing.kind." + k));
        kind.setValue(t == null ? InvestmentKind.SOCIAL : t.kind());
        if (t != null) {
            name.setValue(t.name());
        }
        Dialog dialog = Ui.dialog(this, t == null ? "housing.template.new" : "housing.template.edit", name, kind);
        dialog.setId("template-dialog");
        dialog.getFooter().add(Ui.okAt(this, dialog, Map.of("templateName", name, "kind", kind),
                () -> t == null ? templates.create(name.getValue(), kind.getValue())
                        : templates.rename(t.id(), name.getValue(), kind.getValue()),
                saved -> reload(saved.name())));
        dialog.open();
    }

    /** Adds an item ({@code i} null) or edits one; prerequisites are picked from the menu's other items. */
    private void itemDialog(Template t, TemplateItem i) {
        TextField key = new TextField(getTranslation("housing.item.key"));
        key.setId("item-key");
        key.setRequired(true);
        key.setMaxLength(20);
        Select<Stage> stage = new Select<>();
        stage.setLabel(getTranslation("housing.item.stage"));
        stage.setId("item-stage");
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(st -> getTranslation("housing.stage." + st));
        TextField name = new TextField(getTranslation("housing.item.name"));
        name.setId("item-name");
        name.setRequired(true);
        name.setMaxLength(200);
        TextField department = new TextField(getTranslation("housing.item.department"));
        department.setId("item-department");
        department.setRequired(true);
        department.setMaxLength(100);
        TextArea materials = new TextArea(getTranslation("housing.item.materials"));
        materials.setId("item-materials");
        materials.setMaxLength(2000);
        IntegerField days = new IntegerField(getTranslation("housing.item.days"));
        days.setId("item-days");
        Fields.range(days, 0, 720, this);
        MultiSelectComboBox<String> pre = new MultiSelectComboBox<>(getTranslation("housing.item.prerequisites"));
        pre.setId("item-prerequisites");
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        t.items().stream().filter(o -> i == null || !o.key().equals(i.key())).forEach(o -> names.put(o.key(), o.name()));
        pre.setItems(names.keySet());
        pre.setItemLabelGenerator(k -> k + " " + names.getOrDefault(k, ""));
        Checkbox simulated = new Checkbox(getTranslation("housing.item.simulated-allowed"));
        simulated.setId("item-simulated-allowed");
        if (i != null) {
            key.setValue(i.key());
            stage.setValue(i.stage());
            name.setValue(i.name());
            department.setValue(i.department());
            materials.setValue(i.materials() == null ? "" : i.materials());
            days.setValue(i.durationDays());
            pre.setValue(new java.util.LinkedHashSet<>(i.prerequisites()));
            simulated.setValue(i.simulatedAllowed());
        } else {
            stage.setValue(Stage.values()[0]);
            days.setValue(5);
        }
        Dialog dialog = Ui.dialog(this, i == null ? "housing.template.item-new" : "housing.template.item-edit", key,
                stage, name, department, days, pre, materials, simulated);
        dialog.setId("item-dialog");
        dialog.setWidth("48rem");
        dialog.getFooter().add(Ui.okAt(this, dialog, Map.of("key", key, "stage", stage, "name", name, "department",
                department, "materials", materials, "duration", days, "prerequisites", pre), () -> {
                    if (days.isInvalid() || days.getValue() == null) {
                        throw new RefusedException("duration",
                                "housing.error.duration");
                    }
                    return templates.saveItem(t.id(), i == null ? null : i.key(), new TemplateItem(key.getValue(),
                            stage.getValue(), name.getValue(), department.getValue(), materials.getValue(),
                            days.getValue(), pre.getValue(), simulated.getValue()));
                }, saved -> reload(saved.name())));
        dialog.open();
    }

    private void removeDialog(Template t, TemplateItem i) {
        Dialog dialog = new Dialog(getTranslation("housing.template.item-remove-confirm", i.key() + " " + i.name()));
        dialog.setId("item-remove-dialog");
        dialog.getFooter().add(new Button(getTranslation("housing.cancel"), e -> dialog.close()),
                Ui.ok(this, dialog, () -> templates.removeItem(t.id(), i.key()), saved -> reload(saved.name())));
        dialog.open();
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
                new ImportReportDialog("template", fileName, ImportReport.refused(result.rowsRead(), result.problems()),
                        getLocale()).open();
            }
        } catch (AccessDeniedException e) {
            Ui.error(getTranslation("shell.error.denied.text"));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(TemplatesView.class).warn("template import of {} failed", fileName, e);
            Ui.error(getTranslation("housing.template.import-failed"));
        }
    }
}
