package cn.gov.laoshan.district.market.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;

/**
 * Known answers: the renewal window of each shipped type for a licence expiring in 2026, counted by hand on the
 * official 2026 arrangement (国庆 10-01..07 and 中秋 09-25..27 off, 09-20 and 10-10 worked, ...), and the steps of
 * the food business licence's reminders.
 */
class LicenceTypesTest {

    private static final WorkingDayCalendar CALENDAR = OfficialSchedules.calendar();
    private static final Map<String, LicenceType> TYPES = LicenceTypes.DEFAULTS.stream()
            .collect(Collectors.toMap(LicenceType::code, Function.identity()));
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private static RenewalWindow window(String type, LocalDate expires) {
        return TYPES.get(type).window(expires, CALENDAR);
    }

    @Test
    void fourteenTypesEachCitingItsRegulation() {
        assertEquals(14, LicenceTypes.DEFAULTS.size());
        assertEquals(14, TYPES.size());
        LicenceTypes.DEFAULTS.forEach(t -> assertTrue(t.regulation().contains("《"), t.code()));
        assertEquals(4, LicenceTypes.DEFAULTS.stream().filter(t -> t.regulation().startsWith("《中华人民共和国行政许可法》第五十条"))
                .count());
    }

    @Test
    void foodBusinessNinetyToFifteenWorkingDaysAcrossNationalDay() {
        // 15 working days before 2026-10-20: 10-19, 10-16..12, 10-10 (调休 Saturday), 10-09, 10-08, [国庆], 09-30..28,
        // [中秋], 09-24..22
        RenewalWindow w = window(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2026, 10, 20));
        assertEquals(LocalDate.of(2026, 9, 22), w.closes());
        assertEquals(LocalDate.of(2026, 6, 9), w.opens());
        ReminderSchedule steps = ReminderSchedule.of(TYPES.get(LicenceTypes.FOOD_BUSINESS), w, CALENDAR);
        assertEquals(List.of(new ReminderSchedule.Step("opens", LocalDate.of(2026, 6, 9)),
                new ReminderSchedule.Step("closes-30", LocalDate.of(2026, 8, 12)),
                new ReminderSchedule.Step("closes-7", LocalDate.of(2026, 9, 14)),
                new ReminderSchedule.Step("expired", LocalDate.of(2026, 10, 21))), steps.steps());
        assertEquals("closes-30", steps.due(LocalDate.of(2026, 9, 1)).orElseThrow().name());
        assertEquals("closes-7", steps.next(LocalDate.of(2026, 9, 1)).orElseThrow().name());
        assertTrue(TYPES.get(LicenceTypes.FOOD_BUSINESS).minimalRenewal());
        assertEquals(LocalDate.of(2031, 3, 1), TYPES.get(LicenceTypes.FOOD_BUSINESS).expiryOf(LocalDate.of(2026, 3, 2),
                null, null));
    }

    @Test
    void workingDayTypes() {
        RenewalWindow production = window("FOOD_PRODUCTION", LocalDate.of(2026, 11, 16));
        assertEquals(LocalDate.of(2026, 9, 29), production.closes());
        assertEquals(LocalDate.of(2026, 7, 7), production.opens());
        RenewalWindow device = window("MEDICAL_DEVICE_3", YEAR_END);
        assertEquals(LocalDate.of(2026, 11, 19), device.closes());
        assertEquals(LocalDate.of(2026, 8, 21), device.opens());
        assertFalse(TYPES.get("MEDICAL_DEVICE_3").lateAccepted());
        // across the Spring Festival: 15 working days before 2026-03-02 count 02-28 (调休 Saturday) and skip 02-15..23
        assertEquals(LocalDate.of(2026, 2, 3), window(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2026, 3, 2)).closes());
        assertEquals(LocalDate.of(2026, 1, 15), window(LicenceTypes.FOOD_BUSINESS, LocalDate.of(2026, 6, 1)).opens());
    }

    @Test
    void monthAndCalendarDayTypes() {
        assertEquals(new RenewalWindow(LocalDate.of(2026, 6, 30), YEAR_END, YEAR_END), window("DRUG_BUSINESS", YEAR_END));
        assertEquals(LocalDate.of(2026, 6, 30), window("INDUSTRIAL_PRODUCT", YEAR_END).closes());
        assertEquals(LocalDate.of(2026, 9, 30), window("WORK_SAFETY", YEAR_END).closes());
        assertEquals(36, TYPES.get("WORK_SAFETY").validityMonths());
        assertEquals(LocalDate.of(2026, 11, 1), window("POLLUTANT_DISCHARGE", YEAR_END).closes());
        assertEquals(LocalDate.of(2026, 11, 16), window("WATER_ABSTRACTION", YEAR_END).closes());
        assertEquals(LocalDate.of(2026, 12, 1), window("PUBLIC_PLACE_HYGIENE", YEAR_END).closes());
        assertEquals(48, TYPES.get("PUBLIC_PLACE_HYGIENE").validityMonths());
        for (String general : List.of("MEDICAL_INSTITUTION", "SMALL_WORKSHOP", "SMALL_CATERING", "SPECIAL_EQUIPMENT",
                "HAZARDOUS_CHEMICALS")) {
            assertEquals(LocalDate.of(2026, 12, 1), window(general, YEAR_END).closes(), general);
            assertNull(TYPES.get(general).validityMonths(), general);
        }
        // a type stating no validity renews for the old term's length
        assertEquals(LocalDate.of(2028, 1, 9), TYPES.get("SMALL_CATERING").expiryOf(LocalDate.of(2027, 1, 10),
                LocalDate.of(2026, 1, 10), LocalDate.of(2027, 1, 9)));
    }
}
