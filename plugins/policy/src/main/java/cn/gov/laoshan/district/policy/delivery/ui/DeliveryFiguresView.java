package cn.gov.laoshan.district.policy.delivery.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.service.DeliveryFigures;
import cn.gov.laoshan.district.policy.match.service.MatchResults.PolicyCount;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;

/**
 * 兑现统计 (policy staff): matched enterprises and amounts by batch and by policy (the match run's counts), the
 * entitlements by state with the confirmation rate, what finance paid, and the policies with the most near-misses
 * (enterprises one condition short: worth a nudge). The entitlements' Excel export is on 享受资格.
 */
public class DeliveryFiguresView extends VerticalLayout {

    public DeliveryFiguresView(DeliveryFigures figures) {
        setId("policy-delivery-figures");
        add(new H2(getTranslation("policy.delivery.screen.figures")));
        Map<EntitlementState, Long> states = figures.states();
        Figure.Tone neutral = Figure.Tone.NEUTRAL;
        add(Figure.row(
                Figure.of(states.values().stream().mapToLong(Long::longValue).sum(),
                        getTranslation("policy.delivery.offered-total"), neutral, "policy/entitlements"),
                Figure.of(states.getOrDefault(EntitlementState.CONFIRMED, 0L),
                        getTranslation("policy.state.CONFIRMED"), Figure.Tone.GOOD, "policy/entitlements"),
                Figure.of(states.getOrDefault(EntitlementState.LAPSED, 0L),
                        getTranslation("policy.state.LAPSED"), Figure.Tone.BAD, "policy/entitlements")));
        add(new Paragraph(DeliveryFigures.confirmationRate(states).map(r -> getTranslation("policy.delivery.rate", r))
                .orElse(getTranslation("policy.delivery.rate-none"))));
        Paragraph paid = new Paragraph(figures.paid().map(p -> getTranslation("policy.delivery.paid", p.paid(),
                p.held(), p.amount().wan())).orElse(getTranslation("policy.delivery.paid-unknown")));
        paid.setId("policy-delivery-figures-paid");
        add(paid);
        DonutChart donut = DonutChart.of(getTranslation("policy.delivery.chart.states"), getLocale());
        for (EntitlementState s : EntitlementState.values()) {
            donut.slice(getTranslation("policy.state." + s), states.getOrDefault(s, 0L));
        }
        add(sized(donut.component()));
        List<PolicyCount> counts = figures.byPolicy().orElse(null);
        if (counts == null) {
            add(new Paragraph(getTranslation("policy.delivery.no-match-run")));
            return;
        }
        List<DeliveryFigures.Batch> batches = DeliveryFigures.byBatch(counts);
        List<String> names = batches.stream().map(b -> getTranslation("policy.delivery.batch", b.batchNo())).toList();
        HorizontalLayout charts = new HorizontalLayout(
                sized(BarChart.of(getTranslation("policy.delivery.chart.batches"), getLocale()).categories(names)
                        .series(getTranslation("policy.delivery.matched"),
                                batches.stream().map(DeliveryFigures.Batch::matched).toList()).component()),
                sized(BarChart.of(getTranslation("policy.delivery.chart.amounts"), getLocale()).categories(names)
                        .series(getTranslation("policy.delivery.amount-wan"), batches.stream()
                                .map(b -> b.amount().amount().movePointLeft(4)).toList()).component()));
        charts.setWidthFull();
        add(charts);
        add(new H3(getTranslation("policy.delivery.by-policy")), grid(counts, "policy-delivery-by-policy"));
        add(new H3(getTranslation("policy.delivery.near-misses")),
                new Paragraph(getTranslation("policy.delivery.near-misses.intro")),
                grid(DeliveryFigures.nearMisses(counts, 10), "policy-delivery-near-misses"));
    }

    /** A chart at the width it reads well at (the SVG scales to its box). */
    private static com.vaadin.flow.component.html.Div sized(com.vaadin.flow.component.html.Div chart) {
        chart.setWidth("100%");
        chart.getStyle().set("max-width", "560px");
        return chart;
    }

    private Grid<PolicyCount> grid(List<PolicyCount> rows, String id) {
        Grid<PolicyCount> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(PolicyCount::policyCode).setHeader(getTranslation("policy.delivery.policy-code"));
        grid.addColumn(PolicyCount::title).setHeader(getTranslation("policy.delivery.policy")).setFlexGrow(3);
        grid.addColumn(PolicyCount::matched).setHeader(getTranslation("policy.delivery.matched"));
        grid.addColumn(PolicyCount::nearMisses).setHeader(getTranslation("policy.delivery.near-miss-count"));
        grid.addColumn(c -> c.amount() == null ? "—" : c.amount().wan())
                .setHeader(getTranslation("policy.delivery.amount"));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        if (rows.size() > 20) {
            grid.setHeight("480px");
        }
        return grid;
    }
}
