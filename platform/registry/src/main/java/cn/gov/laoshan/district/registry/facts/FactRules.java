package cn.gov.laoshan.district.registry.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.laoshan.district.api.enterprise.ImportReport;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Location;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;

/** What a fact must be to be kept; each problem in Chinese and English, with its row (0 outside an import). */
final class FactRules {

    /** The first year figures are kept for. */
    static final int FIRST_YEAR = 1990;

    private FactRules() {
    }

    static ImportReport.Problem problem(int row, String field, String zh, String en) {
        return new ImportReport.Problem(row, field, zh, en);
    }

    static List<ImportReport.Problem> check(YearlyFigure f, LocalDate today, int row) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (f.year() < FIRST_YEAR || f.year() > today.getYear()) {
            problems.add(problem(row, "年度", "年度应在" + FIRST_YEAR + "至" + today.getYear() + "之间。",
                    "The year must be between " + FIRST_YEAR + " and " + today.getYear() + "."));
        }
        if (f.value().signum() < 0) {
            problems.add(problem(row, "数值", "数值不能为负数。", "The value cannot be negative."));
        } else if (f.value().compareTo(new BigDecimal("1e17")) >= 0) {
            problems.add(problem(row, "数值", "数值过大。", "The value is too large."));
        } else if (f.kind() == FigureKind.HEADCOUNT && f.value().stripTrailingZeros().scale() > 0) {
            problems.add(problem(row, "数值", "从业人数应为整数。", "The headcount must be a whole number."));
        }
        if (f.source().isBlank() || f.source().strip().length() > 100) {
            problems.add(problem(row, "来源", "来源不能为空，最多100个字。", "The source is required, at most 100 characters."));
        }
        if (f.asOf().isAfter(today)) {
            problems.add(problem(row, "截至日期", "截至日期不能晚于今天。", "The as-of date cannot be in the future."));
        }
        return problems;
    }

    static List<ImportReport.Problem> check(Qualification q, int row) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (q.validUntil().isBefore(q.validFrom())) {
            problems.add(problem(row, "有效期", "有效期止不能早于有效期起。", "The end of validity cannot be before its start."));
        }
        if (q.certificate() != null && q.certificate().length() > 60) {
            problems.add(problem(row, "证书编号", "证书编号最多60个字符。", "The certificate number has at most 60 characters."));
        }
        return problems;
    }

    static List<ImportReport.Problem> check(Location l, int row) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (l.street() != null && l.street().length() > 40) {
            problems.add(problem(row, "街道", "街道最多40个字。", "The street has at most 40 characters."));
        }
        if (l.park() != null && l.park().length() > 100) {
            problems.add(problem(row, "园区", "园区最多100个字。", "The park has at most 100 characters."));
        }
        return problems;
    }

    /** A change of credit needs its reason (kept in the audit record). */
    static void reason(String reason, List<ImportReport.Problem> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(problem(0, "理由", "请填写理由。", "A reason is required."));
        } else if (reason.strip().length() > 500) {
            problems.add(problem(0, "理由", "理由最多500个字。", "The reason has at most 500 characters."));
        }
    }
}
