package cn.gov.laoshan.district.registry.facts;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.registry.service.ImportReader;
import cn.gov.laoshan.district.registry.service.RowValidator;

/**
 * The rows of a yearly-figures file, read by the registry's {@link ImportReader} (same encodings, limits and
 * messages as the enterprise import): columns 统一社会信用代码, 指标 (从业人数 / 营业收入 / 纳税额 / 研发投入 / 出口额, or
 * the English labels), 年度, 数值, 来源, 截至日期, by Chinese or English header. Every problem with its row and field;
 * a figure twice in a file (code, kind, year) is a problem.
 */
final class FigureImport implements ImportReader.Rows<FigureImport.Result> {

    /** The file's figures when good, its problems when not. */
    record Result(int rowsRead, List<YearlyFigure> figures, List<Problem> problems) {
    }

    enum Header {
        USCC("统一社会信用代码", "Unified social credit code"),
        KIND("指标", "Figure"),
        YEAR("年度", "Year"),
        VALUE("数值", "Value"),
        SOURCE("来源", "Source"),
        AS_OF("截至日期", "As of");

        final String zh;
        final String en;

        Header(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        static Header of(String text) {
            String t = text == null ? "" : text.strip();
            for (Header h : values()) {
                if (h.zh.equals(t) || h.en.equalsIgnoreCase(t)) {
                    return h;
                }
            }
            return null;
        }
    }

    private final LocalDate today;
    private final Map<Header, Integer> columns = new HashMap<>();
    private final List<YearlyFigure> figures = new ArrayList<>();
    /** The file row of each figure. */
    private final List<Integer> figureRows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private int read;

    FigureImport(LocalDate today) {
        this.today = today;
    }

    @Override
    public boolean header(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            Header h = Header.of(headers.get(i));
            if (h != null) {
                columns.putIfAbsent(h, i);
            }
        }
        for (Header h : Header.values()) {
            if (!columns.containsKey(h)) {
                problems.add(new Problem(1, h.zh, "表头缺少必填列“" + h.zh + "”。",
                        "The header row lacks the required column \"" + h.zh + "\" (" + h.en + ")."));
            }
        }
        return problems.isEmpty();
    }

    @Override
    public boolean row(int row, String[] values, boolean excel) {
        if (read == ImportReader.MAX_ROWS) {
            problems.add(new Problem(0, null, "文件行数过多：请拆分为多个文件分批导入。未导入任何数据。",
                    "The file has too many rows: split it into several files. Nothing was imported."));
            return false;
        }
        read++;
        List<Problem> found = new ArrayList<>();
        Uscc uscc = null;
        String code = value(values, Header.USCC);
        if (code == null) {
            found.add(required(row, Header.USCC));
        } else {
            try {
                uscc = Uscc.parse(code);
            } catch (InvalidUsccException e) {
                found.add(new Problem(row, Header.USCC.zh, e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH)));
            }
        }
        String kindText = value(values, Header.KIND);
        FigureKind kind = FigureKind.ofLabel(kindText);
        if (kind == null) {
            found.add(new Problem(row, Header.KIND.zh, "“" + (kindText == null ? "" : kindText) + "”不是指标：应为从业人数、营业收入、纳税额、研发投入或出口额。",
                    "\"" + (kindText == null ? "" : kindText) + "\" is not a figure: use 从业人数, 营业收入, 纳税额, 研发投入 or 出口额."));
        }
        Integer year = null;
        String yearText = value(values, Header.YEAR);
        if (yearText == null) {
            found.add(required(row, Header.YEAR));
        } else {
            try {
                year = new BigDecimal(yearText.replace("年", "").strip()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                found.add(new Problem(row, Header.YEAR.zh, "“" + yearText + "”不是年度，如 2025。", "\"" + yearText + "\" is not a year, e.g. 2025."));
            }
        }
        BigDecimal amount = null;
        String valueText = value(values, Header.VALUE);
        if (valueText == null) {
            found.add(required(row, Header.VALUE));
        } else {
            try {
                amount = new BigDecimal(valueText.replace(",", "").replace("，", "").strip());
            } catch (NumberFormatException e) {
                found.add(new Problem(row, Header.VALUE.zh, "“" + valueText + "”不是数值。", "\"" + valueText + "\" is not a number."));
            }
        }
        String source = value(values, Header.SOURCE);
        if (source == null) {
            found.add(required(row, Header.SOURCE));
        }
        LocalDate asOf = null;
        String asOfText = value(values, Header.AS_OF);
        if (asOfText == null) {
            found.add(required(row, Header.AS_OF));
        } else {
            try {
                asOf = RowValidator.parseDate(asOfText, excel);
            } catch (DateTimeException e) {
                asOf = null;
            }
            if (asOf == null) {
                found.add(new Problem(row, Header.AS_OF.zh, "“" + asOfText + "”不是日期：应为 yyyy-MM-dd，如 2025-03-31。",
                        "\"" + asOfText + "\" is not a date: use yyyy-MM-dd, e.g. 2025-03-31."));
            }
        }
        if (found.isEmpty()) {
            YearlyFigure figure = new YearlyFigure(uscc, kind, year, amount.setScale(2, java.math.RoundingMode.HALF_UP), source, asOf);
            found.addAll(FactRules.check(figure, today, row));
            Integer first = seen.putIfAbsent(uscc.value() + "/" + kind + "/" + year, row);
            if (first != null) {
                found.add(new Problem(row, Header.KIND.zh, uscc + "的" + year + "年" + kind.zh() + "与第" + first + "行重复。",
                        "The " + year + " " + kind.label(Locale.ENGLISH).toLowerCase(Locale.ROOT) + " of " + uscc
                                + " appears already in row " + first + "."));
            }
            if (found.isEmpty()) {
                figures.add(figure);
                figureRows.add(row);
            }
        }
        problems.addAll(found);
        if (problems.size() >= ImportReader.MAX_PROBLEMS) {
            problems.add(new Problem(0, null, "问题过多，仅列出前" + ImportReader.MAX_PROBLEMS + "项；其余行未检查。",
                    "Too many problems: the first " + ImportReader.MAX_PROBLEMS + " are listed, later rows were not checked."));
            return false;
        }
        return true;
    }

    /** The file row of the figure at this index of {@link Result#figures()}. */
    int rowOf(int index) {
        return figureRows.get(index);
    }

    private String value(String[] values, Header header) {
        Integer index = columns.get(header);
        String v = index == null || index >= values.length ? null : values[index];
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Problem required(int row, Header header) {
        return new Problem(row, header.zh, header.zh + "不能为空。", header.en + " is required.");
    }

    @Override
    public int rowsRead() {
        return read;
    }

    @Override
    public Result result() {
        if (problems.isEmpty() && read == 0) {
            return failed(new Problem(0, null, "文件没有数据行。", "The file has no data rows."));
        }
        return new Result(read, problems.isEmpty() ? figures : List.of(), problems);
    }

    @Override
    public Result empty() {
        return failed(new Problem(0, null, "文件为空：第一行应为表头（统一社会信用代码、指标、年度、数值、来源、截至日期）。",
                "The file is empty: the first row must be the headers (统一社会信用代码, 指标, 年度, 数值, 来源, 截至日期)."));
    }

    @Override
    public Result failed(Problem problem) {
        return new Result(read, List.of(), List.of(problem));
    }
}
