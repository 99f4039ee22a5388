package cn.gov.laoshan.district.policy.delivery.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;

/**
 * 企业服务 → 免申即享 (an enterprise's users): the policies the enterprise was found eligible for without applying;
 * a row opens the entitlement to confirm it with the bank account, or decline it.
 */
public class MyEntitlementsView extends VerticalLayout {

    public MyEntitlementsView(EntitlementService entitlements) {
        setId("policy-my-entitlements");
        setSizeFull();
        add(new H2(getTranslation("policy.delivery.screen.mine")),
                new Paragraph(getTranslation("policy.delivery.mine.intro")),
                new EntitlementList(entitlements, null, false));
    }
}
