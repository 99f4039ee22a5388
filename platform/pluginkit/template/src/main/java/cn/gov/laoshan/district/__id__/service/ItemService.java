package cn.gov.laoshan.district.__id__.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.PhoneNumbers;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.__id__.domain.Item;
import cn.gov.laoshan.district.__id__.domain.ItemState;
import cn.gov.laoshan.district.__id__.service.Plumbing.Refused;
import cn.gov.laoshan.district.__id__.service.Plumbing.Scope;

/**
 * The plugin's records: checked input, permission and department scope on every read and change, each change on the
 * record's timeline (which writes the audit log) and announced as an event.
 */
public class ItemService {

    private static final String TYPE = "Item";

    private final ItemRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final Plumbing.Events events;
    private final Clock clock;

    public ItemService(ItemRepository repository, AccessControl access, Timeline timeline, Plumbing.Events events,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** A record is received today or within the year before (the form's date picker shows the same bounds). */
    public DateBounds receivedOnBounds() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        return new DateBounds(today.minusYears(1), today);
    }

    /** Records a new item in the plugin's department, or else the creator's own, where they hold the permission. */
    public Item create(Item.Draft draft) {
        access.check(ItemWorkflow.CREATE);
        CurrentUser user = access.currentUser().orElseThrow();
        String department = access.scope(ItemWorkflow.CREATE).includes(ItemWorkflow.DEPARTMENT)
                || user.departmentCode() == null ? ItemWorkflow.DEPARTMENT : user.departmentCode();
        access.check(ItemWorkflow.CREATE, department);
        String title = required("title", draft.title(), 200);
        String applicant = required("applicant", draft.applicant(), 100);
        if (!PhoneNumbers.valid(draft.phone())) {
            throw new Refused("phone", PhoneNumbers.INVALID_KEY);
        }
        receivedOnBounds().violation(draft.receivedOn()).ifPresent(v -> {
            throw new Refused("receivedOn", v.messageKey(), v.parameters());
        });
        Item item = new Item(0, title, applicant, PhoneNumbers.normalize(draft.phone()), draft.receivedOn(),
                department, ItemState.SUBMITTED, user.login(), clock.instant());
        long id = repository.insert(item);
        timeline.record(ItemWorkflow.PLUGIN, TYPE, String.valueOf(id), "submit", null, item.state().name(), null);
        Item created = find(id).orElseThrow();
        events.publish(item.state().name(), properties(created));
        return created;
    }

    public Optional<Item> find(long id) {
        return repository.find(readable(), id);
    }

    public List<Item> list(ItemState state, int offset, int limit) {
        return repository.list(readable(), state, offset, limit);
    }

    public long count(ItemState state) {
        return repository.count(readable(), state);
    }

    /** Where the user may read: refused without the permission, else the departments where it holds. */
    private Scope readable() {
        access.check(ItemWorkflow.READ);
        return Scope.of(access, ItemWorkflow.READ, "department_code");
    }

    /** The record's steps, oldest first: only of a record the user may see. */
    public List<TimelineEntry> history(long id) {
        return find(id).map(item -> timeline.of(ItemWorkflow.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    /** The steps the user may take now on {@code item}: holding their permission in the item's department. */
    public List<String> actions(Item item) {
        return ItemWorkflow.MACHINE.available(item.state(), item, access).stream()
                .filter(t -> access.scope(t.permission()).includes(item.departmentCode()))
                .map(Transition::action).toList();
    }

    /** Takes the workflow step {@code action}; out of the user's scope the item is not found and nothing changes. */
    public Item fire(long id, String action, String reason) {
        Item item = find(id).orElseThrow(() -> new Refused(null, "__id__.error.not-found"));
        ItemState to = ItemWorkflow.MACHINE.fire(action, item.state(), item, reason, access);
        ItemWorkflow.MACHINE.transitions().stream().filter(t -> t.action().equals(action))
                .forEach(t -> access.check(t.permission(), item.departmentCode()));
        if (!repository.move(id, item.state(), to)) {
            throw new Refused(null, "__id__.error.changed");
        }
        timeline.record(ItemWorkflow.PLUGIN, TYPE, String.valueOf(id), action, item.state().name(), to.name(),
                reason == null || reason.isBlank() ? null : reason.strip());
        Item moved = find(id).orElseThrow();
        events.publish(to.name(), properties(moved));
        return moved;
    }

    private static Map<String, Object> properties(Item item) {
        return Map.of("id", item.id(), "state", item.state().name(), "department", item.departmentCode());
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new Refused(field, DateBounds.REQUIRED_KEY);
        }
        if (value.strip().length() > maxLength) {
            throw new Refused(field, "__id__.error.too-long", maxLength);
        }
        return value.strip();
    }
}
