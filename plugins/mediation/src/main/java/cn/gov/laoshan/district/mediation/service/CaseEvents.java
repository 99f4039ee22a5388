package cn.gov.laoshan.district.mediation.service;

import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.mediation.domain.MediationCase;

/**
 * Publishes case events on {@code district/mediation/<WHAT>} (REGISTERED, AGREED, FAILED, CLOSED) so that other
 * plugins can react (finance for financial disputes, market regulation for enterprises); works without listeners
 * and without EventAdmin.
 */
public final class CaseEvents {

    public static final String TOPIC_PREFIX = "district/mediation/";

    private final Supplier<EventAdmin> eventAdmin;

    public CaseEvents(Supplier<EventAdmin> eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    public void publish(String what, MediationCase c) {
        EventAdmin admin = eventAdmin.get();
        if (admin == null) {
            return;
        }
        admin.postEvent(new Event(TOPIC_PREFIX + what, Map.of("caseNumber", c.number(), "caseType", c.type().name(),
                "state", c.state().name(), "usccs", c.parties().stream().filter(p -> p.uscc() != null)
                        .map(p -> p.uscc()).toList().toArray(new String[0]))));
    }
}
