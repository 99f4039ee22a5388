package cn.gov.laoshan.district.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.uikit.Dates;

/** A licence's facts as read-only fields: the same for staff and for the holder. */
final class LicenceFacts {

    private LicenceFacts() {
    }

    static FormLayout of(Component view, Licence l) {
        FormLayout form = new FormLayout();
        form.add(field(view, "market.licence.holder", l.holderName()), field(view, "market.licence.uscc", l.uscc()),
                field(view, "market.licence.scope", l.scope()), field(view, "market.licence.premises", l.premises()),
                field(view, "market.licence.key-staff", l.keyStaff()),
                field(view, "market.licence.issued", Dates.date(l.issuedOn(), LicenceColumns.locale(view))),
                field(view, "market.licence.expires", Dates.date(l.expiresOn(), LicenceColumns.locale(view))),
                field(view, "market.licence.window", Dates.date(l.windowOpens(), LicenceColumns.locale(view)) + " – "
                        + Dates.date(l.windowCloses(), LicenceColumns.locale(view))));
        form.setId("market-licence-facts");
        return form;
    }

    private static TextField field(Component view, String key, String value) {
        TextField field = new TextField(view.getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }
}
