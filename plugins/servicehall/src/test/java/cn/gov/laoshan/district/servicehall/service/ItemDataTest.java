package cn.gov.laoshan.district.servicehall.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.servicehall.ServicehallPlugin;
import cn.gov.laoshan.district.servicehall.domain.Item;
import cn.gov.laoshan.district.servicehall.domain.ItemState;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;

/**
 * The service over the plugin's real migration on Derby and, when configured, PostgreSQL: refused input changes
 * nothing, department scope in every read and change, each step on the timeline and announced as an event. Made
 * as {@code ServicehallPlugin} makes it, with the shared test doubles.
 */
class ItemDataTest {

    private static final String OTHER = "other-department";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static List<TestDatabase> databases() throws Exception {
        return TestDatabase.available();
    }

    /** What the plugin posted. */
    static final class Events implements EventAdmin {
        final List<Event> posted = new CopyOnWriteArrayList<>();

        public void postEvent(Event event) {
            posted.add(event);
        }

        public void sendEvent(Event event) {
            posted.add(event);
        }
    }

    private final TestAccess access = TestAccess.staff("clerk", ItemWorkflow.DEPARTMENT, ItemWorkflow.READ,
            ItemWorkflow.CREATE, ItemWorkflow.DECIDE).within(ItemWorkflow.DEPARTMENT);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    private final Events events = new Events();

    private ItemService service(PluginSchema schema) {
        return new ItemService(new ItemRepository(schema.jdbi()), access, timeline,
                new RecordEvents(ItemWorkflow.PLUGIN, () -> events, access, clock), clock);
    }

    private static Item.Draft draft(String title) {
        return new Item.Draft(title, "王芳", "13912345678", TODAY.minusDays(2));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badInputIsRefusedAtItsFieldAndNothingIsStored(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ItemWorkflow.PLUGIN, ServicehallPlugin.class)) {
            ItemService items = service(schema);
            assertEquals("title", refused(() -> items.create(draft(" "))).field());
            assertEquals("phone", refused(() -> items.create(new Item.Draft("申请", "王芳", "123", TODAY))).field());
            RefusedException future = refused(() -> items.create(new Item.Draft("申请", "王芳", "13912345678",
                    TODAY.plusDays(1))));
            assertEquals("receivedOn", future.field());
            assertEquals("shell.date.after", future.messageKey());
            assertEquals(0, items.count(null));
            assertEquals(List.of(), timeline.entries());
            assertEquals(List.of(), events.posted);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anItemMovesThroughItsWorkflowOnTheTimelineWithEvents(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ItemWorkflow.PLUGIN, ServicehallPlugin.class)) {
            ItemService items = service(schema);
            Item item = items.create(draft(" 办理申请 "));
            assertEquals("办理申请", item.title());
            assertEquals(ItemWorkflow.DEPARTMENT, item.departmentCode());
            assertEquals(List.of("accept", "reject"), items.actions(item).stream().map(Transition::action).sorted().toList());
            Item accepted = items.fire(item.id(), "accept", null);
            assertEquals(ItemState.ACCEPTED, accepted.state());
            assertEquals(ItemState.DONE, items.fire(item.id(), "complete", null).state());
            assertEquals(List.of("submit", "accept", "complete"), timeline.actions());
            assertEquals(List.of("submit", "accept", "complete"),
                    items.history(item.id()).stream().map(TimelineEntry::action).toList());
            assertEquals(List.of("district/servicehall/SUBMITTED", "district/servicehall/ACCEPTED", "district/servicehall/DONE"),
                    events.posted.stream().map(Event::getTopic).toList());
            Event done = events.posted.get(2);
            assertEquals(String.valueOf(item.id()), done.getProperty(RecordEvents.RECORD_ID));
            assertEquals(ItemWorkflow.DEPARTMENT, done.getProperty(RecordEvents.DEPARTMENT));
            assertEquals("clerk", done.getProperty(RecordEvents.ACTOR));
            assertEquals(List.of(item.id()), items.list(ItemState.DONE, 0, 10).stream().map(Item::id).toList());
            assertEquals(0, items.count(ItemState.SUBMITTED));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anotherDepartmentNeitherSeesNorHandlesTheItem(TestDatabase database) {
        try (PluginSchema schema = PluginSchema.migrate(database, ItemWorkflow.PLUGIN, ServicehallPlugin.class)) {
            ItemService items = service(schema);
            Item item = items.create(draft("本部门的事项"));
            access.as("stranger", OTHER, ItemWorkflow.READ, ItemWorkflow.CREATE, ItemWorkflow.DECIDE).within(OTHER);
            assertEquals(0, items.count(null));
            assertTrue(items.find(item.id()).isEmpty());
            assertEquals(List.of(), items.history(item.id()));
            assertEquals("servicehall.error.not-found", refused(() -> items.fire(item.id(), "accept", null)).messageKey());
            // a new record of theirs goes to their own department, where their permission holds
            assertEquals(OTHER, items.create(draft("他们的事项")).departmentCode());
            access.signOut();
            assertThrows(AccessDeniedException.class, () -> items.list(null, 0, 10));
            access.as("clerk", ItemWorkflow.DEPARTMENT, ItemWorkflow.READ, ItemWorkflow.CREATE,
                    ItemWorkflow.DECIDE).within(ItemWorkflow.DEPARTMENT);
            assertEquals(ItemState.SUBMITTED, items.find(item.id()).orElseThrow().state());
            assertEquals(1, items.count(null));
        }
    }

    private static RefusedException refused(org.junit.jupiter.api.function.Executable step) {
        return assertThrows(RefusedException.class, step);
    }
}
