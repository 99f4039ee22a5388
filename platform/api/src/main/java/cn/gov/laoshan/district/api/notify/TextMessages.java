package cn.gov.laoshan.district.api.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends a text message (短信) to a mobile number: one-time codes and reminders for people without an account (the
 * service hall's public booking page). An OSGi service provided by an SMS gateway's bundle; a plugin that sends texts
 * uses the registered one, and keeps them in its own outbox when none is registered (a demo home, or a gateway not
 * yet installed) — so a district plugs its gateway in without changing any plugin.
 *
 * <p>Implemented by gateway bundles, hence {@code @ConsumerType}: a method added here is a major change.
 *
 * @since 1.3.0
 */
@ConsumerType
@FunctionalInterface
public interface TextMessages {

    /**
     * Sends {@code text} to {@code mobile} (11 digits, a mainland mobile number) or throws.
     *
     * @throws IllegalStateException when the gateway cannot take it now (the sender may try again later)
     */
    void send(String mobile, String text);
}
