package cn.gov.laoshan.district.api.enterprise;

/**
 * File formats of {@link EnterpriseRegistry#importFile} (the registry's own copy, kept for compiled plugins; new
 * importers use {@link cn.gov.laoshan.district.api.imports.ImportFormat}).
 */
public enum ImportFormat {
    /** Comma-separated values, UTF-8 (with or without BOM) or GBK as saved by Excel in China; the encoding is detected. */
    CSV,
    /** Excel 2007+ workbook; the first sheet is read. */
    XLSX;

    /** The format of a file name ({@code .csv}, {@code .xlsx}); {@code null} when neither. */
    public static ImportFormat ofFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".csv") ? CSV : lower.endsWith(".xlsx") ? XLSX : null;
    }
}
