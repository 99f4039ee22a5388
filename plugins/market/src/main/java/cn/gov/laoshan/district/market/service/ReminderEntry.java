package cn.gov.laoshan.district.market.service;

import java.time.Instant;

/** One line of the reminders log: which step of which licence went to whom, when. */
public record ReminderEntry(long id, long licenceId, String licenceNo, String typeCode, String step,
        String recipientKind, String recipient, String title, Instant sentAt) {
}
