package cn.gov.laoshan.district.identity.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.identity.domain.Department;
import cn.gov.laoshan.district.identity.domain.Role;
import cn.gov.laoshan.district.identity.domain.User;
import cn.gov.laoshan.district.identity.domain.UserStatus;

/**
 * The audit records of identity's changes: the action ({@code user.create}, {@code role.update}, ...), the object's
 * key, and the record before and after as JSON (Jackson) — never a password or its hash. Written to the platform's
 * audit log when it runs.
 */
final class IdentityAudit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Optional<AuditLog>> audit;

    IdentityAudit(Supplier<Optional<AuditLog>> audit) {
        this.audit = audit;
    }

    /** Records {@code action} on the object of the type its first part names ({@code user}, {@code role}, ...). */
    void record(String action, String objectId, String before, String after) {
        audit.get().ifPresent(log -> log.record("identity", action,
                action.substring(0, action.indexOf('.')), objectId, before, after));
    }

    static String json(User user, Collection<String> roles) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("login", user.login());
        fields.put("displayName", user.displayName());
        fields.put("kind", user.kind());
        fields.put("department", user.departmentCode());
        fields.put("uscc", user.uscc());
        fields.put("status", user.status());
        fields.put("roles", new TreeSet<>(roles));
        return write(fields);
    }

    /** An account's status alone (disabled, enabled, unlocked). */
    static String json(UserStatus status) {
        return write(Map.of("status", status));
    }

    static String json(Department department) {
        return write(department);
    }

    static String json(Role role) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", role.code());
        fields.put("nameZh", role.nameZh());
        fields.put("scope", role.scope());
        fields.put("department", role.departmentCode());
        fields.put("permissions", new TreeSet<>(role.permissions()));
        return write(fields);
    }

    /** A sign-in's audit detail ({@link SignIn}): the reason, any text, as a JSON string. */
    static String detail(String detail) {
        return detail == null ? null : write(Map.of("detail", detail));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
