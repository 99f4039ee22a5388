package cn.gov.laoshan.district.registry.facts;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.api.imports.ImportLimits;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.uikit.imports.ImportColumn;
import cn.gov.laoshan.district.registry.service.ImportReader;

/**
 * The rows of a yearly-figures file, checked by the import kit (same reading, limits and messages as every import,
 * see {@link ImportReader#readRows}): columns 统一社会信用代码, 指标 (从业人数 / 营业收入 / 纳税额 / 研发投入 / 出口额, or the
 * English labels), 年度, 数值, 来源, 截至日期, by Chinese or English header. What is the registry's own: the code, the
 * figure kind, the fact rules ({@link FactRules}), and a figure twice in a file (code, kind, year) is a problem.
 */
final class FigureImport extends CheckedRows<YearlyFigure> {

    /** The columns by Chinese or English header, in file order ({@link #ALL}). */
    static final class Header {
        static final ImportColumn USCC = ImportColumn.of("统一社会信用代码", "Unified social credit code", true);
        static final ImportColumn KIND = ImportColumn.of("指标", "Figure", true);
        static final ImportColumn YEAR = ImportColumn.of("年度", "Year", true);
        static final ImportColumn VALUE = ImportColumn.of("数值", "Value", true);
        static final ImportColumn SOURCE = ImportColumn.of("来源", "Source", true);
        static final ImportColumn AS_OF = ImportColumn.of("截至日期", "As of", true);
        static final List<ImportColumn> ALL = List.of(USCC, KIND, YEAR, VALUE, SOURCE, AS_OF);

        private Header() {
        }
    }

    private final LocalDate today;

    FigureImport(LocalDate today, ImportLimits limits, cn.gov.laoshan.district.api.imports.ImportProgress progress) {
        super(limits, Header.ALL, progress);
        this.today = today;
    }

    @Override
    protected YearlyFigure check(Row row) {
        Uscc uscc = null;
        String code = row.required(Header.USCC);
        if (code != null) {
            try {
                uscc = Uscc.parse(code);
            } catch (InvalidUsccException e) {
                row.problem(Header.USCC, e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH));
            }
        }
        String kindText = row.text(Header.KIND);
        FigureKind kind = FigureKind.ofLabel(kindText);
        if (kind == null) {
            String shown = kindText == null ? "" : kindText;
            row.problem(Header.KIND, "“" + shown + "”不是指标：应为从业人数、营业收入、纳税额、研发投入或出口额。",
                    "\"" + shown + "\" is not a figure: use 从业人数, 营业收入, 纳税额, 研发投入 or 出口额.");
        }
        Integer year = row.wholeNumber(Header.YEAR, true);
        java.math.BigDecimal amount = null;
        String valueText = row.required(Header.VALUE);
        if (valueText != null) {
            try {
                amount = new java.math.BigDecimal(valueText.replace(",", "").replace("，", "").strip());
            } catch (NumberFormatException e) {
                row.problem(Header.VALUE, "“" + valueText + "”不是数值。", "\"" + valueText + "\" is not a number.");
            }
        }
        String source = row.required(Header.SOURCE);
        LocalDate asOf = row.date(Header.AS_OF, true);
        if (!row.ok()) {
            return null;
        }
        YearlyFigure figure = new YearlyFigure(uscc, kind, year, amount.setScale(2, RoundingMode.HALF_UP), source, asOf);
        FactRules.check(figure, today, row.number()).forEach(p -> row.problem(new ImportProblem(p.row(), p.field(),
                p.messageZh(), p.messageEn())));
        row.unique(Header.KIND, uscc.value() + "/" + kind + "/" + year, uscc + " " + year + " " + kind.zh());
        return figure;
    }
}
