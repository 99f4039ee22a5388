package cn.gov.laoshan.district.tangled.ui;

import cn.gov.laoshan.district.archrules.DistrictRules;
import cn.gov.laoshan.district.tangled.service.CaseRepository;

/** Fixture: a view that builds a repository's filter and reaches a platform module other than api and uikit. */
public class CasesView {
    public Object filter(String text) {
        return new CaseRepository.Filter(text);
    }

    public Class<?> rules() {
        return DistrictRules.class;
    }
}
