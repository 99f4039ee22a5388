package cn.gov.laoshan.district.policy.draft.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.PolicyTopic;
import cn.gov.laoshan.district.policy.draft.service.PolicyList;
import cn.gov.laoshan.district.policy.draft.service.PolicyBatch;
import cn.gov.laoshan.district.policy.draft.service.PolicyListFilter;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;

/**
 * 政策清单: the published policies by batch and number, for enterprise users and staff; filtered by batch, issuing
 * body and topic, exported to Excel as filtered; a row shows the policy.
 */
public class PolicyListView extends VerticalLayout {

    private final ComboBox<PolicyBatch> batch = new ComboBox<>();
    private final ComboBox<String> issuer = new ComboBox<>();
    private final ComboBox<PolicyTopic> topic = new ComboBox<>();

    public PolicyListView(PolicyList policies) {
        setId("policy-list");
        setSizeFull();
        QueryGrid<PolicyDraft> list = new QueryGrid<>(PolicyDraft.class);
        list.grid().addColumn(PolicyDraft::listNumber).setHeader(getTranslation("policy.list.number"))
                .setFlexGrow(0).setWidth("7em");
        list.grid().addColumn(PolicyDraft::title).setHeader(getTranslation("policy.draft.title")).setFlexGrow(3);
        list.grid().addColumn(PolicyDraft::issuer).setHeader(getTranslation("policy.draft.issuer"));
        list.grid().addColumn(d -> getTranslation("policy.list.topic." + d.topic()))
                .setHeader(getTranslation("policy.draft.topic"));
        list.grid().addColumn(PolicyDraft::benefits).setHeader(getTranslation("policy.draft.benefits"))
                .setFlexGrow(3);
        list.grid().addColumn(d -> Dates.date(d.validTo(), getLocale())).setHeader(getTranslation("policy.list.valid-to"));
        list.grid().addItemClickListener(e -> {
            Dialog dialog = new Dialog(DraftContent.of(this, e.getItem(), List.of(), List.of()));
            dialog.setHeaderTitle(e.getItem().listNumber() + " " + e.getItem().title());
            dialog.getFooter().add(new Button(getTranslation("policy.list.close"), c -> dialog.close()));
            dialog.setWidth("min(60em, 95vw)");
            dialog.open();
        });
        batch.setLabel(getTranslation("policy.list.batch"));
        batch.setItems(policies.batches());
        batch.setItemLabelGenerator(b -> getTranslation("policy.list.batch.label", b.batchNo(), b.policies()));
        batch.setId("policy-list-batch");
        issuer.setLabel(getTranslation("policy.draft.issuer"));
        issuer.setItems(policies.issuers());
        issuer.setId("policy-list-issuer");
        topic.setLabel(getTranslation("policy.draft.topic"));
        topic.setItems(PolicyTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("policy.list.topic." + t));
        topic.setId("policy-list-topic");
        for (ComboBox<?> filter : List.of(batch, issuer, topic)) {
            filter.setClearButtonVisible(true);
            list.addFilter(filter);
        }
        Anchor export = new Anchor(ExcelExport.download(getTranslation("policy.list.export.file"),
                out -> ExcelExport.write(out, getTranslation("policy.list.screen"), List.of(
                        getTranslation("policy.list.number"), getTranslation("policy.draft.title"),
                        getTranslation("policy.draft.issuer"), getTranslation("policy.draft.topic"),
                        getTranslation("policy.draft.benefits"), getTranslation("policy.draft.eligibility"),
                        getTranslation("policy.draft.valid-from"), getTranslation("policy.draft.valid-to")),
                        policies.published(filter(), 0, 100_000).stream().<List<?>>map(d -> List.<Object>of(
                                d.listNumber(), d.title(), d.issuer(), getTranslation("policy.list.topic." + d.topic()),
                                d.benefits(), d.eligibility(), d.validFrom(), d.validTo())).toList())), "");
        Button exportButton = new Button(getTranslation("policy.list.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.getElement().setAttribute("download", true);
        export.setId("policy-list-export");
        list.addActions(export);
        list.setCountText(n -> getTranslation("policy.list.count", n));
        list.setSource((offset, limit, sort) -> policies.published(filter(), offset, limit),
                () -> policies.countPublished(filter()));
        add(list);
    }

    private PolicyListFilter filter() {
        return new PolicyListFilter(batch.getValue() == null ? null : batch.getValue().batchNo(), issuer.getValue(),
                topic.getValue());
    }
}
