package cn.gov.laoshan.district.market.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.market.domain.Licence;
import cn.gov.laoshan.district.market.domain.LicenceState;
import cn.gov.laoshan.district.market.domain.LicenceType;
import cn.gov.laoshan.district.market.service.LicenceFilter;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;

/**
 * The licences in the user's department scope: a lazy grid filtered by type, state, number or holder, and expiring
 * this month ({@code ?expiring}, the dashboard's link); an Excel export of what the filters select.
 */
public class LicencesView extends VerticalLayout implements BeforeEnterObserver {

    private final LicenceService licences;
    private final ComboBox<LicenceType> type;
    private final ComboBox<LicenceState> state;
    private final TextField text;
    private final QueryGrid<Licence> list;
    private boolean expiringThisMonth;

    public LicencesView(LicenceService licences) {
        this.licences = licences;
        setId("market-licences");
        setSizeFull();
        Map<String, LicenceType> types = licences.typeMap();
        list = new QueryGrid<>(Licence.class);
        LicenceColumns.add(this, list.grid(), types, true);
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("market/licences/" + e.getItem().id())));
        type = list.addFilter(new ComboBox<>(getTranslation("market.licence.type"), licences.types()));
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        type.setClearButtonVisible(true);
        type.setId("market-type-filter");
        state = list.addFilter(new ComboBox<>(getTranslation("market.licence.state"), LicenceState.values()));
        state.setItemLabelGenerator(s -> getTranslation("market.state." + s));
        state.setClearButtonVisible(true);
        state.setId("market-state-filter");
        text = list.addFilter(new TextField(getTranslation("market.licence.search")));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("market-search");
        Anchor export = new Anchor(ExcelExport.download(getTranslation("market.export.file"), out -> ExcelExport.write(
                out, getTranslation("market.screen.licences"), List.of(getTranslation("market.licence.number"),
                        getTranslation("market.licence.type"), getTranslation("market.licence.holder"),
                        getTranslation("market.licence.uscc"), getTranslation("market.licence.issued"),
                        getTranslation("market.licence.expires"), getTranslation("market.licence.window-opens"),
                        getTranslation("market.licence.window-closes"), getTranslation("market.licence.state")),
                licences.list(filter(), 0, 100_000).stream().<List<?>>map(l -> List.<Object>of(l.licenceNo(),
                        LicenceColumns.typeName(this, types, l.typeCode()), l.holderName(), l.uscc(), l.issuedOn(),
                        l.expiresOn(), l.windowOpens(), l.windowCloses(), getTranslation("market.state." + l.state())))
                        .toList())), "");
        export.getElement().setAttribute("download", true);
        Button exportButton = new Button(getTranslation("market.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("market-export");
        list.addActions(export);
        list.setCountText(n -> getTranslation("market.count", n));
        list.setSource((offset, limit, sort) -> licences.list(filter(), offset, limit), () -> licences.count(filter()));
        add(list);
    }

    private LicenceFilter filter() {
        java.time.LocalDate today = licences.today();
        return new LicenceFilter(type.getValue() == null ? null : type.getValue().code(), state.getValue(),
                text.getValue(), expiringThisMonth ? today.withDayOfMonth(1) : null,
                expiringThisMonth ? today.withDayOfMonth(today.lengthOfMonth()) : null, null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        expiringThisMonth = event.getLocation().getQueryParameters().getParameters().containsKey("expiring");
        list.refresh();
    }
}
