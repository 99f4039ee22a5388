package cn.gov.laoshan.district.uikit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void everyFormulaStartGetsAQuote() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"x\")", SpreadsheetText.safe("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+86 532 8888 0000", SpreadsheetText.safe("+86 532 8888 0000"));
        assertEquals("'-1+1", SpreadsheetText.safe("-1+1"));
        assertEquals("'@SUM(A1:A9)", SpreadsheetText.safe("@SUM(A1:A9)"));
        assertEquals("'\t=1+1", SpreadsheetText.safe("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetText.safe("\r=1+1"));
    }

    @Test
    void ordinaryTextIsUnchanged() {
        assertEquals("zhanghua", SpreadsheetText.safe("zhanghua"));
        assertEquals("青岛崂峰茶业有限公司", SpreadsheetText.safe("青岛崂峰茶业有限公司"));
        assertEquals("a=b", SpreadsheetText.safe("a=b"));
        assertEquals("0532-8888", SpreadsheetText.safe("0532-8888"));
        assertEquals(" =1", SpreadsheetText.safe(" =1"));
        assertEquals("", SpreadsheetText.safe(""));
        assertNull(SpreadsheetText.safe((String) null));
    }

    @Test
    void aRowNeutralisesTextOnlyNumbersStayNumbers() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        Object[] row = { "=1+1", -5, new BigDecimal("-12.50"), day, Boolean.TRUE, null, new StringBuilder("@x") };
        assertArrayEquals(new Object[] { "'=1+1", -5, new BigDecimal("-12.50"), day, Boolean.TRUE, null, "'@x" },
                SpreadsheetText.safe(row));
        assertEquals("=1+1", row[0], "the given row is not changed");
    }
}
