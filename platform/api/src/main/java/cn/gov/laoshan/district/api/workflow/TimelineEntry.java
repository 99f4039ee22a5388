package cn.gov.laoshan.district.api.workflow;

import java.time.Instant;

/** One transition in a record's history. */
public record TimelineEntry(Instant at, String actorLogin, String actorName, String action, String from, String to,
        String note) {
}
