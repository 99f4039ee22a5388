package cn.gov.laoshan.district.testdoubles;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * An {@link AuditLog} that keeps what it is given, in order, for a test to assert on: that a change was audited,
 * with which action, object and before/after text, and on whose behalf (the user of the {@link AccessControl} it is
 * built with, as the platform's audit takes the calling thread's user).
 */
public final class RecordingAuditLog implements AuditLog {

    /** One audit record as written; {@code actor} is the login, {@code null} when nobody was signed in. */
    public record Entry(String actor, String source, String action, String objectType, String objectId, String before,
            String after) {
    }

    private final AccessControl access;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Records with no actor known. */
    public RecordingAuditLog() {
        this(null);
    }

    /** Records the current user of {@code access} as the actor. */
    public RecordingAuditLog(AccessControl access) {
        this.access = access;
    }

    @Override
    public void record(String source, String action, String objectType, String objectId, String before, String after) {
        String actor = access == null ? null : access.currentUser().map(CurrentUser::login).orElse(null);
        entries.add(new Entry(actor, source, action, objectType, objectId, before, after));
    }

    @Override
    public void record(CurrentUser actor, String source, String action, String objectType, String objectId,
            String before, String after) {
        entries.add(new Entry(actor.login(), source, action, objectType, objectId, before, after));
    }

    /** Every record, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The actions of every record, oldest first ({@code case.register}, ...). */
    public List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }

    /** The newest record. */
    public Entry last() {
        if (entries.isEmpty()) {
            throw new AssertionError("nothing was audited");
        }
        return entries.get(entries.size() - 1);
    }

    /** Forgets what was recorded (after a test's set-up). */
    public void clear() {
        entries.clear();
    }
}
