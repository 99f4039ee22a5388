package cn.gov.laoshan.district.servicehall.helpdesk.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.domain.HallLevel;
import cn.gov.laoshan.district.servicehall.helpdesk.domain.HelpState;
import cn.gov.laoshan.district.servicehall.helpdesk.service.HelpdeskService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Figure;

/** The dashboard card: this year's requests, those still open, and the completed ones. */
public class HelpdeskWidget extends VerticalLayout {

    public HelpdeskWidget(HelpdeskService helpdesk) {
        setPadding(false);
        setId("servicehall-helpdesk-widget");
        LocalDate today = helpdesk.today();
        HelpdeskService.Figures f = helpdesk.figures(today.withDayOfYear(1), today);
        int open = f.perState().get(HelpState.ROUTED) + f.perState().get(HelpState.ASSIGNED)
                + f.perState().get(HelpState.VISITED) + f.perState().get(HelpState.SUBMITTED);
        add(Figure.row(Figure.of(f.total(), getTranslation("servicehall.helpdesk.widget.title"), Figure.Tone.NEUTRAL,
                "servicehall/helpdesk-figures"), Figure.of(open, getTranslation("servicehall.helpdesk.widget.open-label"),
                        open > 0 ? Figure.Tone.BAD : Figure.Tone.GOOD, "servicehall/helpdesk"),
                Figure.of(f.completed(), getTranslation("servicehall.helpdesk.state.COMPLETED"), Figure.Tone.GOOD)));
        add(new com.vaadin.flow.component.html.Span(getTranslation("servicehall.helpdesk.widget.open", open,
                f.perLevel().get(HallLevel.DISTRICT), f.perLevel().get(HallLevel.STREET),
                f.perLevel().get(HallLevel.COMMUNITY))));
    }
}
