package cn.gov.laoshan.district.housing.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.housing.domain.Project;

/**
 * Publishes project milestones on {@code district/housing/<WHAT>}: PROJECT_REGISTERED, PLAN_CREATED,
 * STAGE_COMPLETED (with {@code stage}), PROJECT_COMPLETED, PLAN_REBASELINED, ISSUE_RESOLVED. Works without
 * listeners and without EventAdmin.
 */
public final class HousingEvents {

    public static final String TOPIC_PREFIX = "district/housing/";

    private final Supplier<EventAdmin> eventAdmin;

    public HousingEvents(Supplier<EventAdmin> eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    public void publish(String what, Project p, Map<String, Object> extra) {
        EventAdmin admin = eventAdmin.get();
        if (admin == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("projectCode", p.code());
        properties.put("projectName", p.name());
        properties.put("uscc", p.investorUscc());
        properties.put("status", p.status().name());
        admin.postEvent(new Event(TOPIC_PREFIX + what, properties));
    }
}
