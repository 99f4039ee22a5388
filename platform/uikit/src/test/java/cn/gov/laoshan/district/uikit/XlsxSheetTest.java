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

class XlsxSheetTest {

    @Test
    void headersAndTypedValuesReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "市场主体", List.of("统一社会信用代码", "注册资本", "成立日期"))) {
            for (int i = 0; i < 2500; i++) {
                sheet.row("91350100M000100Y43", new BigDecimal("5000000.50"), LocalDate.of(2020, 1, 1).plusDays(i));
            }
            assertEquals(2500, sheet.rows());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("市场主体", workbook.getFirstSheet().getName());
            assertEquals(2501, rows.size());
            assertEquals("统一社会信用代码", rows.get(0).getCellText(0));
            assertEquals("91350100M000100Y43", rows.get(1).getCellText(0));
            assertEquals(0, new BigDecimal("5000000.50").compareTo(rows.get(1).getCellAsNumber(1).orElseThrow()));
            assertEquals(LocalDate.of(2026, 11, 4), rows.get(2500).getCellAsDate(2).orElseThrow().toLocalDate());
        }
    }

    @Test
    void textThatWouldBeAFormulaIsWrittenAsQuotedTextNumbersStayNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSheet sheet = XlsxSheet.open(out, "登录", List.of("登录名", "电话", "金额", "备注"))) {
            sheet.row("=HYPERLINK(\"http://evil.example\",\"点击\")", "+86 532 8888 0000", new BigDecimal("-12.50"),
                    "@SUM(A1)");
            sheet.row("zhanghua", "0532-8888", -3, "-2+3");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("'=HYPERLINK(\"http://evil.example\",\"点击\")", rows.get(1).getCellText(0));
            assertEquals(org.dhatim.fastexcel.reader.CellType.STRING, rows.get(1).getCell(0).getType());
            assertEquals("'+86 532 8888 0000", rows.get(1).getCellText(1));
            assertEquals(0, new BigDecimal("-12.50").compareTo(rows.get(1).getCellAsNumber(2).orElseThrow()));
            assertEquals("'@SUM(A1)", rows.get(1).getCellText(3));
            assertEquals("zhanghua", rows.get(2).getCellText(0));
            assertEquals("0532-8888", rows.get(2).getCellText(1));
            assertEquals(org.dhatim.fastexcel.reader.CellType.NUMBER, rows.get(2).getCell(2).getType());
            assertEquals("'-2+3", rows.get(2).getCellText(3));
        }
    }
}
