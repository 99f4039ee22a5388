package cn.gov.laoshan.district.tidy.service;

import cn.gov.laoshan.district.tidy.domain.Case;
import java.util.List;

/** Fixture: a repository used by its service only. */
public class CaseRepository {
    public record Filter(String text) {
    }

    public List<Case> find(Filter filter) {
        return List.of(new Case(1, !filter.text().isEmpty()));
    }
}
