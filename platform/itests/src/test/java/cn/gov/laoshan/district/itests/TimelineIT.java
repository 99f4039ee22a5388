package cn.gov.laoshan.district.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.testkit.TestPlatform;

/** The platform keeps each record's transitions, in order, with who made them; and audits them. */
class TimelineIT {

    @Test
    void transitionsAreKeptInOrderAndAudited() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            Timeline timeline = platform.runtime().service(Timeline.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            String id = "崂调〔2026〕0001号";
            assertThrows(IllegalStateException.class,
                    () -> timeline.record("mediation", "MediationCase", id, "register", null, "REGISTERED", null),
                    "nobody is signed in on this thread");
            access.asSystem(() -> {
                timeline.record("mediation", "MediationCase", id, "register", null, "REGISTERED", "窗口受理");
                timeline.record("mediation", "MediationCase", id, "decline", "REGISTERED", "DECLINED", "不属于调解范围");
                return null;
            });
            List<TimelineEntry> entries = timeline.of("mediation", "MediationCase", id);
            assertEquals(List.of("register", "decline"), entries.stream().map(TimelineEntry::action).toList());
            assertNull(entries.get(0).from());
            assertEquals("DECLINED", entries.get(1).to());
            assertEquals("不属于调解范围", entries.get(1).note());
            assertEquals("system", entries.get(1).actorLogin());
            assertEquals(List.of(), timeline.of("mediation", "MediationCase", "崂调〔2026〕0002号"));

            int audited = platform.runtime().database().jdbi("platform").withHandle(h -> h.createQuery(
                    "select count(*) from audit_record where object_id = :id and action like 'transition.%'")
                    .bind("id", id).mapTo(Integer.class).one());
            assertEquals(2, audited);
        }
    }

    /** Many records' same transition in one go (a match run's offers): one entry each, one audit record naming them. */
    @Test
    void aBatchIsOneEntryEachAndOneAuditRecord() throws Exception {
        try (TestPlatform platform = TestPlatform.start()) {
            Timeline timeline = platform.runtime().service(Timeline.class).orElseThrow();
            AccessControl access = platform.runtime().service(AccessControl.class).orElseThrow();
            java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= 1200; i++) {
                notes.put(String.valueOf(i), i % 2 == 0 ? "¥" + i + ".00" : null);
            }
            access.asSystem(() -> {
                timeline.recordAll("policy", "PolicyEntitlement", "offer", null, "OFFERED", notes);
                return null;
            });
            List<TimelineEntry> entries = timeline.of("policy", "PolicyEntitlement", "1200");
            assertEquals(1, entries.size());
            assertEquals("offer", entries.get(0).action());
            assertEquals("OFFERED", entries.get(0).to());
            assertEquals("¥1200.00", entries.get(0).note());
            assertEquals("system", entries.get(0).actorLogin());
            assertNull(timeline.of("policy", "PolicyEntitlement", "1").get(0).note());
            var database = platform.runtime().database().jdbi("platform");
            int written = database.withHandle(h -> h.createQuery("select count(*) from timeline_event where "
                    + "source = 'policy' and record_type = 'PolicyEntitlement'").mapTo(Integer.class).one());
            assertEquals(1200, written);
            List<String> audited = database.withHandle(h -> h.createQuery("select object_id from audit_record where "
                    + "action = 'transition.offer' and object_type = 'PolicyEntitlement'").mapTo(String.class).list());
            assertEquals(List.of("1200×"), audited, "one audit record for the batch, naming the count");
        }
    }
}
