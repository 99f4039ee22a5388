package cn.gov.laoshan.district.api.enterprise.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.gov.laoshan.district.api.enterprise.Uscc;

/**
 * One figure of one enterprise for one year, with where it comes from (e.g. 统计年报, 税务, 企业自报) and the date it
 * was as of. One value per enterprise, kind and year: a newer figure replaces the older.
 */
public record YearlyFigure(Uscc uscc, FigureKind kind, int year, BigDecimal value, String source, LocalDate asOf) {

    public YearlyFigure {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
    }
}
