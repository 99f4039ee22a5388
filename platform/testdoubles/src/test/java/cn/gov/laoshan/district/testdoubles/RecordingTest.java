package cn.gov.laoshan.district.testdoubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;

/** The recording timeline and audit log keep what they are given, with who and when. */
class RecordingTest {

    @Test
    void theTimelineAnswersARecordsTransitionsOldestFirstWithWhoAndWhen() {
        TestAccess access = TestAccess.staff("lixiumei", "social-governance");
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T02:00:00Z"), ZoneOffset.UTC);
        RecordingTimeline timeline = new RecordingTimeline(access, clock);
        timeline.record("mediation", "MediationCase", "0001", "register", null, "REGISTERED", null);
        timeline.record("mediation", "MediationCase", "0002", "register", null, "REGISTERED", null);
        timeline.record("mediation", "MediationCase", "0001", "accept", "REGISTERED", "ACCEPTED", "受理");
        assertEquals(List.of(
                new TimelineEntry(clock.instant(), "lixiumei", "lixiumei", "register", null, "REGISTERED", null),
                new TimelineEntry(clock.instant(), "lixiumei", "lixiumei", "accept", "REGISTERED", "ACCEPTED", "受理")),
                timeline.of("mediation", "MediationCase", "0001"));
        assertEquals(List.of(), timeline.of("housing", "MediationCase", "0001"));
        assertEquals(List.of("register", "register", "accept"), timeline.actions());
        timeline.clear();
        assertEquals(List.of(), timeline.entries());
    }

    @Test
    void theAuditLogKeepsEachRecordAndItsActor() {
        TestAccess access = TestAccess.staff("zhanghua", "housing");
        RecordingAuditLog audit = new RecordingAuditLog(access);
        assertThrows(AssertionError.class, audit::last);
        audit.record("housing", "project.register", "Project", "7", null, "{\"name\":\"一期\"}");
        access.signOut();
        audit.record("housing", "project.delete", "Project", "7", "{}", null);
        audit.record(new CurrentUser("mingde-qy", "明德", null, "91370212MA3D0WPHWP", false), "identity", "sign-in",
                null, null, null, null);
        assertEquals(List.of("project.register", "project.delete", "sign-in"), audit.actions());
        assertEquals(new RecordingAuditLog.Entry("zhanghua", "housing", "project.register", "Project", "7", null,
                "{\"name\":\"一期\"}"), audit.entries().get(0));
        assertNull(audit.entries().get(1).actor(), "nobody signed in");
        assertEquals("mingde-qy", audit.last().actor());
    }
}
