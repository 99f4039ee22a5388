package cn.gov.laoshan.district.notify.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import cn.gov.laoshan.district.api.notify.Inbox;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notification;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;

/**
 * {@link Notifications} and the signed-in user's {@link Inbox} over the {@code notification} and
 * {@code notification_read} tables. A notification to a permission or department is stored once; an inbox is
 * the query "sent to me, to my department, or to a permission I hold".
 */
public final class NotificationService implements Notifications, Inbox {

    private final Jdbi jdbi;
    private final AccessControl access;
    private final Clock clock;
    private final InboxListeners listeners;

    public NotificationService(Jdbi jdbi, AccessControl access, Clock clock, InboxListeners listeners) {
        this.jdbi = jdbi;
        this.access = access;
        this.clock = clock;
        this.listeners = listeners;
    }

    public InboxListeners listeners() {
        return listeners;
    }

    @Override
    public long send(Recipient to, Message message) {
        long id = jdbi.withHandle(h -> insert(h, to, message, clock.millis()));
        listeners.fire(to);
        return id;
    }

    /** Inserts a notification in the caller's transaction; the caller fires the listeners after the commit. */
    static long insert(Handle h, Recipient to, Message m, long now) {
        return h.createUpdate("insert into notification (audience_kind, audience, source, title, body, link, severity, "
                + "created_at) values (:k, :a, :s, :t, :b, :l, :v, :c)")
                .bind("k", to.kind().name()).bind("a", to.value()).bind("s", m.source()).bind("t", m.title())
                .bind("b", m.body()).bind("l", m.link()).bind("v", m.severity().name()).bind("c", now)
                .executeAndReturnGeneratedKeys(idColumn(h)).mapTo(Long.class).one();
    }

    /** Derby names generated-key columns in upper case, PostgreSQL as written. */
    private static String idColumn(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().startsWith("Apache Derby") ? "ID" : "id";
        } catch (java.sql.SQLException e) {
            return "id";
        }
    }

    void fire(Recipient to) {
        listeners.fire(to);
    }

    // ---- the inbox of the current user

    /** The SQL condition "visible to the current user" and its parameters. */
    private record Audience(String login, String condition, List<Object> params) {
        Query bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.bind("p" + i, params.get(i));
            }
            return q.bind("login", login);
        }
    }

    private Audience audience(Handle h) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(null));
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("((n.audience_kind = 'USER' and n.audience = :login)");
        if (user.departmentCode() != null) {
            sql.append(" or (n.audience_kind = 'DEPARTMENT' and n.audience = :p").append(params.size()).append(')');
            params.add(user.departmentCode());
        }
        if (user.external()) {
            // an enterprise user: what was sent to their enterprise; never a permission audience, which is staff's
            // business whatever permission the user was given
            sql.append(" or (n.audience_kind = 'ENTERPRISE' and n.audience = :p").append(params.size()).append(')');
            params.add(user.uscc());
        } else {
            List<String> permissions = h.createQuery(
                    "select distinct audience from notification where audience_kind = 'PERMISSION'")
                    .mapTo(String.class).list().stream().filter(access::has).toList();
            if (!permissions.isEmpty()) {
                sql.append(" or (n.audience_kind = 'PERMISSION' and n.audience in (");
                for (int i = 0; i < permissions.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(":p").append(params.size());
                    params.add(permissions.get(i));
                }
                sql.append("))");
            }
            // the holders of a permission for one department: those whose scope for it includes that department
            List<String> scoped = h.createQuery(
                    "select distinct audience from notification where audience_kind = 'PERM_IN_DEPT'")
                    .mapTo(String.class).list().stream().filter(this::holdsFor).toList();
            if (!scoped.isEmpty()) {
                sql.append(" or (n.audience_kind = 'PERM_IN_DEPT' and n.audience in (");
                for (int i = 0; i < scoped.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(":p").append(params.size());
                    params.add(scoped.get(i));
                }
                sql.append("))");
            }
        }
        sql.append(')');
        return new Audience(user.login(), sql.toString(), params);
    }

    /** Whether the current user holds the permission of a {@code PERM_IN_DEPT} audience for its department. */
    private boolean holdsFor(String audience) {
        Recipient to = new Recipient(Recipient.Kind.PERM_IN_DEPT, audience);
        return access.has(to.permission()) && access.scope(to.permission()).includes(to.departmentCode());
    }

    private static final String UNREAD = " and not exists (select 1 from notification_read r "
            + "where r.notification_id = n.id and r.login = :login)";

    @Override
    public int unreadCount() {
        return jdbi.withHandle(h -> {
            Audience a = audience(h);
            return a.bind(h.createQuery("select count(*) from notification n where " + a.condition() + UNREAD))
                    .mapTo(Integer.class).one();
        });
    }

    @Override
    public int count() {
        return jdbi.withHandle(h -> {
            Audience a = audience(h);
            return a.bind(h.createQuery("select count(*) from notification n where " + a.condition()))
                    .mapTo(Integer.class).one();
        });
    }

    @Override
    public List<Notification> list(int offset, int limit) {
        return list(offset, limit, false);
    }

    /** The unread ones only, when {@code unreadOnly}: what the bell's count counts (the inbox shows these first). */
    public int count(boolean unreadOnly) {
        return unreadOnly ? unreadCount() : count();
    }

    /** Newest first; the unread ones only, when {@code unreadOnly}. */
    public List<Notification> list(int offset, int limit, boolean unreadOnly) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (limit == 0) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            Audience a = audience(h);
            return a.bind(h.createQuery("select n.id, n.audience_kind, n.audience, n.source, n.title, n.body, n.link, "
                    + "n.severity, n.created_at, r.read_at from notification n left join notification_read r "
                    + "on r.notification_id = n.id and r.login = :login where " + a.condition()
                    + (unreadOnly ? " and r.read_at is null" : "") + " order by n.id desc offset :offset rows fetch next :limit rows only"))
                    .bind("offset", offset).bind("limit", limit)
                    .map((rs, ctx) -> new Notification(rs.getLong(1),
                            new Recipient(Recipient.Kind.valueOf(rs.getString(2)), rs.getString(3)),
                            new Message(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    Severity.valueOf(rs.getString(8))),
                            Instant.ofEpochMilli(rs.getLong(9)), rs.getObject(10) != null))
                    .list();
        });
    }

    @Override
    public void markRead(long id) {
        markRead(" and n.id = :id", id);
    }

    @Override
    public void markAllRead() {
        markRead("", null);
    }

    /** Marks read and, if anything changed, tells the user's other bells. */
    private void markRead(String extra, Long id) {
        String[] login = new String[1];
        int changed = jdbi.withHandle(h -> {
            Audience a = audience(h);
            var update = h.createUpdate("insert into notification_read (notification_id, login, read_at) "
                    + "select n.id, cast(:login as varchar(100)), cast(:now as bigint) from notification n where " + a.condition() + extra
                    + UNREAD.replace("r.", "x.").replace("notification_read r", "notification_read x"));
            for (int i = 0; i < a.params().size(); i++) {
                update.bind("p" + i, a.params().get(i));
            }
            update.bind("login", a.login()).bind("now", clock.millis());
            if (id != null) {
                update.bind("id", id.longValue());
            }
            login[0] = a.login();
            try {
                return update.execute();
            } catch (RuntimeException concurrent) {
                // the same user marked it read in another tab at the same moment: it is read either way
                return 0;
            }
        });
        if (changed > 0) {
            listeners.fireUser(login[0]);
        }
    }
}
