package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.domain.DeregistrationState;
import cn.gov.laoshan.district.market.service.Deregistration;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * One deregistration for staff: the panel, the notice's objections, the commitment, and extending the days to apply
 * (宽展期) with a reason.
 */
public class DeregistrationView extends VerticalLayout implements BeforeEnterObserver {

    private static final Steps STEPS = Steps.standard("market-error").withSavedKey("market.saved");

    private final DeregistrationService deregistrations;
    private final AccessControl access;

    public DeregistrationView(DeregistrationService deregistrations, AccessControl access) {
        this.deregistrations = deregistrations;
        this.access = access;
        setId("market-deregistration");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteRecord.find(event, deregistrations::find).ifPresent(this::show);
    }

    private void show(Deregistration d) {
        removeAll();
        add(BackLink.to("market/deregistrations", getTranslation("market.screen.deregistrations")),
                new H2(getTranslation("market.screen.deregistration") + " " + d.name()),
                DeregistrationPanel.of(this, d, deregistrations));
        add(new H3(getTranslation("market.dereg.commitment")), new Paragraph(d.commitment()));
        if (access.has(Market.MANAGE) && d.noticeId() != null) {
            add(new H3(getTranslation("market.dereg.objections")));
            UnorderedList objections = new UnorderedList();
            objections.setId("market-dereg-objections");
            for (Objection o : deregistrations.objections(d)) {
                objections.add(new ListItem(o.displayName() + "（" + Dates.dateTime(o.at(), getLocale()) + "）："
                        + o.text()));
            }
            if (objections.getChildren().findAny().isEmpty()) {
                objections.add(new ListItem(getTranslation("market.dereg.no-objections")));
            }
            add(objections);
        }
        if (access.has(Market.MANAGE) && d.state() == DeregistrationState.NOTICE && !d.individual()
                && !d.extended()) {
            TextField reason = new TextField(getTranslation("market.reason"));
            reason.setId("market-reason");
            Button extend = new Button(getTranslation("market.dereg.extend"), e -> {
                Deregistration extended = STEPS.call(this, Map.of("reason", reason),
                        () -> deregistrations.extend(d.id(), reason.getValue()));
                if (extended != null) {
                    show(extended);
                }
            });
            extend.setId("market-dereg-extend");
            add(new HorizontalLayout(reason, extend));
        }
    }
}
