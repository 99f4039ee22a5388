package cn.gov.laoshan.district.tidy.ui;

import cn.gov.laoshan.district.tidy.domain.Case;
import cn.gov.laoshan.district.tidy.service.CaseService;
import java.util.List;

/** Fixture: a view that reaches its service and the domain only. */
public class CasesView {
    private final CaseService service;

    public CasesView(CaseService service) {
        this.service = service;
    }

    public List<Case> show(String text) {
        return service.find(text);
    }
}
