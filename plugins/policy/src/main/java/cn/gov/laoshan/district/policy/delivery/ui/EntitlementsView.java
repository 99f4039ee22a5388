package cn.gov.laoshan.district.policy.delivery.ui;


import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementFilter;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.QueryGrid;
import cn.gov.laoshan.district.uikit.XlsxSheet;

/** 享受资格 (staff): every entitlement in the reader's scope, filtered by state and hand-off; Excel export. */
public class EntitlementsView extends VerticalLayout {

    private final ComboBox<EntitlementState> state = new ComboBox<>();
    private final ComboBox<HandOff> handoff = new ComboBox<>();

    public EntitlementsView(EntitlementService entitlements) {
        setId("policy-entitlements");
        setSizeFull();
        QueryGrid<Entitlement> list = new QueryGrid<>(Entitlement.class);
        EntitlementColumns.add(this, list.grid(), true);
        list.grid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/entitlements/"
                + e.getItem().id())));
        state.setLabel(getTranslation("policy.delivery.state"));
        state.setItems(EntitlementState.values());
        state.setItemLabelGenerator(s -> getTranslation("policy.state." + s));
        state.setClearButtonVisible(true);
        state.setId("policy-entitlement-state");
        list.addFilter(state);
        handoff.setLabel(getTranslation("policy.delivery.handoff"));
        handoff.setItems(HandOff.values());
        handoff.setItemLabelGenerator(h -> getTranslation("policy.delivery.handoff." + h));
        handoff.setClearButtonVisible(true);
        list.addFilter(handoff);
        Anchor export = new Anchor(ExcelExport.download("entitlements.xlsx", out -> {
            try (XlsxSheet sheet = XlsxSheet.open(out, getTranslation("policy.delivery.screen.entitlements"),
                    EntitlementColumns.headers(this))) {
                long total = entitlements.count(filter());
                for (int offset = 0; offset < total; offset += 500) {
                    for (Entitlement e : entitlements.list(filter(), offset, 500)) {
                        sheet.row(EntitlementColumns.row(this, e).toArray());
                    }
                }
            }
        }), getTranslation("policy.delivery.export"));
        export.getElement().setAttribute("download", true);
        export.setId("policy-entitlements-export");
        list.addActions(export);
        list.setCountText(n -> getTranslation("policy.delivery.count", n));
        list.setSource((offset, limit, sort) -> entitlements.list(filter(), offset, limit),
                () -> entitlements.count(filter()));
        add(list);
    }

    private EntitlementFilter filter() {
        return new EntitlementFilter(state.getValue(), null, null, handoff.getValue());
    }
}
