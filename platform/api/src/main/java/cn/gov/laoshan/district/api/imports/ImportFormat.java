package cn.gov.laoshan.district.api.imports;

import java.util.Locale;

/** The file formats an import reads. */
public enum ImportFormat {
    /** Comma-separated values, UTF-8 (with or without BOM) or GBK/GB18030 as saved by Excel in China; detected. */
    CSV,
    /** Excel 2007+ workbook (.xlsx); the first sheet is read. */
    XLSX;

    /** The format of a file name ({@code .csv}, {@code .xlsx}, any case); {@code null} when neither. */
    public static ImportFormat ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? CSV : lower.endsWith(".xlsx") ? XLSX : null;
    }
}
