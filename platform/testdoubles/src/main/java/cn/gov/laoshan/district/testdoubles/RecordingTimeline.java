package cn.gov.laoshan.district.testdoubles;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;

/**
 * A {@link Timeline} in memory: keeps each transition with who (the current user of the {@link AccessControl} it is
 * built with) and when (its clock), answers {@link #of} with a record's transitions oldest first as the platform's
 * does, and lets a test read every transition recorded ({@link #actions()}, {@link #entries()}).
 */
public final class RecordingTimeline implements Timeline {

    /** A transition with the record it belongs to. */
    public record Recorded(String source, String recordType, String recordId, TimelineEntry entry) {
    }

    private final AccessControl access;
    private final Clock clock;
    private final List<Recorded> recorded = new CopyOnWriteArrayList<>();

    /** Transitions by nobody in particular, at the system clock's time. */
    public RecordingTimeline() {
        this(null, Clock.systemUTC());
    }

    /** Transitions by {@code access}'s current user, at {@code clock}'s time. */
    public RecordingTimeline(AccessControl access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    @Override
    public void record(String source, String recordType, String recordId, String action, String from, String to,
            String note) {
        // as the platform's timeline, whose to_state column is not null: a plugin's test finds the mistake here
        java.util.Objects.requireNonNull(to, "a transition needs the state after (to)");
        CurrentUser user = access == null ? null : access.currentUser().orElse(null);
        recorded.add(new Recorded(source, recordType, recordId, new TimelineEntry(clock.instant(),
                user == null ? null : user.login(), user == null ? null : user.displayName(), action, from, to, note)));
    }

    @Override
    public List<TimelineEntry> of(String source, String recordType, String recordId) {
        return recorded.stream().filter(r -> r.source().equals(source) && r.recordType().equals(recordType)
                && r.recordId().equals(recordId)).map(Recorded::entry).toList();
    }

    /** Every transition recorded, oldest first. */
    public List<Recorded> entries() {
        return List.copyOf(recorded);
    }

    /** The actions of every transition recorded, oldest first ({@code accept}, {@code assign}, ...). */
    public List<String> actions() {
        return recorded.stream().map(r -> r.entry().action()).toList();
    }

    /** Forgets what was recorded. */
    public void clear() {
        recorded.clear();
    }
}
