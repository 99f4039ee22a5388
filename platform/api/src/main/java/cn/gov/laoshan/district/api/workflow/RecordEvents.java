package cn.gov.laoshan.district.api.workflow;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * Announces what happened to a plugin's records as OSGi events, so that other plugins can react (finance to a
 * financial dispute agreed, market regulation to an enterprise's project completed) without depending on the
 * plugin. One instance per plugin (or per kind of record), made with the topic's prefix:
 *
 * <pre>{@code
 * RecordEvents events = new RecordEvents("housing", () -> eventAdmin, access, clock);   // district/housing/...
 * events.post("PROJECT_REGISTERED", project.code(), department, Map.of("projectName", project.name()));
 * }</pre>
 *
 * Topics are {@code district/<prefix>/<EVENT>}: the prefix is the plugin's id, optionally with the kind of record
 * ({@code market/licence}); the event is upper case ({@code REGISTERED}). Subscribe with an
 * {@code org.osgi.service.event.EventHandler} service with {@code event.topics=district/housing/*}. Every event
 * carries {@link #RECORD_ID}, {@link #ACTOR}, {@link EventConstants#TIMESTAMP} and, when known,
 * {@link #DEPARTMENT}, plus the plugin's own properties (which may not replace these).
 * <p>
 * Events are posted asynchronously after the change (call it after the transaction committed). Event Admin is
 * optional: without it (the supplier gives {@code null}) nothing is posted and nothing fails, as when nobody
 * listens. Thread-safe.
 *
 * @since 1.1.0
 */
public final class RecordEvents {

    /** Event property: the record's key as other plugins know it (a case number, a project code) (String). */
    public static final String RECORD_ID = "recordId";
    /** Event property: the login of the user who made the change, or {@link #SYSTEM} for the platform's jobs. */
    public static final String ACTOR = "actor";
    /** Event property: the code of the department the record belongs to (String), when the plugin gives it. */
    public static final String DEPARTMENT = "department";
    /** The {@link #ACTOR} of a change no user made (a job, the demo seeding). */
    public static final String SYSTEM = "system";

    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final Pattern EVENT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String topicPrefix;
    private final Supplier<EventAdmin> eventAdmin;
    private final AccessControl access;
    private final Clock clock;

    /**
     * @param prefix     the topic's part after {@code district/}: the plugin's id, optionally {@code /<record>}
     *                   (lower case letters, digits, '-')
     * @param eventAdmin the Event Admin service, or {@code null} from the supplier when there is none
     * @param access     who is acting (the {@link #ACTOR})
     * @param clock      the time of the event
     */
    public RecordEvents(String prefix, Supplier<EventAdmin> eventAdmin, AccessControl access, Clock clock) {
        if (!PREFIX.matcher(Objects.requireNonNull(prefix, "prefix")).matches() || prefix.startsWith("district/")) {
            throw new IllegalArgumentException("not a topic prefix (lower case words separated by '/'): " + prefix);
        }
        this.topicPrefix = "district/" + prefix + "/";
        this.eventAdmin = Objects.requireNonNull(eventAdmin, "eventAdmin");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The topic of {@code event}: {@code district/<prefix>/<event>}. */
    public String topic(String event) {
        if (!EVENT.matcher(Objects.requireNonNull(event, "event")).matches()) {
            throw new IllegalArgumentException("not an event name (upper case, digits, '_'): " + event);
        }
        return topicPrefix + event;
    }

    /** Every topic of this prefix, for a handler's {@code event.topics}: {@code district/<prefix>/*}. */
    public String allTopics() {
        return topicPrefix + "*";
    }

    /**
     * Posts {@code event} about record {@code recordId} (asynchronously); nothing when there is no Event Admin.
     *
     * @param department the record's department code, or {@code null} when the plugin does not say
     * @param properties the plugin's own properties; none may be {@code null} or named like the common ones
     * @return the event posted, or {@code null} when there was no Event Admin to post it to
     */
    public Event post(String event, String recordId, String department, Map<String, ?> properties) {
        String topic = topic(event);
        Map<String, Object> all = new HashMap<>(properties);
        for (String common : new String[] {RECORD_ID, ACTOR, DEPARTMENT, EventConstants.TIMESTAMP}) {
            if (all.containsKey(common)) {
                throw new IllegalArgumentException("the property " + common + " is set by RecordEvents");
            }
        }
        all.put(RECORD_ID, Objects.requireNonNull(recordId, "recordId"));
        all.put(ACTOR, access.currentUser().map(CurrentUser::login).orElse(SYSTEM));
        if (department != null) {
            all.put(DEPARTMENT, department);
        }
        all.put(EventConstants.TIMESTAMP, clock.millis());
        EventAdmin admin = eventAdmin.get();
        if (admin == null) {
            return null;
        }
        Event posted = new Event(topic, all);
        admin.postEvent(posted);
        return posted;
    }
}
