package cn.gov.laoshan.district.market.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.market.service.LicenceService;

/** 企业服务 → 我的证照: the user's own enterprise's licences; a row opens it for minimal renewal. */
public class MyLicencesView extends VerticalLayout {

    public MyLicencesView(LicenceService licences, AccessControl access) {
        setId("market-my-licences");
        add(new H2(getTranslation("market.screen.my-licences")));
        access.currentUser().map(u -> u.uscc()).filter(u -> u != null)
                .ifPresent(uscc -> add(new EnterpriseLicencesSection(licences, uscc, false)));
    }
}
