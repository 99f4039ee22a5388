package cn.gov.laoshan.district.market.lenient.domain;

import java.time.LocalDate;

/** An earlier violation of the same enterprise in the platform's records: its list item (null: of unknown type). */
public record PriorViolation(String reference, String itemCode, LocalDate foundOn) {
}
