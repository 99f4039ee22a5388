package cn.gov.laoshan.district.servicehall.salon.domain;

import java.time.Instant;

/**
 * An enterprise registered for a 会客厅 event, and whether it came: ticked at the door by the hall's staff with the
 * number of its people who came.
 *
 * @param attendees      people the enterprise registered
 * @param projectName    the project it brings, or {@code null}
 * @param attendedPeople people of it who came (0 when it did not come)
 * @param checkedInBy    who ticked it at the door, or {@code null}
 */
public record SalonRegistration(long eventId, String uscc, String registeredBy, int attendees, String projectName,
        boolean attended, int attendedPeople, String checkedInBy, Instant checkedInAt) {
}
