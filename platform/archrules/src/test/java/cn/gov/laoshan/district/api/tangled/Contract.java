package cn.gov.laoshan.district.api.tangled;

import cn.gov.laoshan.district.tangled.service.CaseService;

/** Fixture: an api type that reaches an implementation. */
public interface Contract {
    CaseService implementation();
}
