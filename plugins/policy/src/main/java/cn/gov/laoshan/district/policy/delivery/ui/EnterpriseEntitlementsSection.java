package cn.gov.laoshan.district.policy.delivery.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;

/** The enterprise page's 免申即享 tab: its entitlements (staff within their scope, the enterprise its own). */
public class EnterpriseEntitlementsSection extends VerticalLayout {

    public EnterpriseEntitlementsSection(EntitlementService entitlements, String uscc) {
        setId("policy-entitlements-section");
        setPadding(false);
        add(new EntitlementList(entitlements, uscc, false));
    }
}
