package cn.gov.laoshan.district.notify.service;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.notify.Recipient;

/** Who wants to hear of new notifications at once (the bells of open UIs on this node). */
public final class InboxListeners {

    private static final Logger LOG = LoggerFactory.getLogger(InboxListeners.class);

    /**
     * @param login         the listening user
     * @param department    their department code, or {@code null}
     * @param uscc          the enterprise of an enterprise user, or {@code null} for staff
     * @param hasPermission whether they hold a permission
     * @param holdsFor      whether they hold a permission (first) for a department (second)
     * @param changed       called (on the sender's thread) when their inbox changed; must not block
     */
    public record Listener(String login, String department, String uscc, Predicate<String> hasPermission,
            BiPredicate<String, String> holdsFor, Runnable changed) {

        /** A listener that holds its permissions everywhere they hold them at all (tests, platform administrators). */
        public Listener(String login, String department, String uscc, Predicate<String> hasPermission,
                Runnable changed) {
            this(login, department, uscc, hasPermission, (permission, dept) -> hasPermission.test(permission), changed);
        }

        boolean matches(Recipient to) {
            return switch (to.kind()) {
                case USER -> to.value().equals(login);
                case DEPARTMENT -> to.value().equals(department);
                // staff business never reaches an enterprise user, whatever they were given (see Recipient)
                case PERMISSION -> uscc == null && hasPermission.test(to.value());
                case PERM_IN_DEPT -> uscc == null && holdsFor.test(to.permission(), to.departmentCode());
                case ENTERPRISE -> to.value().equals(uscc);
            };
        }
    }

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /** Adds a listener; run the returned action to remove it. */
    public Runnable add(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int size() {
        return listeners.size();
    }

    void fire(Recipient to) {
        for (Listener listener : listeners) {
            if (listener.matches(to)) {
                run(listener);
            }
        }
    }

    void fireUser(String login) {
        for (Listener listener : listeners) {
            if (listener.login().equals(login)) {
                run(listener);
            }
        }
    }

    private static void run(Listener listener) {
        try {
            listener.changed().run();
        } catch (RuntimeException e) {
            LOG.debug("inbox listener of {} failed", listener.login(), e);
        }
    }
}
