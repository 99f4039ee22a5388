package cn.gov.laoshan.district.servicehall.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.servicehall.domain.CatalogueFilter;
import cn.gov.laoshan.district.servicehall.domain.Channel;
import cn.gov.laoshan.district.servicehall.domain.ItemGroup;
import cn.gov.laoshan.district.servicehall.domain.ServiceItem;
import cn.gov.laoshan.district.servicehall.service.CatalogueExcel;
import cn.gov.laoshan.district.servicehall.service.CatalogueService;
import cn.gov.laoshan.district.uikit.BoundedUpload;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.imports.ImportReportDialog;

/**
 * 事项目录: the catalogue filtered by text, department, group and channel; a row shows the item's materials (免证办
 * marked); export of what is shown, and for the centre's administrators the import (all or nothing, per-row report).
 */
public class CatalogueView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private final CatalogueService catalogue;
    private final QueryGrid<ServiceItem> list = new QueryGrid<>(ServiceItem.class);
    private final TextField text = new TextField();
    private final ComboBox<String> department = new ComboBox<>();
    private final ComboBox<ItemGroup> group = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();

    public CatalogueView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        setId("servicehall-catalogue");
        setSizeFull();
        list.grid().addColumn(ServiceItem::code).setHeader(getTranslation("servicehall.item.code")).setAutoWidth(true);
        list.grid().addColumn(ServiceItem::name).setHeader(getTranslation("servicehall.item.name")).setFlexGrow(3);
        list.grid().addColumn(ServiceItem::department).setHeader(getTranslation("servicehall.item.department"))
                .setFlexGrow(2);
        list.grid().addColumn(i -> getTranslation("servicehall.group." + i.group()))
                .setHeader(getTranslation("servicehall.item.group"));
        list.grid().addColumn(i -> getTranslation("servicehall.item.days-value", i.legalDays(), i.promisedDays()))
                .setHeader(getTranslation("servicehall.item.days"));
        list.grid().addColumn(this::channels).setHeader(getTranslation("servicehall.item.channels")).setFlexGrow(2);
        list.grid().addColumn(i -> i.fee().signum() == 0 ? getTranslation("servicehall.item.free")
                : i.fee().format(getLocale())).setHeader(getTranslation("servicehall.item.fee"));
        list.grid().addItemClickListener(e -> details(e.getItem()));
        text.setPlaceholder(getTranslation("servicehall.catalogue.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("servicehall-catalogue-search");
        list.addFilter(text);
        department.setLabel(getTranslation("servicehall.item.department"));
        department.setItems(catalogue.departments());
        department.setClearButtonVisible(true);
        list.addFilter(department);
        group.setLabel(getTranslation("servicehall.item.group"));
        group.setItems(ItemGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("servicehall.group." + g));
        group.setClearButtonVisible(true);
        list.addFilter(group);
        channel.setLabel(getTranslation("servicehall.item.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("servicehall.channel." + c));
        channel.setClearButtonVisible(true);
        channel.setId("servicehall-catalogue-channel");
        list.addFilter(channel);
        Anchor export = new Anchor(ExcelExport.download(getTranslation("servicehall.catalogue.file"),
                out -> catalogue.exportXlsx(filter(), out)), "");
        Button exportButton = new Button(getTranslation("servicehall.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("servicehall-catalogue-export");
        list.addActions(export);
        if (catalogue.mayManage()) {
            Upload upload = new Upload(BoundedUpload.inMemory(CatalogueExcel.MAX_FILE_BYTES, this::runImport)
                    .whenTooLarge(name -> Notification.show(getTranslation("servicehall.import.too-big",
                            CatalogueExcel.MAX_FILE_BYTES / BoundedUpload.MIB))));
            upload.setId("servicehall-catalogue-import");
            upload.setAcceptedFileTypes(".xlsx", ".csv");
            upload.setMaxFileSize((int) CatalogueExcel.MAX_FILE_BYTES);
            upload.setDropAllowed(false);
            upload.setUploadButton(new Button(getTranslation("servicehall.import"), VaadinIcon.UPLOAD.create()));
            list.addActions(upload);
        }
        list.setCountText(n -> getTranslation("servicehall.catalogue.count", n));
        list.setSource((offset, limit, sort) -> catalogue.list(filter(), offset, limit), () -> catalogue.count(filter()));
        add(list);
    }

    private CatalogueFilter filter() {
        return new CatalogueFilter(text.getValue(), department.getValue(), group.getValue(), channel.getValue());
    }

    private String channels(ServiceItem item) {
        return Arrays.stream(Channel.values()).filter(item.channels()::contains)
                .map(c -> getTranslation("servicehall.channel." + c)).collect(Collectors.joining(getTranslation("servicehall.list-separator")))
                + (item.commitment() ? getTranslation("servicehall.list-separator") + getTranslation("servicehall.item.commitment") : "");
    }

    private void details(ServiceItem item) {
        Dialog dialog = new Dialog();
        dialog.setId("servicehall-item-details");
        dialog.setHeaderTitle(item.code() + " " + item.name());
        UnorderedList materials = new UnorderedList();
        item.materials().forEach(m -> materials.add(new ListItem(m.name()
                + (m.certificateFree() ? getTranslation("servicehall.item.certificate-free-mark") : ""))));
        dialog.add(new Paragraph(getTranslation("servicehall.item.summary", item.department(),
                getTranslation("servicehall.group." + item.group()), item.legalDays(), item.promisedDays(),
                channels(item))),
                new Paragraph(getTranslation("servicehall.item.materials", item.materials().size(),
                        item.certificateFreeMaterials())), materials);
        dialog.getFooter().add(new Button(getTranslation("servicehall.close"), e -> dialog.close()));
        dialog.open();
    }

    private void runImport(String fileName, byte[] bytes) {
        ImportReport report = STEPS.call(this,
                () -> catalogue.importFile(new ByteArrayInputStream(bytes), fileName));
        if (report == null) {
            return;
        }
        if (report.accepted()) {
            Notification.show(getTranslation("servicehall.import.done", report.rowsImported()));
            department.setItems(catalogue.departments());
            list.refresh();
        } else {
            new ImportReportDialog("servicehall-import", fileName, report, getLocale()).open();
        }
    }
}
