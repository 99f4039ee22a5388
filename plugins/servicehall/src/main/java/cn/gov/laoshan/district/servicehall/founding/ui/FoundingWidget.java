package cn.gov.laoshan.district.servicehall.founding.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.servicehall.founding.service.FoundingService;
import cn.gov.laoshan.district.uikit.Figure;

/** The dashboard card in the seed's style: enterprises served by the free agency, and the money saved for them. */
public class FoundingWidget extends VerticalLayout {

    public FoundingWidget(FoundingService founding) {
        setPadding(false);
        setId("servicehall-founding-widget");
        FoundingService.Served served = founding.served();
        add(Figure.row(Figure.of(served.enterprises(), getTranslation("servicehall.founding.served"), Figure.Tone.GOOD,
                "servicehall/founding")));
        Span saved = new Span(getTranslation("servicehall.founding.saved", served.saved().format(getLocale()),
                served.agency().format(getLocale()), served.seals().format(getLocale())));
        saved.setId("servicehall-founding-widget-saved");
        add(saved);
    }
}
