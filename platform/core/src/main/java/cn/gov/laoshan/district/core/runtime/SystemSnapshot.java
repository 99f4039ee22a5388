package cn.gov.laoshan.district.core.runtime;

import java.util.Map;

/**
 * The system's facts (database, sessions, protection, install problems) as {@code /health} reports them; provided by
 * the admin console, read by the runtime's health servlet without a permission check (the servlet checks who asks).
 */
public interface SystemSnapshot {

    /** The facts as a JSON-ready map. */
    Map<String, Object> snapshot();
}
