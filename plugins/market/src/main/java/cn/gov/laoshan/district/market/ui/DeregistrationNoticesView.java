package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 简易注销公告: the deregistration notices open now, for departments, creditors and others to read and object to
 * (异议) within the period; an objection blocks the deregistration when the enterprise applies.
 */
public class DeregistrationNoticesView extends VerticalLayout {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.dereg.objected");

    public DeregistrationNoticesView(DeregistrationService deregistrations) {
        setId("market-dereg-notices");
        add(new H2(getTranslation("market.screen.dereg-notices")));
        Grid<PublicNotice> grid = new Grid<>();
        grid.setId("market-notice-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicNotice::title).setHeader(getTranslation("market.dereg.notice-title")).setFlexGrow(1);
        grid.addColumn(PublicNotice::text).setHeader(getTranslation("market.dereg.notice-text")).setFlexGrow(2);
        grid.addColumn(n -> Dates.date(n.startDate(), getLocale()) + " – " + Dates.date(n.endDate(), getLocale()))
                .setHeader(getTranslation("market.dereg.notice-period")).setAutoWidth(true);
        TextArea text = new TextArea(getTranslation("market.dereg.objection"));
        text.setId("market-objection-text");
        text.setWidth("36em");
        // the objection on each notice's row: a row click that selects nothing cannot object to the wrong one
        grid.addComponentColumn(n -> {
            Button object = new Button(getTranslation("market.dereg.object"), e -> {
                if (STEPS.call(this, Map.of("text", text), () -> deregistrations.object(n.id(), text.getValue()))
                        != null) {
                    text.clear();
                }
            });
            object.setId("market-object-" + n.recordId());
            return object;
        }).setAutoWidth(true);
        grid.setItems(deregistrations.openNotices());
        add(new Paragraph(getTranslation("market.dereg.notices-intro")), text, grid);
    }
}
