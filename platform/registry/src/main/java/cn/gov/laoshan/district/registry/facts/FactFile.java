package cn.gov.laoshan.district.registry.facts;

import java.util.List;

import cn.gov.laoshan.district.uikit.imports.ImportColumn;

/**
 * The kinds of fact file staff import (the import screen's choice): each its columns, in the order its template
 * writes them. The files are read by {@link FigureImport} and {@link FactFileImports}, written by {@link FactImports}.
 */
public enum FactFile {
    /** Yearly figures: 统一社会信用代码, 指标, 年度, 数值, 来源, 截至日期. */
    FIGURES(FigureImport.Header.ALL),
    /** Qualifications: 统一社会信用代码, 资质, 有效期起, 有效期至, 证书编号 (optional). */
    QUALIFICATIONS(List.of(FactFileImports.USCC, FactFileImports.Qualifications.TYPE, FactFileImports.Qualifications.FROM,
            FactFileImports.Qualifications.UNTIL, FactFileImports.Qualifications.CERTIFICATE)),
    /** Credit grades, each with its reason: 统一社会信用代码, 信用等级, 理由. */
    CREDIT_GRADES(List.of(FactFileImports.USCC, FactFileImports.Grades.GRADE, FactFileImports.Grades.REASON)),
    /** Size classes: 统一社会信用代码, 企业规模. */
    SIZES(List.of(FactFileImports.USCC, FactFileImports.Sizes.SIZE));

    private final List<ImportColumn> columns;

    FactFile(List<ImportColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The file's columns, as its template writes them. */
    public List<ImportColumn> columns() {
        return columns;
    }

    /** The template's headers in the UI language (English headers are read too). */
    public List<String> headers(boolean chinese) {
        return columns.stream().map(c -> chinese ? c.zh() : c.en()).toList();
    }
}
