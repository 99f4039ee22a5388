package cn.gov.laoshan.district.mediation.ui;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.mediation.service.RelationService;

/** 回避关系管理: every mediator's declared relationships, for group administrators (a screen needs its own class). */
public class AllRelationsView extends RelationsView {

    public AllRelationsView(RelationService relations, EnterpriseRegistry registry, AccessControl access) {
        super(relations, registry, access, true);
    }
}
