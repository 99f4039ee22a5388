package cn.gov.laoshan.district.market.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.uikit.Dates;

/** The columns every licence list shows, the same on the staff list, the enterprise page and 我的证照. */
final class LicenceColumns {

    private LicenceColumns() {
    }

    static void add(Component view, Grid<Licence> grid, Map<String, LicenceType> types, boolean holder) {
        grid.addColumn(Licence::licenceNo).setHeader(view.getTranslation("market.licence.number")).setAutoWidth(true);
        grid.addColumn(l -> typeName(view, types, l.typeCode())).setHeader(view.getTranslation("market.licence.type"))
                .setAutoWidth(true);
        if (holder) {
            grid.addColumn(Licence::holderName).setHeader(view.getTranslation("market.licence.holder")).setFlexGrow(2);
        }
        grid.addColumn(l -> Dates.date(l.expiresOn(), locale(view)))
                .setHeader(view.getTranslation("market.licence.expires")).setAutoWidth(true);
        grid.addColumn(l -> Dates.date(l.windowOpens(), locale(view)) + " – "
                + Dates.date(l.windowCloses(), locale(view))).setHeader(view.getTranslation("market.licence.window"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> state(view, l.state())).setHeader(view.getTranslation("market.licence.state"))
                .setAutoWidth(true);
    }

    static String typeName(Component view, Map<String, LicenceType> types, String code) {
        LicenceType type = types.get(code);
        return type == null ? code : type.name(locale(view));
    }

    static java.util.Locale locale(Component view) {
        return view.getUI().map(ui -> ui.getLocale()).orElse(com.vaadin.flow.component.UI.getCurrent() == null
                ? java.util.Locale.SIMPLIFIED_CHINESE : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    static Span state(Component view, LicenceState state) {
        Span badge = new Span(view.getTranslation("market.state." + state));
        String theme = switch (state) {
            case VALID -> "badge success";
            case IN_WINDOW -> "badge";
            case EXPIRED, REVOKED, CANCELLED -> "badge error";
            case RENEWED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
