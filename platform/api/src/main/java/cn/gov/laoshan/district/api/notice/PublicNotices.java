package cn.gov.laoshan.district.api.notice;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Public-notice periods (公示), an OSGi service of the platform. Every method works for the user of the calling thread
 * and checks on the server; every change is audited and posted as an event ({@link NoticeEvents}). A notice's dates
 * are computed when it is opened and stored; the platform's daily job closes the notices whose last day has passed.
 */
@ProviderType
public interface PublicNotices {

    /**
     * Opens a notice for a record: its start (today, or a later day) and end dates are computed from the period with
     * the working-day calendar and stored.
     *
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException unless the caller holds
     *         {@code request.permission()} (in {@code request.departmentCode()} when given)
     * @throws NoticeRefusedException when the start is in the past, or the record has an open notice already
     */
    PublicNotice open(NoticeRequest request);

    /** A notice, for anyone signed in (a public notice is public). */
    Optional<PublicNotice> find(long id);

    /** The notices of a record, newest first, for anyone signed in. */
    List<PublicNotice> of(String plugin, String recordType, String recordId);

    /** The notices open now, by end date, for anyone signed in; of one plugin, or of all when {@code null}. */
    List<PublicNotice> current(String plugin);

    /**
     * Records an objection of the signed-in user (staff, or an enterprise's or a resident's account).
     *
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException when nobody is signed in (the system may
     *         not object)
     * @throws NoticeRefusedException when the notice is not open today (before its start, after its end, closed or
     *         withdrawn) or the text is empty or longer than 2000 characters
     */
    Objection object(long noticeId, String text);

    /**
     * The objections of a notice, oldest first.
     *
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException unless the caller holds the notice's
     *         permission (where its department says)
     */
    List<Objection> objections(long noticeId);

    /**
     * Takes an open notice back before its end, with a reason; it gets no outcome.
     *
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException unless the caller holds the notice's
     *         permission (where its department says)
     * @throws NoticeRefusedException when it is not open, or the reason is empty
     */
    PublicNotice withdraw(long noticeId, String reason);
}
