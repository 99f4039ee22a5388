package cn.gov.laoshan.district.market.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One source of what the market plugin's own records say about enterprises, read by the monthly credit-risk grading
 * (国市监信发〔2022〕6号). Each source is a DS service of the market bundle; the grading reads every one registered.
 */
public interface CreditSignalSource {

    /** What this source saw between {@code from} (inclusive) and {@code to} (exclusive), by USCC; never null. */
    Map<String, List<CreditSignal>> signals(LocalDate from, LocalDate to);

    /** One thing the records say about an enterprise: {@code kind} as documented per source, its day, a line of detail. */
    record CreditSignal(String kind, LocalDate day, String detail) {
    }
}
