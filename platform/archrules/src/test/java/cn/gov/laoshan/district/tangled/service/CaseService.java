package cn.gov.laoshan.district.tangled.service;

import cn.gov.laoshan.district.tangled.domain.Case;
import cn.gov.laoshan.district.tangled.ui.CasesView;

/** Fixture: a service that reaches a view. */
public class CaseService {
    public boolean isOpen(Case c) {
        return c.id() > 0;
    }

    public Class<?> screen() {
        return CasesView.class;
    }
}
