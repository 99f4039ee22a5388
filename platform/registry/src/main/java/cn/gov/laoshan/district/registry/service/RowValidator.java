package cn.gov.laoshan.district.registry.service;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.api.enterprise.EnterpriseStatus;
import cn.gov.laoshan.district.api.enterprise.ImportReport.Problem;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.InvalidAmountException;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;

/**
 * Turns one row of texts into an {@link Enterprise}, or says what is wrong with each field, in Chinese and
 * English. Also checks an {@link Enterprise} made in the UI ({@link #check}).
 */
public final class RowValidator {

    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);

    private final LocalDate today;

    public RowValidator(LocalDate today) {
        this.today = today;
    }

    /** The result of one row: an enterprise or problems. */
    public record Result(Enterprise enterprise, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param row    the row number people see (header = 1)
     * @param values the row's texts by column; a missing column is {@code null}; dates may be Excel serial numbers
     *               when {@code excelDates}
     */
    public Result parse(int row, Map<Column, String> values, boolean excelDates) {
        List<Problem> problems = new ArrayList<>();
        Uscc uscc = null;
        String codeText = text(values, Column.USCC);
        try {
            uscc = Uscc.parse(codeText);
        } catch (InvalidUsccException e) {
            problems.add(new Problem(row, Column.USCC.zh(), e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH)));
        }
        String name = text(values, Column.NAME);
        if (name == null) {
            problems.add(missing(row, Column.NAME));
        } else if (name.length() > 200) {
            problems.add(tooLong(row, Column.NAME, 200));
        }
        String type = length(row, values, Column.TYPE, 40, problems);
        String legal = length(row, values, Column.LEGAL_REPRESENTATIVE, 100, problems);
        String address = length(row, values, Column.ADDRESS, 300, problems);
        BigDecimal capital = capital(row, text(values, Column.CAPITAL), problems);
        LocalDate established = date(row, text(values, Column.ESTABLISHED_ON), excelDates, problems);
        String industry = text(values, Column.INDUSTRY);
        if (industry != null) {
            industry = industry.toUpperCase(Locale.ROOT);
            if (industry.length() > 5) {
                // "I6510 软件开发": keep the code
                industry = industry.split("\\s+")[0];
            }
            if (!Enterprise.INDUSTRY_CODE.matcher(industry).matches()) {
                problems.add(new Problem(row, Column.INDUSTRY.zh(),
                        "“" + industry + "”不是国民经济行业分类代码（GB/T 4754，如I6510）。",
                        "\"" + industry + "\" is no GB/T 4754 industry code (e.g. I6510)."));
                industry = null;
            }
        }
        String statusText = text(values, Column.STATUS);
        EnterpriseStatus status = EnterpriseStatus.fromText(statusText);
        if (statusText == null) {
            problems.add(missing(row, Column.STATUS));
        } else if (status == null) {
            problems.add(new Problem(row, Column.STATUS.zh(), "“" + statusText + "”不是登记状态：应为存续、在业、吊销、注销或迁出。",
                    "\"" + statusText + "\" is no status: use 存续, 在业, 吊销, 注销 or 迁出."));
        }
        String creditText = text(values, Column.CREDIT_GRADE);
        CreditGrade credit = CreditGrade.fromText(creditText);
        if (creditText != null && credit == null) {
            problems.add(new Problem(row, Column.CREDIT_GRADE.zh(), "“" + creditText + "”不是信用等级：应为A、B、C或D。",
                    "\"" + creditText + "\" is no credit grade: use A, B, C or D."));
        }
        String sizeText = text(values, Column.SIZE);
        EnterpriseSize size = EnterpriseSize.fromText(sizeText);
        if (sizeText != null && size == null) {
            problems.add(new Problem(row, Column.SIZE.zh(), "“" + sizeText + "”不是企业规模：应为大型、中型、小型或微型。",
                    "\"" + sizeText + "\" is no size: use 大型, 中型, 小型 or 微型."));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Enterprise(uscc, name, type, legal, capital, established, address, industry, status, credit,
                size), List.of());
    }

    /** Checks an enterprise made in a form: the same rules as a file's row (row 0). */
    public List<Problem> check(Enterprise e) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        values.put(Column.USCC, e.uscc().value());
        values.put(Column.NAME, e.name());
        values.put(Column.TYPE, e.type());
        values.put(Column.LEGAL_REPRESENTATIVE, e.legalRepresentative());
        values.put(Column.CAPITAL, e.registeredCapital() == null ? null : e.registeredCapital().toPlainString());
        values.put(Column.ESTABLISHED_ON, e.establishedOn() == null ? null : e.establishedOn().toString());
        values.put(Column.ADDRESS, e.address());
        values.put(Column.INDUSTRY, e.industryCode());
        values.put(Column.STATUS, e.status().zh());
        values.put(Column.CREDIT_GRADE, e.creditGrade() == null ? null : e.creditGrade().name());
        values.put(Column.SIZE, e.size() == null ? null : e.size().zh());
        return parse(0, values, false).problems();
    }

    private static String text(Map<Column, String> values, Column column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String length(int row, Map<Column, String> values, Column column, int max, List<Problem> problems) {
        String value = text(values, column);
        if (value != null && value.length() > max) {
            problems.add(tooLong(row, column, max));
        }
        return value;
    }

    /** 注册资本 as {@link Yuan#parse} reads it (5000000, 5,000,000.00, 500万, ¥…): exact to the fen, never negative. */
    private static BigDecimal capital(int row, String text, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            Yuan capital = Yuan.parse(text);
            if (capital.isNegative()) {
                problems.add(new Problem(row, Column.CAPITAL.zh(), "注册资本不能为负数：" + text + "。",
                        "The registered capital must not be negative: " + text + "."));
                return null;
            }
            return capital.amount();
        } catch (InvalidAmountException e) {
            problems.add(new Problem(row, Column.CAPITAL.zh(), e.message(Locale.SIMPLIFIED_CHINESE), e.message(Locale.ENGLISH)));
            return null;
        }
    }

    /**
     * A date as imports accept it (yyyy-MM-dd, yyyy/M/d, yyyy年M月d日, yyyyMMdd, and in .xlsx files a date cell's
     * serial), or {@code null} when the text is none of these; a {@link DateTimeException} for an impossible one
     * (2023-02-30).
     */
    public static LocalDate parseDate(String text, boolean excelDates) {
        return CheckedRows.parseDate(text, excelDates);
    }

    private LocalDate date(int row, String text, boolean excelDates, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = parseDate(text, excelDates);
        } catch (DateTimeException e) {
            problems.add(new Problem(row, Column.ESTABLISHED_ON.zh(), "“" + text + "”不是有效日期。",
                    "\"" + text + "\" is not a valid date."));
            return null;
        }
        if (date == null) {
            problems.add(new Problem(row, Column.ESTABLISHED_ON.zh(),
                    "“" + text + "”不是日期：应为 yyyy-MM-dd 或 yyyy/M/d，如 2018-05-20。",
                    "\"" + text + "\" is not a date: use yyyy-MM-dd or yyyy/M/d, e.g. 2018-05-20."));
            return null;
        }
        if (date.isAfter(today) || date.isBefore(EARLIEST)) {
            problems.add(new Problem(row, Column.ESTABLISHED_ON.zh(), "成立日期" + date + "不可能（应在1949-10-01至今天之间）。",
                    "Established on " + date + " is impossible (must be between 1949-10-01 and today)."));
            return null;
        }
        return date;
    }

    private static Problem missing(int row, Column column) {
        return new Problem(row, column.zh(), "必填项“" + column.zh() + "”为空。", column.en() + " is required.");
    }

    private static Problem tooLong(int row, Column column, int max) {
        return new Problem(row, column.zh(), column.zh() + "过长（最多" + max + "个字符）。",
                column.en() + " is too long (at most " + max + " characters).");
    }
}
