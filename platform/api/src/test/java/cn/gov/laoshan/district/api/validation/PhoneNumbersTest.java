package cn.gov.laoshan.district.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "13912345678, 13912345678",
        "' 139 1234 5678 ', 13912345678",
        "139-1234-5678, 13912345678",
        "19912345678, 19912345678",
        "0532-88888888, 0532-88888888",
        "0532 88888888, 0532-88888888",
        "053288888888, 0532-88888888",
        "010-12345678, 010-12345678",
        "01012345678, 010-12345678",
        "0532-8888888, 0532-8888888",
        "0532-88888888-123, 0532-88888888-123"})
    void mobilesAndLandlinesAreAcceptedInTheirStoredForm(String typed, String stored) {
        assertEquals(stored, PhoneNumbers.normalize(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345678901", "10086", "1391234567", "139123456789", "2532-88888888",
        "0532-888", "abc", "139l2345678", "+86 13912345678", "0532/88888888", "88888888"})
    void anythingElseIsRefused(String typed) {
        assertFalse(PhoneNumbers.valid(typed), typed);
        assertNull(PhoneNumbers.normalize(typed));
    }

    @org.junit.jupiter.api.Test
    void nullIsNoNumber() {
        assertFalse(PhoneNumbers.valid(null));
    }
}
