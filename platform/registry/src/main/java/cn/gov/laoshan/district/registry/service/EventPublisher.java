package cn.gov.laoshan.district.registry.service;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the registry's events through OSGi EventAdmin (asynchronously), when an EventAdmin is running. The
 * EventAdmin API is on the runtime's class path and exported by the system bundle, so the Felix EventAdmin bundle
 * and the runtime share its classes.
 */
public class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final BundleContext context;

    /** @param context the system bundle's context, or {@code null} for none (tests without a framework) */
    public EventPublisher(BundleContext context) {
        this.context = context;
    }

    public void post(String topic, Map<String, ?> properties) {
        if (context == null) {
            return;
        }
        try {
            ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
            if (reference == null) {
                LOG.debug("no EventAdmin: event {} not posted", topic);
                return;
            }
            EventAdmin admin = context.getService(reference);
            if (admin != null) {
                try {
                    admin.postEvent(new Event(topic, properties));
                } finally {
                    context.ungetService(reference);
                }
            }
        } catch (IllegalStateException | ClassCastException e) {
            LOG.warn("event {} not posted: {}", topic, e.toString());
        }
    }
}
