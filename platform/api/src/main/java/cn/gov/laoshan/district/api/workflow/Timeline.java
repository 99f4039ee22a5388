package cn.gov.laoshan.district.api.workflow;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The history of records that move through states, kept by the platform: each transition with who, when, from,
 * to and a note, also written to the audit log. Plugins show it on the record (a timeline).
 */
@ProviderType
public interface Timeline {

    /**
     * Records a transition that has just been stored, by the current user.
     *
     * @param source     the plugin id ({@code mediation})
     * @param recordType e.g. {@code MediationCase}
     * @param recordId   e.g. {@code 崂调〔2026〕0001号}
     * @param action     the transition's action ({@code accept})
     * @param from       the state before ({@code null} when the record was created)
     * @param to         the state after, never {@code null} (a remark without a change of state repeats the current
     *                   state)
     * @throws NullPointerException when {@code to} is {@code null}
     * @param note       reason or remark, or {@code null}
     */
    void record(String source, String recordType, String recordId, String action, String from, String to, String note);

    /**
     * Records the same transition of many records just stored together (a match run's thousands of offers), by the
     * current user: one entry per record, as {@link #record} makes, but written in one transaction, and one audit
     * record for the whole batch that names the count and every record id (one audit record per row made a batch of
     * thousands cost thousands of commits). {@code notes} maps each record id to its note (or {@code null}), recorded in its
     * iteration order (give a {@code LinkedHashMap}). The default records them one by one.
     *
     * @since 1.2.0
     */
    default void recordAll(String source, String recordType, String action, String from, String to,
            java.util.Map<String, String> notes) {
        notes.forEach((recordId, note) -> record(source, recordType, recordId, action, from, to, note));
    }

    /** The record's transitions, oldest first. */
    List<TimelineEntry> of(String source, String recordType, String recordId);
}
