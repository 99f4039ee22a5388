package cn.gov.laoshan.district.market.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.service.LicenceFilter;
import cn.gov.laoshan.district.market.service.LicenceService;

/**
 * The enterprise page's "licences" section, and 我的证照 of an enterprise user: the enterprise's licences within the
 * reader's scope (staff: their departments; an enterprise user: their own enterprise only, in SQL). A row opens the
 * licence: the staff page for staff, the holder's page (with minimal renewal) for the enterprise's users.
 */
public class EnterpriseLicencesSection extends VerticalLayout {

    static final int LIMIT = 200;

    public EnterpriseLicencesSection(LicenceService licences, String uscc, boolean staff) {
        setPadding(false);
        setId("market-enterprise-licences");
        LicenceFilter filter = LicenceFilter.of(uscc);
        long total = licences.count(filter);
        List<Licence> list = licences.list(filter, 0, LIMIT);
        Span count = new Span(getTranslation(total == 0 ? "market.section.none" : "market.count", total));
        count.setId("market-enterprise-licences-count");
        add(count);
        if (list.isEmpty()) {
            return;
        }
        Grid<Licence> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        LicenceColumns.add(this, grid, licences.typeMap(), false);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        String route = staff ? "market/licences/" : "market/my-licences/";
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(route + e.getItem().id())));
        add(grid);
    }
}
