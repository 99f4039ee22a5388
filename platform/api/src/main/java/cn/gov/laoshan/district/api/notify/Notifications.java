package cn.gov.laoshan.district.api.notify;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Sends in-app notifications. Sending needs no permission (a plugin notifies about its own work); the signed-in
 * recipients' bells update at once.
 */
@ProviderType
public interface Notifications {

    /** Sends {@code message} to {@code to}; returns the notification's id. */
    long send(Recipient to, Message message);
}
