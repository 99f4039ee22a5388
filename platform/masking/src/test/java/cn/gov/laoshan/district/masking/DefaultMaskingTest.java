package cn.gov.laoshan.district.masking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultMaskingTest {

    private final DefaultMasking masking = new DefaultMasking();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "370212199001011234|370212********1234",
            "37021219900101123X|370212********123X",
            "37021219900101123x|370212********123X",
            "370212 1990 0101 1234|370212********1234",
            "370212-19900101-1234|370212********1234",
            "３７０２１２１９９００１０１１２３４|370212********1234",
            "370212900101123|370212*****1123",
            "37021219900101|**************",
            "ABC|***"})
    void idCards(String input, String expected) {
        assertEquals(expected, masking.idCard(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678|138****5678",
            "138 1234 5678|138****5678",
            "138-1234-5678|138****5678",
            "+86 138 1234 5678|+86 138****5678",
            "0532-88886666|0532-****6666",
            "0532 8888 6666|0532-****6666",
            "053288886666|0532-****6666",
            "010-12345678|010-****5678",
            "(0532)88886666|0532-****6666",
            "88886666|****6666",
            "110|***",
            "电话|**"})
    void phones(String input, String expected) {
        assertEquals(expected, masking.phone(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6222021234567891234|***************1234",
            "6222 0212 3456 7891 234|***************1234",
            "1234|****"})
    void bankAccounts(String input, String expected) {
        assertEquals(expected, masking.bankAccount(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "张三|张*",
            "张三丰|张**",
            "欧阳修|欧阳*",
            "欧阳娜娜|欧阳**",
            "欧阳|欧*",
            "王|王",
            "' 李四 '|李*",
            "Zhang San|Z**** S**"})
    void names(String input, String expected) {
        assertEquals(expected, masking.name(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zhangsan@laoshan.gov.cn|z***@laoshan.gov.cn",
            "a@b.cn|a***@b.cn",
            "not-an-address|**************",
            "@x.cn|*****"})
    void emails(String input, String expected) {
        assertEquals(expected, masking.email(input));
    }

    @Test
    void nullStaysNullAndBlankStaysBlank() {
        assertNull(masking.idCard(null));
        assertNull(masking.phone(null));
        assertNull(masking.bankAccount(null));
        assertNull(masking.name(null));
        assertNull(masking.email(null));
        assertEquals("", masking.idCard("  "));
        assertEquals("", masking.phone(" "));
        assertEquals("", masking.bankAccount(" - "));
        assertEquals("", masking.name(""));
        assertEquals("", masking.email(" "));
    }

    @Test
    void neverShowsTheMiddleDigits() {
        String id = "370212199001011234";
        assertFalse(masking.idCard(id).contains("19900101"));
        assertFalse(masking.phone("13812345678").contains("1234"));
    }
}
