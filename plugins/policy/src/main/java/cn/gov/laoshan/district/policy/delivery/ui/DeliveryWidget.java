package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.service.DeliveryFigures;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Figure;

/**
 * The dashboard card 免申即享: entitlements waiting for the enterprises, confirmed and lapsed, the confirmation rate,
 * what finance paid (unknown without finance), and matched enterprises by batch.
 */
public class DeliveryWidget extends VerticalLayout {

    public DeliveryWidget(DeliveryFigures figures) {
        setPadding(false);
        setId("policy-delivery-widget");
        Map<EntitlementState, Long> states = figures.states();
        add(Figure.row(
                Figure.of(states.getOrDefault(EntitlementState.OFFERED, 0L),
                        getTranslation("policy.state.OFFERED"), Figure.Tone.NEUTRAL, "policy/entitlements"),
                Figure.of(states.getOrDefault(EntitlementState.CONFIRMED, 0L),
                        getTranslation("policy.state.CONFIRMED"), Figure.Tone.GOOD, "policy/entitlements"),
                Figure.of(states.getOrDefault(EntitlementState.LAPSED, 0L),
                        getTranslation("policy.state.LAPSED"), Figure.Tone.BAD, "policy/entitlements")));
        add(new Span(DeliveryFigures.confirmationRate(states)
                .map(r -> getTranslation("policy.delivery.rate", r))
                .orElse(getTranslation("policy.delivery.rate-none"))));
        Span paid = new Span(figures.paid().map(p -> getTranslation("policy.delivery.paid", p.paid(), p.held(),
                p.amount().wan())).orElse(getTranslation("policy.delivery.paid-unknown")));
        paid.setId("policy-delivery-paid");
        add(paid);
        figures.byPolicy().ifPresent(counts -> {
            List<DeliveryFigures.Batch> batches = DeliveryFigures.byBatch(counts);
            add(BarChart.of(getTranslation("policy.delivery.chart.batches"), getLocale())
                    .categories(batches.stream().map(b -> getTranslation("policy.delivery.batch", b.batchNo()))
                            .toList())
                    .series(getTranslation("policy.delivery.matched"),
                            batches.stream().map(DeliveryFigures.Batch::matched).toList())
                    .height(180).component());
        });
    }
}
