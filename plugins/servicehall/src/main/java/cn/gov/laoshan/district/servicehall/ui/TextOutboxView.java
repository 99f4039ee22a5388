package cn.gov.laoshan.district.servicehall.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.servicehall.service.ServiceHallRoles;
import cn.gov.laoshan.district.servicehall.service.TextOutbox;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * 短信发件箱 (demo homes only): the texts the public page and the reminders would have sent through an SMS gateway,
 * newest first — one-time codes included, which is why no production home has this screen.
 */
public class TextOutboxView extends VerticalLayout {

    public TextOutboxView(TextOutbox outbox, AccessControl access) {
        access.check(ServiceHallRoles.BOOKING_MANAGE);
        setId("servicehall-outbox");
        Grid<TextOutbox.Text> texts = new Grid<>();
        texts.addColumn(t -> Dates.dateTimeSeconds(t.createdAt(), getLocale()))
                .setHeader(getTranslation("servicehall.outbox.at")).setAutoWidth(true);
        texts.addColumn(TextOutbox.Text::mobile).setHeader(getTranslation("servicehall.booking.mobile")).setAutoWidth(true);
        texts.addColumn(TextOutbox.Text::body).setHeader(getTranslation("servicehall.outbox.body")).setFlexGrow(1);
        texts.setItems(outbox.recent(200));
        texts.setId("servicehall-outbox-list");
        add(new Paragraph(getTranslation("servicehall.outbox.intro")), texts);
    }
}
