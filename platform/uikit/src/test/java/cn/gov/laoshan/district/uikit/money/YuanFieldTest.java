package cn.gov.laoshan.district.uikit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.money.Yuan;

class YuanFieldTest {

    @Test
    void readsWhatIsTypedAndWritesItBackInOneForm() {
        YuanField field = new YuanField("总投资", Locale.SIMPLIFIED_CHINESE);
        List<Yuan> values = new ArrayList<>();
        field.addValueChangeListener(e -> values.add(e.getValue()));
        field.textField().setValue("12.5万");
        assertEquals(Yuan.of(125_000), field.getValue());
        assertEquals("125,000.00", field.textField().getValue());
        assertEquals("12.50万元", field.getHelperText());
        assertFalse(field.isInvalid());
        assertEquals(List.of(Yuan.of(125_000)), values);
    }

    @Test
    void aThirdDecimalIsRefusedWithTheReasonInTheUiLanguage() {
        YuanField zh = new YuanField("总投资", Locale.SIMPLIFIED_CHINESE);
        zh.setValue(Yuan.of(5));
        zh.textField().setValue("1.005");
        assertNull(zh.getValue());
        assertTrue(zh.isInvalid());
        assertTrue(zh.hasBadInput());
        assertEquals("“1.005”超过两位小数：金额精确到分（0.01元）。", zh.getErrorMessage());
        assertEquals("1.005", zh.textField().getValue(), "what was typed stays to be corrected");

        YuanField en = new YuanField("Budget", Locale.ENGLISH);
        en.textField().setValue("abc");
        assertTrue(en.isInvalid());
        assertEquals("\"abc\" is not an amount: write e.g. 125,000.00 or 12.5万.", en.getErrorMessage());
        en.textField().setValue("¥1,000");
        assertFalse(en.isInvalid());
        assertFalse(en.hasBadInput());
        assertEquals(Yuan.of(1000), en.getValue());
        assertNull(en.getHelperText(), "no 万 form for an English reader");
    }

    @Test
    void blankIsNoAmountAndNoError() {
        YuanField field = new YuanField("总投资", Locale.SIMPLIFIED_CHINESE);
        field.setValue(Yuan.parse("3.50"));
        assertEquals("3.50", field.textField().getValue());
        field.textField().setValue("  ");
        assertNull(field.getValue());
        assertFalse(field.isInvalid());
        assertFalse(field.hasBadInput());
    }
}
