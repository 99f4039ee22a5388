package cn.gov.laoshan.district.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

class RecordEventsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);

    /** Event Admin that keeps what was posted (posting is all RecordEvents does). */
    private static final class Recording implements EventAdmin {
        final List<Event> posted = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("events are posted, not sent: the caller must not wait for handlers");
        }
    }

    private static AccessControl signedIn(String login) {
        return new AccessControl() {
            public Optional<CurrentUser> currentUser() {
                return Optional.ofNullable(login).map(l -> new CurrentUser(l, l, "housing", null, false));
            }

            public boolean has(String permission) {
                return true;
            }

            public void check(String permission) {
            }

            public DepartmentScope scope(String permission) {
                return DepartmentScope.ALL;
            }

            public <T> T asSystem(Supplier<T> work) {
                return work.get();
            }
        };
    }

    @Test
    void anEventCarriesTheRecordTheActorTheDepartmentAndTheTime() {
        Recording admin = new Recording();
        RecordEvents events = new RecordEvents("housing", () -> admin, signedIn("zhanghua"), CLOCK);
        events.post("PROJECT_REGISTERED", "LS-2026-001", "housing", Map.of("projectName", "海尔路片区改造"));
        Event e = admin.posted.get(0);
        assertEquals("district/housing/PROJECT_REGISTERED", e.getTopic());
        assertEquals("LS-2026-001", e.getProperty(RecordEvents.RECORD_ID));
        assertEquals("zhanghua", e.getProperty(RecordEvents.ACTOR));
        assertEquals("housing", e.getProperty(RecordEvents.DEPARTMENT));
        assertEquals(CLOCK.millis(), e.getProperty(EventConstants.TIMESTAMP));
        assertEquals("海尔路片区改造", e.getProperty("projectName"));
        assertEquals("district/housing/*", events.allTopics());
    }

    @Test
    void aJobIsTheSystemAndAnUnknownDepartmentIsLeftOut() {
        Recording admin = new Recording();
        new RecordEvents("market/licence", () -> admin, signedIn(null), CLOCK).post("EXPIRED", "7", null, Map.of());
        Event e = admin.posted.get(0);
        assertEquals("district/market/licence/EXPIRED", e.getTopic());
        assertEquals(RecordEvents.SYSTEM, e.getProperty(RecordEvents.ACTOR));
        assertTrue(!List.of(e.getPropertyNames()).contains(RecordEvents.DEPARTMENT));
    }

    @Test
    void withoutEventAdminNothingIsPostedAndNothingFails() {
        RecordEvents events = new RecordEvents("mediation", () -> null, signedIn("lixiumei"), CLOCK);
        assertNull(events.post("REGISTERED", "TJ-2026-0001", "justice", Map.of("caseType", "NEIGHBOUR")));
    }

    @Test
    void topicsAndPropertiesAreChecked() {
        Recording admin = new Recording();
        RecordEvents events = new RecordEvents("mediation", () -> admin, signedIn("lixiumei"), CLOCK);
        assertThrows(IllegalArgumentException.class, () -> events.topic("registered"), "lower case event");
        assertThrows(IllegalArgumentException.class, () -> events.topic("A/B"), "a topic separator");
        assertThrows(IllegalArgumentException.class, () -> new RecordEvents("Mediation", () -> admin,
                signedIn("x"), CLOCK));
        assertThrows(IllegalArgumentException.class, () -> new RecordEvents("district/mediation", () -> admin,
                signedIn("x"), CLOCK), "the prefix comes after district/");
        assertThrows(IllegalArgumentException.class,
                () -> events.post("REGISTERED", "1", null, Map.of(RecordEvents.ACTOR, "someone else")));
        assertThrows(NullPointerException.class, () -> events.post("REGISTERED", null, null, Map.of()));
        assertTrue(admin.posted.isEmpty(), "nothing posted by a refused call");
    }
}
