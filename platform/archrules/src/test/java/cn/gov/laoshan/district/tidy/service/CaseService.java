package cn.gov.laoshan.district.tidy.service;

import cn.gov.laoshan.district.tidy.domain.Case;
import java.util.List;

/** Fixture: a service that takes the view's words and builds the repository's filter itself. */
public class CaseService {
    private final CaseRepository repository = new CaseRepository();

    public List<Case> find(String text) {
        return repository.find(new CaseRepository.Filter(text));
    }
}
