package cn.gov.laoshan.district.api.enterprise.facts;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.enterprise.Uscc;

/** Everything the registry knows about one enterprise beyond its registration. */
public record EnterpriseFacts(Uscc uscc, List<YearlyFigure> figures, List<Qualification> qualifications, Location location,
        List<CreditMark> creditMarks) {

    /** The figure of that kind and year, if known. */
    public Optional<YearlyFigure> figure(FigureKind kind, int year) {
        return figures.stream().filter(f -> f.kind() == kind && f.year() == year).findFirst();
    }
}
