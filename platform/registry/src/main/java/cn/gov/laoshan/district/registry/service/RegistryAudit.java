package cn.gov.laoshan.district.registry.service;

import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.Enterprise;

/**
 * The registry's audit records (source {@value #SOURCE}), when an {@link AuditLog} service is registered: before and
 * after as JSON written by Jackson (no personal data beyond the legal representative's name).
 */
public final class RegistryAudit {

    static final String SOURCE = "registry";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Optional<AuditLog>> log;

    public RegistryAudit(Supplier<Optional<AuditLog>> log) {
        this.log = log;
    }

    void created(Enterprise enterprise) {
        record("enterprise.create", "Enterprise", enterprise.uscc().value(), null, describe(enterprise));
    }

    void updated(Enterprise before, Enterprise after) {
        record("enterprise.update", "Enterprise", after.uscc().value(), describe(before), describe(after));
    }

    void imported(String fileName, int rows) {
        record("enterprise.import", "ImportFile", fileName, null, JSON.createObjectNode().put("rows", rows).toString());
    }

    /** One record; {@code before}/{@code after} are JSON or null. */
    public void record(String action, String objectType, String objectId, String before, String after) {
        log.get().ifPresent(audit -> audit.record(SOURCE, action, objectType, objectId, before, after));
    }

    /** A JSON object (Jackson) for audit records. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** The enterprise as JSON for the audit log. */
    static String describe(Enterprise e) {
        ObjectNode json = object();
        json.put("uscc", e.uscc().value());
        json.put("name", e.name());
        json.put("type", e.type());
        json.put("legalRepresentative", e.legalRepresentative());
        json.put("registeredCapital", e.registeredCapital() == null ? null : e.registeredCapital().toPlainString());
        json.put("establishedOn", e.establishedOn() == null ? null : e.establishedOn().toString());
        json.put("address", e.address());
        json.put("industryCode", e.industryCode());
        json.put("status", e.status().name());
        json.put("creditGrade", e.creditGrade() == null ? null : e.creditGrade().name());
        json.put("size", e.size() == null ? null : e.size().name());
        return json.toString();
    }
}
