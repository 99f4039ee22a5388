package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The writer that plugins compiled before 1.5.0 call still writes the same sheets, now through {@link XlsxSheet}. */
class ExcelExportTest {

    @Test
    void theSheetWriterOfBefore150StillWritesThroughXlsxSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExcelExport.SheetWriter sheet = ExcelExport.sheet(out, "案件", List.of("编号", "金额", "受理日期"))) {
            sheet.row("=1+1", new BigDecimal("-12.50"), LocalDate.of(2026, 11, 27)).row("B", 3, null);
            assertEquals(2, sheet.rows());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("案件", workbook.getFirstSheet().getName());
            assertEquals(3, rows.size());
            assertEquals("'=1+1", rows.get(1).getCellText(0));
            assertEquals(0, new BigDecimal("-12.50").compareTo(rows.get(1).getCellAsNumber(1).orElseThrow()));
            assertEquals(LocalDate.of(2026, 11, 27), rows.get(1).getCellAsDate(2).orElseThrow().toLocalDate());
            assertEquals(0, BigDecimal.valueOf(3).compareTo(rows.get(2).getCellAsNumber(1).orElseThrow()));
        }
    }

    @Test
    void aWholeTableAtOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.write(out, "表", List.of("名称", "数量"), List.of(List.of("甲", 1), List.of("乙", 2)));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("乙", rows.get(2).getCellText(0));
            assertEquals(ExcelExport.XLSX, XlsxSheet.MEDIA_TYPE);
        }
    }
}
