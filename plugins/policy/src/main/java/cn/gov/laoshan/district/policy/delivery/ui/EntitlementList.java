package cn.gov.laoshan.district.policy.delivery.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementFilter;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;
import cn.gov.laoshan.district.uikit.QueryGrid;

/** One enterprise's entitlements (the service's scope decides whose an enterprise user sees); a row opens one. */
final class EntitlementList extends VerticalLayout {

    EntitlementList(EntitlementService entitlements, String uscc, boolean withEnterprise) {
        setPadding(false);
        setSizeFull();
        QueryGrid<Entitlement> list = new QueryGrid<>(Entitlement.class);
        Grid<Entitlement> grid = list.grid();
        grid.setId("policy-entitlement-list");
        // one enterprise's list is short: all rows, no inner scrolling in the page
        grid.setAllRowsVisible(true);
        EntitlementColumns.add(this, grid, withEnterprise);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("policy/entitlements/"
                + e.getItem().id())));
        EntitlementFilter filter = uscc == null ? EntitlementFilter.ALL : EntitlementFilter.enterprise(uscc);
        list.setCountText(n -> getTranslation("policy.delivery.count", n));
        list.setSource((offset, limit, sort) -> entitlements.list(filter, offset, limit),
                () -> entitlements.count(filter));
        add(list);
    }
}
