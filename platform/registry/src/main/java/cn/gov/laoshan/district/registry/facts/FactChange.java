package cn.gov.laoshan.district.registry.facts;

import java.time.Instant;

/**
 * One change of an enterprise's facts as its history keeps it ({@link FactHistory}): when, who (login and name), what
 * ({@code action}, one of {@code FactHistory}'s kinds, and its {@code subject}), the value before and after in a
 * neutral form ({@code null}: none), the reason, source or certificate, and the file it came from ({@code null}: a
 * change made on the page).
 */
public record FactChange(Instant at, String actor, String actorName, String action, String subject, String before,
        String after, String note, String file) {
}
