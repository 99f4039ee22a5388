package cn.gov.laoshan.district.finance.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutBatch;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;
import cn.gov.laoshan.district.finance.service.PayoutListing;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 公示批次: the batches listed for public notice, each with its notice's period and state, and the objections raised
 * to it — resolved here: dismissed with a note, or upheld, which rejects the payout it concerns. A batch is approved
 * (on the ledger) once its notice is closed and every objection resolved.
 */
public class BatchesView extends VerticalLayout {

    private final PayoutService payouts;
    private final PayoutListing listing;
    private final Grid<PayoutBatch> batches = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public BatchesView(PayoutService payouts, PayoutListing listing) {
        this.payouts = payouts;
        this.listing = listing;
        setId("finance-batches");
        batches.setId("finance-batches-grid");
        batches.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        batches.addColumn(PayoutBatch::id).setHeader(getTranslation("finance.payout.batch")).setAutoWidth(true);
        batches.addColumn(PayoutBatch::policyCode).setHeader(getTranslation("finance.payout.policy")).setAutoWidth(true);
        batches.addColumn(PayoutBatch::period).setHeader(getTranslation("finance.payout.period")).setAutoWidth(true);
        batches.addColumn(PayoutBatch::payouts).setHeader(getTranslation("finance.totals.payouts")).setAutoWidth(true);
        batches.addColumn(b -> Money.yuan(b.amount().amount(), getLocale()))
                .setHeader(getTranslation("finance.payout.amount")).setAutoWidth(true);
        batches.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        batches.setHeight("300px");
        detail.setPadding(false);
        add(batches, detail);
        batches.setItems(payouts.batches());
    }

    private void show(PayoutBatch batch) {
        detail.removeAll();
        if (batch == null) {
            return;
        }
        Span notice = new Span(listing.notice(batch.id()).map(n -> getTranslation("finance.batch.notice",
                n.startDate(), n.endDate(), getTranslation("finance.notice." + n.state().name()), n.objections()))
                .orElse(getTranslation("finance.batch.no-notice")));
        notice.setId("finance-batch-notice");
        Set<Long> resolved = listing.resolvedObjections(batch.id());
        Grid<Objection> objections = new Grid<>();
        objections.setId("finance-objections");
        objections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objections.addColumn(Objection::displayName).setHeader(getTranslation("finance.objection.by")).setAutoWidth(true);
        objections.addColumn(Objection::text).setHeader(getTranslation("finance.objection.text")).setFlexGrow(1);
        objections.addComponentColumn(o -> resolved.contains(o.id())
                ? new Span(getTranslation("finance.objection.resolved"))
                : new Button(getTranslation("finance.objection.resolve"), e -> resolve(batch, o)))
                .setAutoWidth(true);
        List<Objection> list = listing.objections(batch.id());
        objections.setItems(list);
        objections.setAllRowsVisible(true);
        detail.add(notice, objections);
    }

    private void resolve(PayoutBatch batch, Objection objection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("finance.objection.resolve"));
        ComboBox<Payout> payout = new ComboBox<>(getTranslation("finance.objection.payout"));
        payout.setItems(payouts.list(new PayoutFilter(null, null, PayoutState.LISTED, batch.id(), null), 0, 5000));
        payout.setItemLabelGenerator(p -> p.enterpriseName() + " " + Money.yuan(p.amount().amount(), getLocale()));
        payout.setId("finance-objection-payout");
        payout.setWidthFull();
        TextField note = new TextField(getTranslation("finance.objection.note"));
        note.setId("finance-objection-note");
        note.setWidthFull();
        Button dismiss = new Button(getTranslation("finance.objection.dismiss"), e -> {
            if (Steps.standard("finance-objection-error").run(dialog, java.util.Map.of("note", note),
                    () -> listing.resolveObjection(batch.id(), objection.id(), null, false, note.getValue()))) {
                dialog.close();
                show(batch);
            }
        });
        Button uphold = new Button(getTranslation("finance.objection.uphold"), e -> {
            if (Steps.standard("finance-objection-error").run(dialog, java.util.Map.of("note", note, "payout", payout),
                    () -> listing.resolveObjection(batch.id(), objection.id(),
                            payout.getValue() == null ? null : payout.getValue().id(), true, note.getValue()))) {
                dialog.close();
                show(batch);
            }
        });
        dialog.add(new VerticalLayout(new Span(objection.text()), payout, note));
        dialog.getFooter().add(new Button(getTranslation("finance.cancel"), e -> dialog.close()), dismiss, uphold);
        dialog.open();
    }
}
