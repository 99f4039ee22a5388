package cn.gov.laoshan.district.policy.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.PhoneNumbers;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.policy.domain.Item;
import cn.gov.laoshan.district.policy.domain.ItemState;

/**
 * The plugin's records: checked input, permission and department scope on every read and change, each change on the
 * record's timeline (which writes the audit log) and announced as an event ({@code district/policy/<STATE>}).
 */
public class ItemService {

    private static final String TYPE = "Item";

    private final ItemRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Clock clock;

    public ItemService(ItemRepository repository, AccessControl access, Timeline timeline, RecordEvents events,
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

    /** Records a new item in the creator's department where they hold the permission, else the plugin's. */
    public Item create(Item.Draft draft) {
        access.check(ItemWorkflow.CREATE);
        String department = RecordScope.newRecordDepartment(access, ItemWorkflow.CREATE, ItemWorkflow.DEPARTMENT);
        String title = required("title", draft.title(), 200);
        String applicant = required("applicant", draft.applicant(), 100);
        if (!PhoneNumbers.valid(draft.phone())) {
            throw new RefusedException("phone", PhoneNumbers.INVALID_KEY);
        }
        receivedOnBounds().violation(draft.receivedOn()).ifPresent(v -> {
            throw new RefusedException("receivedOn", v.messageKey(), v.parameters());
        });
        Item item = new Item(0, title, applicant, PhoneNumbers.normalize(draft.phone()), draft.receivedOn(),
                department, ItemState.SUBMITTED, access.currentUser().orElseThrow().login(), clock.instant());
        long id = repository.insert(item);
        return recorded(id, "submit", null, item.state(), null);
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
    private RecordScope readable() {
        access.check(ItemWorkflow.READ);
        return RecordScope.of(access, ItemWorkflow.READ);
    }

    /** The record's steps, oldest first: only of a record the user may see. */
    public List<TimelineEntry> history(long id) {
        return find(id).map(item -> timeline.of(ItemWorkflow.PLUGIN, TYPE, String.valueOf(id))).orElse(List.of());
    }

    /** The steps the user may take now on {@code item}: holding their permission in the item's department. */
    public List<Transition<ItemState, Item>> actions(Item item) {
        return ItemWorkflow.MACHINE.available(item.state(), item, access).stream()
                .filter(t -> access.scope(t.permission()).includes(item.departmentCode())).toList();
    }

    /** Takes the workflow step {@code action}; out of the user's scope the item is not found and nothing changes. */
    public Item fire(long id, String action, String reason) {
        Item item = find(id).orElseThrow(() -> new RefusedException(null, "policy.error.not-found"));
        ItemState to = ItemWorkflow.MACHINE.fire(action, item.state(), item, reason, access);
        ItemWorkflow.MACHINE.transitions().stream().filter(t -> t.action().equals(action))
                .forEach(t -> access.check(t.permission(), item.departmentCode()));
        if (!repository.move(id, item.state(), to)) {
            throw new RefusedException(null, "policy.error.changed");
        }
        return recorded(id, action, item.state(), to, reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Puts the step on the record's timeline and announces the record's new state. */
    private Item recorded(long id, String action, ItemState from, ItemState to, String note) {
        timeline.record(ItemWorkflow.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(),
                to.name(), note);
        Item item = find(id).orElseThrow();
        events.post(to.name(), String.valueOf(id), item.departmentCode(), Map.of());
        return item;
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, DateBounds.REQUIRED_KEY);
        }
        if (value.strip().length() > maxLength) {
            throw new RefusedException(field, "policy.error.too-long", maxLength);
        }
        return value.strip();
    }
}
