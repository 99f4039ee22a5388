package cn.gov.laoshan.district.market.commitment.ui;

import java.util.Map;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.market.lenient.domain.Decision;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.uikit.DonutChart;
import cn.gov.laoshan.district.uikit.Figure;

/** The dashboard card of 事中事后监管: commitment post-checks open, and this month's case decisions by kind. */
public class CommitmentWidget extends VerticalLayout {

    public CommitmentWidget(CommitmentService commitments, CaseService cases) {
        setPadding(false);
        setId("market-supervision-widget");
        Map<Decision, Long> decisions = cases.decisionsThisMonth();
        long total = decisions.values().stream().mapToLong(Long::longValue).sum();
        add(Figure.row(Figure.of(commitments.countOpenChecks(), getTranslation("market.widget.post-checks"),
                Figure.Tone.BAD, "market/post-checks"), Figure.of(total, getTranslation("market.widget.decisions"),
                        Figure.Tone.NEUTRAL, "market/cases")));
        DonutChart chart = DonutChart.of(getTranslation("market.widget.decisions-by-kind"), getLocale());
        for (Decision d : Decision.values()) {
            chart.slice(getTranslation("market.case.decision." + d), decisions.getOrDefault(d, 0L));
        }
        add(chart.id("market-widget-decisions").component());
    }
}
