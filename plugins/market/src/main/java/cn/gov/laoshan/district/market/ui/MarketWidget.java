package cn.gov.laoshan.district.market.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.RenewalService;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;

/**
 * The dashboard card: licences expiring this month by type, the deregistrations in their notice, and this year's
 * renewals, minimal against normal.
 */
public class MarketWidget extends VerticalLayout {

    public MarketWidget(LicenceService licences, DeregistrationService deregistrations) {
        setPadding(false);
        setId("market-widget");
        Map<String, Long> expiring = licences.expiringThisMonth();
        Map<String, Long> renewals = licences.renewalsThisYear();
        long total = expiring.values().stream().mapToLong(Long::longValue).sum();
        add(Figure.row(Figure.of(total, getTranslation("market.widget.expiring"), Figure.Tone.BAD,
                "market/licences?expiring"), Figure.of(deregistrations.countInNotice(),
                        getTranslation("market.widget.deregistrations"), Figure.Tone.NEUTRAL,
                        "market/deregistrations")));
        // the six types with most expiring, the rest as one bar: fourteen labels do not fit a card
        List<LicenceType> ordered = licences.types().stream().filter(t -> expiring.containsKey(t.code()))
                .sorted((a, b) -> Long.compare(expiring.get(b.code()), expiring.get(a.code()))).toList();
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long others = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i < 6) {
                names.add(ordered.get(i).name(getLocale()));
                counts.add(expiring.get(ordered.get(i).code()));
            } else {
                others += expiring.get(ordered.get(i).code());
            }
        }
        if (others > 0) {
            names.add(getTranslation("market.widget.others"));
            counts.add(others);
        }
        add(BarChart.of(getTranslation("market.widget.by-type"), getLocale()).categories(names)
                .series(getTranslation("market.widget.licences"), counts).id("market-widget-expiring").component());
        add(DonutChart.of(getTranslation("market.widget.renewals"), getLocale())
                .slice(getTranslation("market.renewal.kind.MINIMAL"), renewals.getOrDefault(RenewalService.MINIMAL, 0L))
                .slice(getTranslation("market.renewal.kind.NORMAL"), renewals.getOrDefault(RenewalService.NORMAL, 0L))
                .id("market-widget-renewals").component());
    }
}
