package cn.gov.laoshan.district.api.notify;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The signed-in user's own inbox: what was sent to them, to a permission they hold or to their department. Every
 * method works on the calling thread's user and throws
 * {@link cn.gov.laoshan.district.api.security.AccessDeniedException} when there is none.
 */
@ProviderType
public interface Inbox {

    int unreadCount();

    int count();

    /** Newest first. */
    List<Notification> list(int offset, int limit);

    /** Marks one notification read; ignores ids that are not in the user's inbox. */
    void markRead(long id);

    void markAllRead();
}
