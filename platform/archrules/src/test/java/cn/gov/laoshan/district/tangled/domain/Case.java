package cn.gov.laoshan.district.tangled.domain;

import cn.gov.laoshan.district.tangled.service.CaseService;

/** Fixture: a domain record that reaches a service (and so closes a package cycle). */
public record Case(long id) {
    public boolean open(CaseService service) {
        return service.isOpen(this);
    }
}
