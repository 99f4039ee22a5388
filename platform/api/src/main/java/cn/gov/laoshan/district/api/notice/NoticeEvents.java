package cn.gov.laoshan.district.api.notice;

/**
 * OSGi EventAdmin topics the platform posts (asynchronously) after a notice change is committed. A plugin reacts to
 * its own notices with an {@code org.osgi.service.event.EventHandler} service with
 * {@code event.topics=district/notice/*} and {@code event.filter=(plugin=market)}: market completes a simple
 * deregistration when its notice {@link #CLOSED} with {@link NoticeOutcome#NO_OBJECTION}.
 */
public final class NoticeEvents {

    /** A notice was opened. */
    public static final String OPENED = "district/notice/OPENED";
    /** An objection was recorded; property {@link #OBJECTIONS} is the count so far. */
    public static final String OBJECTED = "district/notice/OBJECTED";
    /** The period ended and the notice was closed; property {@link #OUTCOME}. */
    public static final String CLOSED = "district/notice/CLOSED";
    /** The notice was withdrawn before its end. */
    public static final String WITHDRAWN = "district/notice/WITHDRAWN";
    /** Every notice topic, for a handler's {@code event.topics}. */
    public static final String ALL = "district/notice/*";

    /** Event property: the notice's id (Long). */
    public static final String NOTICE_ID = "noticeId";
    /** Event property: the plugin whose record it is (String). */
    public static final String PLUGIN = "plugin";
    /** Event property: the record's type (String). */
    public static final String RECORD_TYPE = "recordType";
    /** Event property: the record's id (String). */
    public static final String RECORD_ID = "recordId";
    /** Event property: the state after the change, a {@link NoticeState} name (String). */
    public static final String STATE = "state";
    /** Event property of {@link #CLOSED}: a {@link NoticeOutcome} name (String). */
    public static final String OUTCOME = "outcome";
    /** Event property: objections received so far (Integer). */
    public static final String OBJECTIONS = "objections";
    /** Event property: the last public day, ISO (String). */
    public static final String END_DATE = "endDate";

    private NoticeEvents() {
    }
}
